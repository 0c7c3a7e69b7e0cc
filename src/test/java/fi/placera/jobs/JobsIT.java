package fi.placera.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.BenefitsCounselling.DueReason;
import fi.placera.planning.CounsellingDue;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Jobs: started jobs only, hours 0–80, overlaps allowed and shown, counselling due, events for follow-along support. */
@PlaceraIT
@RecordApplicationEvents
class JobsIT {


    @Autowired java.time.Clock clock;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired Jobs jobs;
    @Autowired Employers employers;
    @Autowired BenefitsCounselling counselling;
    @Autowired TableChecksum checksum;
    @Autowired ApplicationEvents events;

    private String coach;
    private UUID employer;

    @BeforeEach
    void coachAndEmployer() {
        coach = users.newCoach();
        employer = employers.register((short) 17, new Employer.Details("Kahvila Kulma " + UUID.randomUUID(), null, null,
                null, null, null, null)).id();
    }

    private UUID client(boolean agreed) throws Exception {
        Given.NewClient client = given.client(coach).named("Tiina", "Työ");
        return (agreed ? client.agreedOn("5.1.2026") : client).create();
    }

    private MockHttpServletRequestBuilder withEmployer(MockHttpServletRequestBuilder request) {
        return request.param("employerId", employer.toString());
    }

    private MockHttpServletRequestBuilder start(UUID client, String startedOn, String hours) {
        return start(client, startedOn, hours, UUID.randomUUID().toString(), "5131");
    }

    private MockHttpServletRequestBuilder start(UUID client, String startedOn, String hours, String key,
            String occupationCode) {
        return users.as(coach, post("/clients/" + client + "/jobs")).param("key", key)
                .param("jobTitle", "Kahvilatyöntekijä").param("occupationCode", occupationCode)
                .param("jobStartedOn", startedOn).param("hoursPerWeek", hours)
                .param("wageBasis", "HOURLY").param("contractType", "PERMANENT").param("competitive", "true");
    }

    @Test
    void aJobStartMakesBenefitsCounsellingDueAndTellsFollowAlongSupport() throws Exception {
        UUID client = client(true);
        mvc.perform(withEmployer(start(client, "2.3.2026", "20"))).andExpect(redirectedUrl("/clients/" + client + "/jobs"));
        Job job = jobs.jobsOf(client).get(0);
        assertThat(job.competitive()).isTrue();
        // recorded after the start day: due on the day it is recorded, not overdue at once (decision 0062)
        assertThat(counselling.dues(client)).contains(new CounsellingDue(DueReason.JOB_START, LocalDate.now(clock), false));
        assertThat(events.stream(JobStarted.class)).containsExactly(new JobStarted(job.id(), client, (short) 17,
                LocalDate.of(2026, 3, 2)));
        mvc.perform(users.as(coach, post("/clients/" + client + "/counselling")).param("key", UUID.randomUUID().toString())
                .param("counselledOn", "10.1.2026").param("counsellor", "COACH").param("topics", "EARNINGS_LIMITS"));
        assertThat(counselling.dues(client)).filteredOn(due -> due.reason() == DueReason.JOB_START)
                .extracting(CounsellingDue::met).containsExactly(true);
    }

