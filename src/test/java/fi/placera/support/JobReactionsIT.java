package fi.placera.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.jobs.Job;
import fi.placera.jobs.Jobs;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.BenefitsCounselling.DueReason;
import fi.placera.planning.CounsellingDue;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.FailingReactions;
import fi.placera.testing.PlaceraIT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;

/**
 * Decision 0051: another module's reaction to a job (support's schedule) runs inside the job's transaction, so the
 * job and every reaction to it are stored together or not at all; nothing is left to publish later, and no event
 * publication registry is kept.
 */
@PlaceraIT
class JobReactionsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Jobs jobs;
    @Autowired Employers employers;
    @Autowired FollowAlongSupport support;
    @Autowired BenefitsCounselling counselling;
    @Autowired FailingReactions failing;
    @Autowired JdbcClient jdbc;

    @Test
    void aJobStartWhoseReactionFailsStoresNeitherTheJobNorItsSchedule() throws Exception {
        String coach = users.newCoach();
        UUID client = agreedClient(coach);
        UUID employer = employers.register((short) 17, new Employer.Details("Reaktio " + UUID.randomUUID(), null, null,
                null, null, null, null)).id();
        failing.failJobStartsOf(client);

        assertThatThrownBy(() -> jobs.start(new Jobs.NewJob(UUID.randomUUID(), client, (short) 17, employer, "Varastotyö",
                null, LocalDate.of(2026, 3, 2), new BigDecimal("20"), Job.WageBasis.HOURLY, Job.ContractType.PERMANENT,
                null, true, UUID.randomUUID()))).isInstanceOf(IllegalStateException.class);

        assertThat(jobs.jobsOf(client)).isEmpty();
        assertThat(support.schedule(client)).isEmpty();
        assertThat(counselling.dues(client)).extracting(CounsellingDue::reason).doesNotContain(DueReason.JOB_START);
    }

    @Test
    void noEventPublicationRegistryIsKept() {
        assertThat(ClassUtils.isPresent("org.springframework.modulith.events.core.EventPublicationRegistry", null))
                .isFalse();
        assertThat(jdbc.sql("select to_regclass('event_publication') is null").query(Boolean.class).single()).isTrue();
    }

    private UUID agreedClient(String coach) throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(as(coach, post("/clients")).param("id", id.toString()).param("firstName", "Reino")
                        .param("lastName", "Reaktio").param("preferredLanguage", "fi")
                        .param("ipsTeamId", "6a1f0000-0000-4000-8000-000000000001"))
                .andExpect(redirectedUrl("/clients/" + id));
        mvc.perform(as(coach, post("/clients/" + id + "/agreement")).param("agreedOn", "5.1.2026")
                        .param("howAgreed", "STRONG_IDENTIFICATION"))
                .andExpect(redirectedUrl("/clients/" + id + "/referral"));
        return id;
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(users.as(user)).with(csrf()).locale(Locale.forLanguageTag("fi"));
    }
}
