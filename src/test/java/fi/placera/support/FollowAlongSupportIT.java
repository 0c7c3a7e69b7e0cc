package fi.placera.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.jobs.Jobs;
import fi.placera.support.FollowAlongSupport.Due;
import fi.placera.support.FollowAlongSupport.DueKind;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Follow-along support: the IPS timing proposed at a job start, contacts meeting it, a job end, adjustments. */
@PlaceraIT
class FollowAlongSupportIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired Jobs jobs;
    @Autowired Employers employers;
    @Autowired FollowAlongSupport support;
    @Autowired Clock clock;

    private String coach;
    private UUID employer;

    @BeforeEach
    void coachAndEmployer() {
        coach = users.newCoach();
        employer = employers.register((short) 17, new Employer.Details("Tukitalo " + UUID.randomUUID(), null, null,
                null, null, null, null)).id();
    }

    private UUID workingClient(String startedOn) throws Exception {
        return given.client(coach).named("Sanna", "Tuki").agreedOn("5.1.2026").working(employer, startedOn).create();
    }

    private void contact(UUID client, String day) throws Exception {
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/contacts")).param("key", UUID.randomUUID().toString())
                        .param("supportContactedOn", day).param("onTheJob", "true").param("withWhom", "CLIENT", "EMPLOYER")
                        .param("naturalSupports", "Työkaveri Mari neuvoo"))
                .andExpect(redirectedUrl("/clients/" + client + "/support"));
    }

    private Due due(UUID client, DueKind kind) {
        return support.schedule(client).stream().filter(due -> due.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aJobStartProposesTheIpsTimingForAYear() throws Exception {
        UUID client = workingClient("2.3.2026");
        List<Due> schedule = support.schedule(client);
        assertThat(schedule).hasSize(17);
        assertThat(schedule).filteredOn(due -> due.kind() != DueKind.MONTHLY)
                .extracting(Due::kind, Due::windowFrom, Due::dueOn).containsExactly(
                        tuple(DueKind.BEFORE_START, LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 2)),
                        tuple(DueKind.AFTER_START, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5)),
                        tuple(DueKind.FIRST_MONTH_WEEKLY, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9)),
                        tuple(DueKind.FIRST_MONTH_WEEKLY, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 16)),
                        tuple(DueKind.FIRST_MONTH_WEEKLY, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 23)),
                        tuple(DueKind.FIRST_MONTH_WEEKLY, LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 30)));
        assertThat(schedule).filteredOn(due -> due.kind() == DueKind.MONTHLY).extracting(Due::dueOn)
                .startsWith(LocalDate.of(2026, 5, 2)).endsWith(LocalDate.of(2027, 3, 2)).hasSize(11);
    }

    @Test
    void aContactMeetsTheDueWhoseWindowItFallsInAndAJobEndMakesAContactDueWithinThreeDays() throws Exception {
        UUID client = workingClient("2.3.2026");
        contact(client, "4.3.2026");
        assertThat(due(client, DueKind.AFTER_START).met()).isTrue();
        assertThat(due(client, DueKind.BEFORE_START).met()).isFalse();
        UUID job = jobs.jobsOf(client).get(0).id();
        mvc.perform(users.as(coach, post("/clients/" + client + "/jobs/" + job + "/end")).param("version", "1")
                .param("jobEndedOn", "20.3.2026").param("jobEndReason", "CLIENT_RESIGNED"));
        assertThat(due(client, DueKind.AFTER_JOB_END)).extracting(Due::windowFrom, Due::dueOn)
                .containsExactly(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 23));
        assertThat(support.schedule(client)).filteredOn(Due::cancelled).extracting(Due::dueOn)
                .contains(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 5, 2)).doesNotContain(LocalDate.of(2026, 3, 23));
        mvc.perform(users.as(coach, get("/clients/" + client + "/support")))
                .andExpect(content().string(containsString("Yhteydenotto kolmen päivän sisällä työn päättymisestä")))
                .andExpect(content().string(containsString("Työkaveri Mari neuvoo")));
        String record = org.jsoup.Jsoup.parse(mvc.perform(users.as(coach, get("/clients/" + client + "/record"))).andReturn()
                .getResponse().getContentAsString()).select("table.timeline tbody").text();
        assertThat(record).contains("2.3.2026 Työ alkoi: Toistaiseksi voimassa oleva", "4.3.2026 Tukikontakti: Asiakas, Työnantaja",
                "20.3.2026 Työ päättyi: Asiakas irtisanoutui");
    }

    @Test
    void theContactAfterTheStartCannotBeCancelledAndNothingMovesIntoThePast() throws Exception {
        UUID client = workingClient("2.3.2026");
        Due afterStart = due(client, DueKind.AFTER_START);
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/dues/" + afterStart.id() + "/cancel"))
                        .param("cancelReason", "Ei tarvetta"))
                .andExpect(content().string(containsString("sitä ei voi perua")));
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/dues/" + afterStart.id() + "/move"))
                        .param("newDueOn", "1.1.2020"))
                .andExpect(content().string(containsString("ei voi siirtää menneisyyteen")));
        Due monthly = due(client, DueKind.MONTHLY);
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/dues/" + monthly.id() + "/cancel"))
                .param("cancelReason", "Asiakkaan lomamatka")).andExpect(redirectedUrl("/clients/" + client + "/support"));
        assertThat(due(client, DueKind.AFTER_START).cancelled()).isFalse();
        assertThat(due(client, DueKind.MONTHLY).cancelReason()).isEqualTo("Asiakkaan lomamatka");
    }

    @Test
    void taperingIsARecordedDecisionThatKeepsEveryThirdMonthlyContact() throws Exception {
        UUID client = workingClient("2.3.2026");
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/tapering")).param("taperedOn", "10.4.2026")
                        .param("everyMonths", "3").param("taperReason", "Pärjää hyvin, työkaverit tukevat"))
                .andExpect(redirectedUrl("/clients/" + client + "/support"));
        assertThat(support.schedule(client)).filteredOn(due -> due.kind() == DueKind.MONTHLY && !due.cancelled())
                .extracting(Due::dueOn).containsExactly(LocalDate.of(2026, 7, 2), LocalDate.of(2026, 10, 2),
                        LocalDate.of(2027, 1, 2));
    }

    @Test
    void supportContactsDueThisWeekAreOnTheCoachsWeekAndHiddenFromACareTeamWithoutConsent() throws Exception {
        LocalDate today = LocalDate.now(clock);
        UUID client = workingClient(today.minusDays(3).format(DAY));
        mvc.perform(users.as(coach, get("/week")))
                .andExpect(content().string(containsString("tukikontakti kolmen päivän sisällä työn alkamisesta")));
        contact(client, today.format(DAY));
        mvc.perform(users.as(coach, get("/week")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("kolmen päivän sisällä työn alkamisesta"))));
        mvc.perform(get("/clients/" + client + "/support").with(users.as("careteam"))).andExpect(status().isNotFound());
    }
}
