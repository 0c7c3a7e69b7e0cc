package fi.placera.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.EvidenceRecord;
import fi.placera.jobs.Jobs;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A voided record drops out of every figure (issue 24 §6, decision 0070): the outcome report, the team leader's view
 * and the fidelity pre-scores read the owning module's published facts, which leave voided rows out. (The research
 * extract: {@code ResearchExtractIT#aVoidedJobStartLeavesTheExtractAndTheOutcomeReport} and
 * {@code #aVoidedSupportContactLeavesTheExtract}.) The outcome report reads no support contact.
 */
@PlaceraIT
class VoidedRecordsLeaveTheFiguresIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired Employers employers;
    @Autowired Jobs jobs;
    @Autowired fi.placera.employers.EmployerContacts contacts;
    @Autowired fi.placera.support.FollowAlongSupport support;
    @Autowired TeamAgenda agenda;
    @Autowired Outcomes outcomes;
    @Autowired FidelityReviews reviews;

    private TestTeams.Team team;
    private String coach;
    private String leader;
    private UUID client;
    private UUID employer;
    private LocalDate from;

    @BeforeEach
    void aClientWhoStartedAJobAfterAFaceToFaceEmployerContact() throws Exception {
        team = teams.create("Mitätöintitiimi");
        coach = team.member("Mitätöijä", "COACH", "1");
        leader = team.member("Esihenkilö", "TEAM_LEADER", "1");
        from = team.today().minusDays(60);
        employer = employers.register((short) 17, new Employer.Details("Mitätöinti " + team.id(), null, null, null,
                null, null, null)).id();
        client = team.client(coach, "Tyossa");
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(40), "howAgreed", "PAPER_SIGNATURE");
        team.employerConsent(coach, client, employer, 40);
        team.send(coach, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(30),
                "mode", "FACE_TO_FACE", "purpose", "ABOUT_CLIENT", "clientId", client.toString());
        team.send(coach, "/clients/" + client + "/jobs", "key", UUID.randomUUID().toString(),
                "employerId", employer.toString(), "jobTitle", "Varastotyöntekijä", "occupationCode", "9333",
                "jobStartedOn", team.day(10), "hoursPerWeek", "20", "wageBasis", "HOURLY", "contractType", "PERMANENT",
                "competitive", "true");
    }

    @Test
    void aVoidedJobStartLeavesTheOutcomeReportTheTeamViewAndThePlacementPreScores() throws Exception {
        UUID review = reviews.open(new FidelityReviews.NewReview(UUID.randomUUID(), (short) 17, team.id(), from,
                team.today(), team.today().plusDays(10), List.of("Arvioija"), UUID.randomUUID()));
        Outcomes.Outcome before = outcome();
        assertThat(before.jobStarts()).isOne();
        assertThat(before.worked()).isOne();
        assertThat(figure("fig-WORKING")).isEqualTo("1");
        for (String placements : List.of("V8", "V9", "V10")) {
            assertThat(evidence(review, placements)).as(placements).hasSize(1);
        }
        assertThat(reviews.find(review).orElseThrow().item("V10").proposedFigures()).isNotEmpty();

        UUID job = jobs.jobsOf(client).get(0).id();
        mvc.perform(users.as(leader, post("/clients/" + client + "/jobs/" + job + "/void")).param("job", job.toString())
                        .param("version", "1").param("voidReason", "Työ kirjattiin väärälle asiakkaalle"))
                .andExpect(redirectedUrl("/clients/" + client + "/jobs"));

        Outcomes.Outcome after = outcome();
        assertThat(after.jobStarts()).isZero();
        assertThat(after.worked()).isZero();
        assertThat(after.served()).isEqualTo(before.served());
        assertThat(figure("fig-WORKING")).isEqualTo("0");
        for (String placements : List.of("V8", "V9", "V10")) {
            assertThat(evidence(review, placements)).as(placements).isEmpty();
        }
        UUID again = reviews.open(new FidelityReviews.NewReview(UUID.randomUUID(), (short) 17, team.id(), from,
                team.today(), team.today().plusDays(10), List.of("Arvioija"), UUID.randomUUID()));
        assertThat(reviews.find(again).orElseThrow().item("V10").proposedFigures())
                .isNotEqualTo(reviews.find(review).orElseThrow().item("V10").proposedFigures());
    }

    @Test
    void aVoidedFaceToFaceEmployerContactLeavesTheFirstContactFiguresV4AndTheTeamView() throws Exception {
        UUID review = reviews.open(new FidelityReviews.NewReview(UUID.randomUUID(), (short) 17, team.id(), from,
                team.today(), team.today().plusDays(10), List.of("Arvioija"), UUID.randomUUID()));
        Outcomes.Outcome before = outcome();
        // enrolled 40 days ago, met the employer face to face 30 days ago: 10 days
        assertThat(before.daysToFirstEmployerContactMean()).isEqualByComparingTo("10");
        assertThat(before.employerContacts()).isOne();
        assertThat(evidence(review, "V4")).extracting(EvidenceRecord::day).containsExactly(team.today().minusDays(30));
        assertThat(figure("fig-days")).isEqualTo("10 (0 vielä ilman)");

        UUID contact = contactKey();
        mvc.perform(users.as(coach, post("/employers/" + employer + "/contacts/" + contact + "/void"))
                        .param("contact", contact.toString()).param("voidReason", "Kirjattu väärälle asiakkaalle"))
                .andExpect(redirectedUrl("/employers/" + employer));

        Outcomes.Outcome after = outcome();
        assertThat(after.daysToFirstEmployerContactMean()).isNull();
        assertThat(after.cohortWithoutEmployerContact()).isEqualTo(before.cohortWithoutEmployerContact() + 1);
        assertThat(after.employerContacts()).isZero();
        assertThat(evidence(review, "V4")).extracting(EvidenceRecord::day).containsOnlyNulls();
        assertThat(figure("fig-days")).doesNotStartWith("10");
        Document page = Jsoup.parse(mvc.perform(users.as(coach, get("/employers/" + employer)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#contacts-heading + ul li").text()).isEqualTo("Yhteydenottoja ei ole vielä.");
        assertThat(page.select("#revisions tbody tr").text()).contains("Mitätöity", "Kasvokkain",
                "Kirjattu väärälle asiakkaalle");
    }

    @Test
    void aVoidedSupportContactMeetsNoDueAndLeavesTheTeamAgendaAndTheSupportPreScores() throws Exception {
        // two days after the job start: the contact due within three days of the start is met
        team.send(coach, "/clients/" + client + "/support/contacts", "key", UUID.randomUUID().toString(),
                "supportContactedOn", team.day(8), "withWhom", "CLIENT");
        UUID review = reviews.open(new FidelityReviews.NewReview(UUID.randomUUID(), (short) 17, team.id(), from,
                team.today(), team.today().plusDays(10), List.of("Arvioija"), UUID.randomUUID()));
        long due = supportDue();
        assertThat(evidence(review, "V11")).extracting(EvidenceRecord::day).containsExactly(team.today().minusDays(8));
        assertThat(evidence(review, "V12")).extracting(EvidenceRecord::counted).contains(true);

        UUID key = support.contacts(client).get(0).idempotencyKey();
        mvc.perform(users.as(leader, post("/clients/" + client + "/support/contacts/" + key + "/void"))
                        .param("contact", key.toString()).param("version", "0").param("voidReason", "Väärä asiakas"))
                .andExpect(redirectedUrl("/clients/" + client + "/support"));

        // the contact due after the start (recorded late, so due today) is open again on the team's agenda
        assertThat(supportDue()).isEqualTo(due + 1);
        assertThat(evidence(review, "V11")).isEmpty();
        assertThat(evidence(review, "V12")).extracting(EvidenceRecord::counted).doesNotContain(true);
    }

    @Test
    void aVoidedCounsellingSessionLeavesTheBenefitsCounsellingPreScore() throws Exception {
        UUID key = UUID.randomUUID();
        team.send(coach, "/clients/" + client + "/counselling", "key", key.toString(), "counselledOn", team.day(35),
                "counsellor", "COACH", "topics", "EARNINGS_LIMITS");
        UUID review = reviews.open(new FidelityReviews.NewReview(UUID.randomUUID(), (short) 17, team.id(), from,
                team.today(), team.today().plusDays(10), List.of("Arvioija"), UUID.randomUUID()));
        assertThat(evidence(review, "V1")).extracting(EvidenceRecord::counted).containsExactly(true);

        mvc.perform(users.as(coach, post("/clients/" + client + "/counselling/" + key + "/void"))
                        .param("session", key.toString()).param("voidReason", "Väärä asiakas"))
                .andExpect(redirectedUrl("/clients/" + client + "/counselling"));

        assertThat(evidence(review, "V1")).extracting(EvidenceRecord::counted).containsExactly(false);
    }

    @Test
    void aVoidedProfileMeetingLeavesTheProfilePreScore() throws Exception {
        team.send(coach, "/clients/" + client + "/profile/meetings", "key", UUID.randomUUID().toString(),
                "profileMetOn", team.day(38), "profileCovered", "Vahvuudet");
        UUID review = reviews.open(new FidelityReviews.NewReview(UUID.randomUUID(), (short) 17, team.id(), from,
                team.today(), team.today().plusDays(10), List.of("Arvioija"), UUID.randomUUID()));
        assertThat(evidence(review, "V3")).hasSize(1);

        mvc.perform(users.as(leader, post("/clients/" + client + "/profile/meetings/1/void"))
                        .param("meeting", "1").param("voidReason", "Väärä asiakas"))
                .andExpect(redirectedUrl("/clients/" + client + "/profile"));

        assertThat(evidence(review, "V3")).isEmpty();
    }

    private long supportDue() {
        return agenda.of(team.id(), team.today()).stream()
                .filter(item -> item.topic() == TeamAgenda.Topic.SUPPORT_DUE && item.clientId().equals(client)).count();
    }

    private UUID contactKey() {
        return contacts.ofEmployer((short) 17, employer).get(0).idempotencyKey();
    }

    private Outcomes.Outcome outcome() {
        return outcomes.of(Outcomes.Scope.team(team.id()), from, team.today());
    }

    private List<EvidenceRecord> evidence(UUID review, String code) {
        return reviews.evidenceRecords(reviews.find(review).orElseThrow(), code).orElseThrow().stream()
                .filter(record -> record.clientId().equals(client)).toList();
    }

    private String figure(String id) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/team").with(users.as(leader)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
        return page.getElementById(id).text();
    }
}