    @Test
    void endingAJobTellsSupportAndAChangeOfHoursMakesCounsellingDueAgain() throws Exception {
        UUID client = client(true);
        mvc.perform(withEmployer(start(client, "2.3.2026", "20")));
        Job job = jobs.jobsOf(client).get(0);
        mvc.perform(users.as(coach, post("/clients/" + client + "/jobs/" + job.id() + "/terms")).param("version", "1")
                        .param("termsChangedOn", "1.6.2026").param("newHoursPerWeek", "30").param("newWageBasis", "HOURLY"))
                .andExpect(redirectedUrl("/clients/" + client + "/jobs"));
        assertThat(counselling.dues(client)).extracting(CounsellingDue::reason).contains(DueReason.HOURS_OR_PAY_CHANGE);
        mvc.perform(users.as(coach, post("/clients/" + client + "/jobs/" + job.id() + "/end")).param("version", "1")
                        .param("jobEndedOn", "30.6.2026").param("jobEndReason", "CONTRACT_ENDED"))
                .andExpect(content().string(containsString("Joku muu tallensi")));
        mvc.perform(users.as(coach, post("/clients/" + client + "/jobs/" + job.id() + "/end")).param("version", "2")
                        .param("jobEndedOn", "30.6.2026").param("jobEndReason", "CONTRACT_ENDED"))
                .andExpect(redirectedUrl("/clients/" + client + "/jobs"));
        assertThat(events.stream(JobEnded.class)).singleElement()
                .satisfies(ended -> assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2026, 6, 30)));
        assertThat(jobs.jobsOf(client).get(0).hoursPerWeek()).isEqualByComparingTo("30");
    }

    @Test
    void overlappingJobsAreAllowedAndShownAndUnderFourHoursIsPointedOut() throws Exception {
        UUID client = client(true);
        mvc.perform(withEmployer(start(client, "2.3.2026", "20")));
        mvc.perform(withEmployer(start(client, "9.3.2026", "3,5"))).andExpect(redirectedUrl("/clients/" + client + "/jobs"));
        assertThat(jobs.jobsOf(client)).hasSize(2);
        mvc.perform(users.as(coach, get("/clients/" + client + "/jobs")))
                .andExpect(content().string(containsString("Päällekkäin toisen työn kanssa")))
                .andExpect(content().string(containsString("Alle 4 tuntia viikossa")));
    }

    @Test
    void badJobInputIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
        UUID client = client(true);
        UUID notAgreed = client(false);
        String before = checksum.of("job");
        mvc.perform(withEmployer(start(notAgreed, "2.3.2026", "20"))).andExpect(content().string(containsString("Kirjaa ensin yhteistyösopimus")));
        mvc.perform(withEmployer(start(client, "1.1.2099", "20"))).andExpect(content().string(containsString("Päivämäärä on tulevaisuudessa.")));
        mvc.perform(withEmployer(start(client, "2.3.2026", "81"))).andExpect(content().string(containsString("Viikkotuntien pitää olla 0–80.")));
        mvc.perform(withEmployer(start(client, "2.3.2026", "paljon"))).andExpect(content().string(containsString("id=\"hoursPerWeek-error\"")));
        mvc.perform(withEmployer(start(client, "2.3.2026", "20", UUID.randomUUID().toString(), "52-23")))
                .andExpect(content().string(containsString("Kirjoita ammattikoodi 1–5 numerona.")));
        mvc.perform(users.as(coach, post("/clients/" + client + "/jobs")).param("employerId", employer.toString())
                        .param("jobStartedOn", "2.3.2026").param("hoursPerWeek", "20").param("wageBasis", "MONTHLY")
                        .param("contractType", "FIXED_TERM"))
                .andExpect(content().string(containsString("Määräaikaiselle sopimukselle tarvitaan päättymispäivä.")));
        mvc.perform(start(client, "2.3.2026", "20").param("employerId", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Valitse työnantaja alueen rekisteristä.")));
        assertThat(checksum.of("job")).isEqualTo(before);
    }

    @Test
    void aDoubleSubmitRecordsOneJobAndAnEndBeforeTheStartIsRefused() throws Exception {
        UUID client = client(true);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(withEmployer(start(client, "2.3.2026", "20", key, "5131")))
                    .andExpect(redirectedUrl("/clients/" + client + "/jobs"));
        }
        assertThat(jobs.jobsOf(client)).hasSize(1);
        Job job = jobs.jobsOf(client).get(0);
        mvc.perform(users.as(coach, post("/clients/" + client + "/jobs/" + job.id() + "/end")).param("version", "1")
                        .param("jobEndedOn", "1.3.2026").param("jobEndReason", "OTHER"))
                .andExpect(content().string(containsString("Päättyminen ei voi olla ennen alkua.")));
    }
}
