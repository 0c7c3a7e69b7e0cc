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
import fi.placera.support.FollowAlongSupport.Continuing;
import fi.placera.support.FollowAlongSupport.Due;
import fi.placera.support.FollowAlongSupport.DueKind;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.MutableClock;
import fi.placera.testing.PlaceraIT;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private String coach;
    private UUID employer;
    /** Each job here starts today and is recorded on its start day, as a job recorded on time is. */
    private LocalDate start;

    @BeforeEach
    void coachAndEmployer() {
        coach = users.newCoach();
        employer = employers.register((short) 17, new Employer.Details("Tukitalo " + UUID.randomUUID(), null, null,
                null, null, null, null)).id();
        start = LocalDate.now(clock);
    }

    private UUID workingClient(String startedOn) throws Exception {
        return given.client(coach).named("Sanna", "Tuki").agreedOn(start.minusMonths(2).format(DAY))
                .working(employer, startedOn).create();
    }

    /** A client whose job started {@code months} months ago, recorded today. */
    private UUID clientWorkingFor(int months) throws Exception {
        LocalDate started = start.minusMonths(months);
        return given.client(coach).named("Sanna", "Jatko").agreedOn(started.minusMonths(2).format(DAY))
                .working(employer, started.format(DAY)).create();
    }

    private String page(UUID client) throws Exception {
        return mvc.perform(users.as(coach, get("/clients/" + client + "/support"))).andReturn().getResponse()
                .getContentAsString();
    }

    private int endsOf(UUID client) {
        return jdbc.sql("select count(*) from support_end where client_id = ?").param(client).query(Integer.class).single();
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
        UUID client = workingClient(start.format(DAY));
        List<Due> schedule = support.schedule(client);
        assertThat(schedule).hasSize(17);
        assertThat(schedule).filteredOn(due -> due.kind() != DueKind.MONTHLY)
                .extracting(Due::kind, Due::windowFrom, Due::dueOn).containsExactly(
                        tuple(DueKind.BEFORE_START, start.minusDays(7), start),
                        tuple(DueKind.AFTER_START, start, start.plusDays(3)),
                        tuple(DueKind.FIRST_MONTH_WEEKLY, start.plusDays(1), start.plusDays(7)),
                        tuple(DueKind.FIRST_MONTH_WEEKLY, start.plusDays(8), start.plusDays(14)),
                        tuple(DueKind.FIRST_MONTH_WEEKLY, start.plusDays(15), start.plusDays(21)),
                        tuple(DueKind.FIRST_MONTH_WEEKLY, start.plusDays(22), start.plusDays(28)));
        assertThat(schedule).filteredOn(due -> due.kind() == DueKind.MONTHLY).extracting(Due::dueOn)
                .startsWith(start.plusMonths(2)).endsWith(start.plusMonths(12)).hasSize(11);
    }

    @Test
    void aContactMeetsTheDueWhoseWindowItFallsInAndAJobEndMakesAContactDueWithinThreeDays() throws Exception {
        UUID client = workingClient(start.format(DAY));
        Duration offset = clock.offset();
        try {
            clock.advance(Duration.ofDays(18));
            contact(client, start.plusDays(2).format(DAY));
            assertThat(due(client, DueKind.AFTER_START).met()).isTrue();
            assertThat(due(client, DueKind.BEFORE_START).met()).isFalse();
            UUID job = jobs.jobsOf(client).get(0).id();
            mvc.perform(users.as(coach, post("/clients/" + client + "/jobs/" + job + "/end")).param("version", "1")
                    .param("jobEndedOn", start.plusDays(18).format(DAY)).param("jobEndReason", "CLIENT_RESIGNED"));
        } finally {
            clock.resetTo(offset);
        }
        assertThat(due(client, DueKind.AFTER_JOB_END)).extracting(Due::windowFrom, Due::dueOn)
                .containsExactly(start.plusDays(18), start.plusDays(21));
        assertThat(support.schedule(client)).filteredOn(Due::cancelled).extracting(Due::dueOn)
                .contains(start.plusDays(28), start.plusMonths(2)).doesNotContain(start.plusDays(21));
        mvc.perform(users.as(coach, get("/clients/" + client + "/support")))
                .andExpect(content().string(containsString("Yhteydenotto kolmen päivän sisällä työn päättymisestä")))
                .andExpect(content().string(containsString("Työkaveri Mari neuvoo")));
        String record = org.jsoup.Jsoup.parse(mvc.perform(users.as(coach, get("/clients/" + client + "/record"))).andReturn()
                .getResponse().getContentAsString()).select("table.timeline tbody").text();
        assertThat(record).contains(start.format(DAY) + " Työ alkoi: Toistaiseksi voimassa oleva",
                start.plusDays(2).format(DAY) + " Tukikontakti: Asiakas, Työnantaja",
                start.plusDays(18).format(DAY) + " Työ päättyi: Asiakas irtisanoutui");
    }

    @Test
    void theContactAfterTheStartCannotBeCancelledAndNothingMovesIntoThePast() throws Exception {
        UUID client = workingClient(start.format(DAY));
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
        UUID client = workingClient(start.format(DAY));
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/tapering")).param("taperedOn", start.format(DAY))
                        .param("everyMonths", "3").param("taperReason", "Pärjää hyvin, työkaverit tukevat"))
                .andExpect(redirectedUrl("/clients/" + client + "/support"));
        assertThat(support.schedule(client)).filteredOn(due -> due.kind() == DueKind.MONTHLY && !due.cancelled())
                .extracting(Due::dueOn).containsExactly(start.plusMonths(4), start.plusMonths(7), start.plusMonths(10));
    }

    @Test
    void afterTheFirstYearTheSupportGoesOnMonthlyFromTheLastContactUntilTheClientEndsIt() throws Exception {
        UUID client = clientWorkingFor(14);
        assertThat(support.continuing(client)).contains(new Continuing(start.minusMonths(1), 1));
        assertThat(support.continuing(client).orElseThrow().overdueOn(start)).isTrue();
        mvc.perform(users.as(coach, get("/week")))
                .andExpect(content().string(containsString("tukikontakti ensimmäisen vuoden jälkeen")));

        contact(client, start.minusDays(3).format(DAY));
        assertThat(support.continuing(client)).contains(new Continuing(start.minusDays(3).plusMonths(1), 1));
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/tapering")).param("taperedOn", start.format(DAY))
                        .param("everyMonths", "3").param("taperReason", "Työ sujuu, esihenkilö tukee"))
                .andExpect(redirectedUrl("/clients/" + client + "/support"));
        assertThat(support.continuing(client)).contains(new Continuing(start.minusDays(3).plusMonths(3), 3));
        assertThat(page(client)).contains("Seuraava yhteydenotto viimeistään " + start.minusDays(3).plusMonths(3).format(DAY)
                + " (3 kuukauden välein)");

        mvc.perform(users.as(coach, post("/clients/" + client + "/support/end")).param("supportEndedOn", start.format(DAY))
                        .param("supportEndHow", "Asiakas sanoi tapaamisessa, ettei tarvitse enää tukea"))
                .andExpect(redirectedUrl("/clients/" + client + "/support"));
        assertThat(support.continuing(client)).isEmpty();
        assertThat(page(client)).contains("Asiakas päätti tuen " + start.format(DAY)).doesNotContain("Seuraava yhteydenotto");
        mvc.perform(users.as(coach, get("/week")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ensimmäisen vuoden jälkeen"))));
    }

    @Test
    void theClientsEndCancelsTheFirstYearsLaterDuesAndANewJobAfterItStartsTheSupportAgain() throws Exception {
        UUID client = workingClient(start.format(DAY));
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/end")).param("supportEndedOn", start.format(DAY))
                .param("supportEndHow", "Asiakas ei halua tukea työpaikalle"));
        assertThat(support.schedule(client)).filteredOn(due -> due.dueOn().isAfter(start.plusDays(7)))
                .isNotEmpty().allMatch(Due::cancelled);
        assertThat(support.continuing(client)).isEmpty();

        UUID working = clientWorkingFor(13);
        jdbc.sql("insert into support_end (id, client_id, area_id, ended_on, how, recorded_by) values (?, ?, 17, ?, 'ennen', ?)")
                .params(UUID.randomUUID(), working, start.minusMonths(14), UUID.randomUUID()).update();
        assertThat(support.continuing(working)).as("an end before this job started does not end its support").isPresent();
    }

    @Test
    void aJobInItsFirstYearOrEndedHasNoContinuingContactYet() throws Exception {
        UUID firstYear = clientWorkingFor(3);
        assertThat(support.continuing(firstYear)).contains(new Continuing(start.minusMonths(3).plusMonths(13), 1));
        mvc.perform(users.as(coach, get("/week")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ensimmäisen vuoden jälkeen"))));

        UUID ended = clientWorkingFor(14);
        UUID job = jobs.jobsOf(ended).get(0).id();
        mvc.perform(users.as(coach, post("/clients/" + ended + "/jobs/" + job + "/end")).param("version", "1")
                .param("jobEndedOn", start.minusDays(10).format(DAY)).param("jobEndReason", "CLIENT_RESIGNED"));
        assertThat(support.continuing(ended)).isEmpty();
    }

    @Test
    void anEndWithoutHowOrInTheFutureIsRefusedWithTheInputKeptAndAnotherTeamCannotRecordOne() throws Exception {
        UUID client = clientWorkingFor(14);
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/end")).param("supportEndedOn", start.format(DAY))
                        .param("supportEndHow", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("supportEndHow-error")))
                .andExpect(content().string(containsString("value=\"" + start.format(DAY) + "\"")));
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/end"))
                        .param("supportEndedOn", start.plusDays(1).format(DAY)).param("supportEndHow", "Huomenna"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("supportEndedOn-error")))
                .andExpect(content().string(containsString("Huomenna")));
        String stranger = users.newCoachOfAnotherTeam();
        mvc.perform(users.as(stranger, post("/clients/" + client + "/support/end")).param("supportEndedOn", start.format(DAY))
                .param("supportEndHow", "Ei kuulu minulle")).andExpect(status().isNotFound());
        mvc.perform(users.as(coach, post("/clients/" + client + "/support/end")).param("supportEndedOn", "31.2.2026")
                .param("supportEndHow", "Virheellinen\u0000päivä")).andExpect(status().isBadRequest());
        assertThat(endsOf(client)).isZero();
        assertThat(support.continuing(client)).isPresent();
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
