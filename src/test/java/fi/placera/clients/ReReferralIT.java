package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.fidelity.FidelityReviews;
import fi.placera.reporting.Outcomes;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Coming back (issue 24 §3, decision 0074): a client whose referral or service ended is referred again as a new
 * episode of the same client; the outcome report counts each episode with its own enrolment.
 */
@PlaceraIT
class ReReferralIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired Employers employers;
    @Autowired Outcomes outcomes;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired FidelityReviews reviews;

    private TestTeams.Team team;
    private String coach;

    @BeforeEach
    void aTeam() {
        team = teams.create("Paluutiimi");
        coach = team.member("Palaaja", "COACH", "1");
    }

    @Test
    void aClientReferredAgainCountsTwiceInTheOutcomeReportEachEpisodeWithItsOwnEnrolment() throws Exception {
        UUID employer = employers.register((short) 17, new Employer.Details("Paluu " + team.id(), null, null, null,
                null, null, null)).id();
        UUID client = team.client(coach, "Paluu");
        refer(client, "", 300).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(290), "howAgreed", "PAPER_SIGNATURE");
        team.employerConsent(coach, client, employer, 290);
        startJob(client, employer, 280);
        team.send(coach, "/clients/" + client + "/service/end", "serviceEndedOn", team.day(200),
                "serviceEndReason", "CLIENT_CHOICE", "serviceEndDestination", "OTHER", "serviceEndNote", "Muutti hetkeksi pois");
        Outcomes.Outcome once = outcome();
        assertThat(once.served()).isOne();
        assertThat(once.enrolled()).isOne();

        refer(client, "/again", 100).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(90), "howAgreed", "PAPER_SIGNATURE");
        startJob(client, employer, 80);

        Outcomes.Outcome twice = outcome();
        assertThat(twice.served()).isEqualTo(2);
        assertThat(twice.enrolled()).isEqualTo(2);
        // each job start belongs to the episode it started in, not to every earlier enrolment too
        assertThat(twice.jobStarts()).isEqualTo(2);
        assertThat(twice.firstJobStarts()).isEqualTo(2);
        assertThat(twice.daysToFirstJobMean()).isEqualByComparingTo("10");
        // the placements pre-score reads the same episodes: each start once, with its own episode
        UUID review = reviews.open(new FidelityReviews.NewReview(UUID.randomUUID(), (short) 17, team.id(),
                team.today().minusDays(365), team.today(), team.today().plusDays(10), List.of("Arvioija"),
                UUID.randomUUID()));
        assertThat(reviews.evidenceRecords(reviews.find(review).orElseThrow(), "V9").orElseThrow().stream()
                .filter(record -> record.clientId().equals(client)).toList()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from client where id = ?").param(client).query(Integer.class).single())
                .isOne();
        String page = mvc.perform(get("/clients/" + client + "/referral").with(users.as(coach)).locale(FINNISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Aiemmat jaksot", "Lähete " + team.day(300) + ", päättyi " + team.day(200));
    }

    @Test
    void anEpisodeThatGoesOnRefusesASecondAndANewOneMustFollowTheEnd() throws Exception {
        UUID client = team.client(coach, "Jatkuu");
        refer(client, "", 30).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        String before = checksum.of("referral");
        refer(client, "/again", 10).andExpect(content().string(containsString("uuden lähetteen voi kirjata vain")));
        assertThat(checksum.of("referral")).isEqualTo(before);

        team.send(coach, "/clients/" + client + "/referral/end", "endReason", "CLIENT_CHOICE");
        UUID coachId = team.staffMemberOf(coach);
        int places = activeClients(coachId);
        refer(client, "/again", 0).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        assertThat(activeClients(coachId)).as("the coach's place is taken again").isEqualTo(places + 1);
        assertThat(jdbc.sql("select count(*) from clients_facts_in_service where client_id = ?").param(client)
                .query(Integer.class).single()).isOne();
        // the team view counts the current episode's phase, not the ended referral's
        assertThat(jdbc.sql("select phase from clients_facts_phase where client_id = ?").param(client)
                .query(String.class).single()).isEqualTo("REFERRED");
    }

    @Test
    void aReferralDatedBeforeTheEndIsRefusedWithTheInputKept() throws Exception {
        UUID client = team.client(coach, "Samana");
        refer(client, "", 30).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        team.send(coach, "/clients/" + client + "/referral/end", "endReason", "CLIENT_CHOICE");
        mvc.perform(post("/clients/" + client + "/referral/again").with(users.as(coach)).with(csrf()).locale(FINNISH)
                        .param("source", "SELF").param("referredOn", team.day(40)).param("wishToWork", "Kirjastoon taas"))
                .andExpect(content().string(containsString("aiemman jakson päättymispäivää aiemmaksi")))
                .andExpect(content().string(containsString("Kirjastoon taas")));
    }

    @Test
    void theIdentityCodeStaysUniquePerAreaAndAnEndedEpisodeIsOfferedToBeReferredAgain() throws Exception {
        String code = PersonalIdentityCodeTest.withCheck("020290-" + (900 + (int) (Math.random() * 99)));
        UUID first = UUID.randomUUID();
        register(coach, first, code).andExpect(redirectedUrl("/clients/" + first));
        refer(first, "", 20).andExpect(redirectedUrl("/clients/" + first + "/referral"));
        register(coach, UUID.randomUUID(), code)
                .andExpect(content().string(containsString("Tätä henkilöä ei voi rekisteröidä tähän")));

        team.send(coach, "/clients/" + first + "/referral/end", "endReason", "CLIENT_CHOICE");
        register(coach, UUID.randomUUID(), code)
                .andExpect(content().string(containsString("Toinen Kerta on ollut tiiminne asiakas")));
        TestTeams.Team neighbours = teams.create("Naapuritiimi");
        register(neighbours.member("Naapuri", "COACH", "1"), neighbours.id(), UUID.randomUUID(), code)
                .andExpect(content().string(containsString("Tätä henkilöä ei voi rekisteröidä tähän")));
        assertThat(jdbc.sql("select count(*) from client where area_id = 17 and identity_code = ?").param(code)
                .query(Integer.class).single()).isOne();
    }

    @Test
    void emergencyAccessAndAnotherTeamCannotReferAgain() throws Exception {
        UUID client = team.client(coach, "Hata");
        refer(client, "", 20).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        team.send(coach, "/clients/" + client + "/referral/end", "endReason", "CLIENT_CHOICE");
        String outsider = users.newCoachOfAnotherTeam();
        String before = checksum.of("referral");
        mvc.perform(post("/clients/" + client + "/referral/again").with(users.as(outsider)).with(csrf())
                .param("source", "SELF").param("referredOn", team.day(0))).andExpect(status().isNotFound());
        mvc.perform(post("/clients/" + client + "/emergency").with(users.as(outsider)).with(csrf())
                .param("reason", "Client called in crisis; own coach away")).andExpect(redirectedUrl("/clients/" + client));
        mvc.perform(post("/clients/" + client + "/referral/again").with(users.as(outsider)).with(csrf())
                .param("source", "SELF").param("referredOn", team.day(0))).andExpect(status().isNotFound());
        mvc.perform(post("/clients/" + client + "/referral/again").with(users.as(coach)).with(csrf())
                .param("source", "SELF").param("referredOn", "not a day")).andExpect(status().isOk());
        mvc.perform(post("/clients/not-an-id/referral/again").with(users.as(coach)).with(csrf())
                .param("source", "SELF").param("referredOn", team.day(0))).andExpect(status().isNotFound());
        assertThat(checksum.of("referral")).isEqualTo(before);
    }

    private ResultActions refer(UUID client, String again, int daysAgo)
            throws Exception {
        return mvc.perform(post("/clients/" + client + "/referral" + again).with(users.as(coach)).with(csrf())
                .locale(FINNISH).param("source", "SELF").param("referredOn", team.day(daysAgo)));
    }

    private ResultActions register(String user, UUID id, String code)
            throws Exception {
        return register(user, team.id(), id, code);
    }

    private ResultActions register(String user, UUID ipsTeam, UUID id, String code)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/clients").with(users.as(user)).with(csrf()).locale(FINNISH)
                .param("id", id.toString()).param("firstName", "Toinen").param("lastName", "Kerta")
                .param("identityCode", code).param("preferredLanguage", "fi").param("ipsTeamId", ipsTeam.toString());
        return mvc.perform(request);
    }

    private void startJob(UUID client, UUID employer, int daysAgo) throws Exception {
        team.send(coach, "/clients/" + client + "/jobs", "key", UUID.randomUUID().toString(),
                "employerId", employer.toString(), "jobTitle", "Varastotyöntekijä", "occupationCode", "9333",
                "jobStartedOn", team.day(daysAgo), "hoursPerWeek", "20", "wageBasis", "HOURLY",
                "contractType", "PERMANENT", "competitive", "true");
    }

    private Outcomes.Outcome outcome() {
        return outcomes.of(Outcomes.Scope.team(team.id()), team.today().minusDays(365), team.today());
    }

    private int activeClients(UUID coachId) {
        return jdbc.sql("select active_clients from coach_caseload where staff_member_id = ?").param(coachId)
                .query(Integer.class).single();
    }
}
