package fi.placera.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Correcting and voiding a job (issue 24 §6, decision 0070): only who recorded it or the leader of the client's team,
 * always with a reason; nothing is deleted and the values replaced stay in the job's history.
 */
@PlaceraIT
class JobRevisionsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private TestTeams.Team team;
    private String coach;
    private String otherCoach;
    private String leader;
    private UUID client;
    private Job job;

    @BeforeEach
    void aJobRecordedByACoach() throws Exception {
        team = teams.create("Korjaustiimi");
        coach = team.member("Kirjaaja", "COACH", "1");
        otherCoach = team.member("Toinen", "COACH", "1");
        leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        client = given.client(coach).named("Kaisa", "Korjattava").ofTeam(team.id()).agreedOn(team.day(60)).create();
        UUID employer = given.employer("Korjaamo");
        mvc.perform(users.as(coach, post(jobsOf(client))).param("key", UUID.randomUUID().toString())
                        .param("employerId", employer.toString()).param("jobTitle", "Asentaja")
                        .param("jobStartedOn", team.day(30)).param("hoursPerWeek", "20").param("wageBasis", "HOURLY")
                        .param("contractType", "PERMANENT").param("competitive", "true"))
                .andExpect(redirectedUrl(jobsOf(client)));
        job = jobs.jobsOf(client).get(0);
    }

    @Test
    void whoRecordedAJobCorrectsItsDatesAndTermsAndThePreviousValuesStayInItsHistory() throws Exception {
        mvc.perform(correct(coach, job.id(), 1, team.day(25), "30", "Aloituspäivä kirjattiin väärin"))
                .andExpect(redirectedUrl(jobsOf(client)));

        Job corrected = jobs.jobsOf(client).get(0);
        assertThat(corrected.startedOn()).isEqualTo(team.today().minusDays(25));
        assertThat(corrected.hoursPerWeek()).isEqualByComparingTo("30");
        assertThat(corrected.title()).isEqualTo("Asentaja");
        assertThat(jobs.revisionsOf(client)).singleElement().satisfies(revision -> {
            assertThat(revision.recordId()).isEqualTo(job.id());
            assertThat(revision.reason()).isEqualTo("Aloituspäivä kirjattiin väärin");
            assertThat(revision.previous()).extracting(p -> p.field() + "=" + p.value())
                    .containsExactly("startedOn=" + team.today().minusDays(30), "hoursPerWeek=20");
        });
        Document page = page(leader);
        assertThat(page.select("#revisions tbody tr").eachText()).singleElement().asString()
                .contains("Korjattu", "Alkoi: " + team.day(30), "Tunteja viikossa: 20", "Aloituspäivä kirjattiin väärin");
        assertThat(page.getElementById("correctedStartedOn-" + job.id()).val()).isEqualTo(team.day(25));
    }

    @Test
    void theTeamLeaderVoidsAJobACoachRecordedAndItIsKeptButGoneFromTheClientsJobs() throws Exception {
        mvc.perform(voidJob(leader, job.id(), 1, "Kirjattu väärälle asiakkaalle"))
                .andExpect(redirectedUrl(jobsOf(client)));

        assertThat(jobs.jobsOf(client)).isEmpty();
        assertThat(jdbc.sql("select count(*) from job where id = ? and voided_at is not null").param(job.id())
                .query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from jobs_facts_job where job_id = ?").param(job.id())
                .query(Integer.class).single()).isZero();
        Document page = page(coach);
        assertThat(page.select("#revisions tbody tr").eachText()).singleElement().asString()
                .contains("Mitätöity", "Asentaja", "Alkoi: " + team.day(30), "Kirjattu väärälle asiakkaalle", "Vetäjä");
        // a voided job cannot be voided or corrected again
        String before = checksum.of("job", "record_revision");
        assertThat(text(voidJob(leader, job.id(), 2, "Uudestaan"))).contains("Joku muu tallensi");
        assertThat(checksum.of("job", "record_revision")).isEqualTo(before);
    }

    @Test
    void aCoachWhoNeitherRecordedTheJobNorLeadsTheTeamIsRefusedAndNothingChanges() throws Exception {
        String before = checksum.of("job", "record_revision");
        assertThat(text(voidJob(otherCoach, job.id(), 1, "Väärin"))).contains(
                "Vain kirjauksen tehnyt tai asiakkaan tiimin esihenkilö voi korjata tai mitätöidä sen.");
        assertThat(text(correct(otherCoach, job.id(), 1, team.day(25), "30", "Väärin"))).contains(
                "Vain kirjauksen tehnyt");
        mvc.perform(users.as(otherCoach, post("/api/v1/clients/" + client + "/jobs/" + job.id() + "/void"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"reason\": \"Väärin\"}"))
                .andExpect(status().isBadRequest());
        assertThat(checksum.of("job", "record_revision")).isEqualTo(before);
    }

    @Test
    void anotherTeamAnotherAreaAndALeaderOfAnotherTeamCannotReachTheJob() throws Exception {
        TestTeams.Team other = teams.create("Vieras tiimi");
        String otherLeader = other.member("Vieras", "TEAM_LEADER", "1");
        String before = checksum.of("job", "record_revision");
        for (String stranger : List.of(users.newCoachOfAnotherTeam(), otherLeader, users.newTeamLeaderOfAnotherArea())) {
            assertThat(statusOf(voidJob(stranger, job.id(), 1, "Väärin"))).isIn(403, 404);
            assertThat(statusOf(correct(stranger, job.id(), 1, team.day(25), "30", "Väärin"))).isIn(403, 404);
        }
        assertThat(checksum.of("job", "record_revision")).isEqualTo(before);
        assertThat(jobs.jobsOf(client)).containsExactly(job);
    }

    @Test
    void emergencyAccessNeverCorrectsOrVoids() throws Exception {
        String stranger = teams.emergencyReader(client, "EMPLOYMENT");
        assertThat(page(stranger).select("form[action$=/void], form[action$=/correct]")).isEmpty();
        String before = checksum.of("job", "record_revision");
        assertThat(statusOf(voidJob(stranger, job.id(), 1, "Hätä"))).isIn(403, 404);
        assertThat(statusOf(correct(stranger, job.id(), 1, team.day(25), "30", "Hätä"))).isIn(403, 404);
        assertThat(checksum.of("job", "record_revision")).isEqualTo(before);
    }

    @Test
    void aReasonIsRequiredAndMalformedIdsNulAndOtherClientsJobsAreRefused() throws Exception {
        String before = checksum.of("job", "record_revision");
        Document refused = Jsoup.parse(text(voidJob(coach, job.id(), 1, "  ")));
        assertThat(refused.getElementById("voidReason-error").text())
                .isEqualTo("Kirjoita, miksi kirjaus korjataan tai mitätöidään (enintään 2000 merkkiä).");
        assertThat(refused.select("#error-summary a").attr("href")).isEqualTo("#voidReason");
        Document unchanged = Jsoup.parse(text(correct(coach, job.id(), 1, team.day(30), "20", "Ei muutosta")));
        assertThat(unchanged.select(".alert--error").text()).contains("Mikään ei muuttunut");
        assertThat(Jsoup.parse(text(correct(coach, job.id(), 1, team.today().plusDays(1).format(
                java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")), "20", "Tuleva")))
                .getElementById("correctedStartedOn-error")).isNotNull();
        assertThat(statusOf(voidJob(coach, job.id(), 1, "Vää\u0000rin"))).isIn(200, 400);
        mvc.perform(users.as(coach, post(jobsOf(client) + "/not-an-id/void")).param("voidReason", "Väärin"))
                .andExpect(status().is4xxClientError());
        assertThat(text(voidJob(coach, UUID.randomUUID(), 1, "Väärin"))).contains("Joku muu tallensi");
        // the job of another client, named under this client's address
        UUID otherClient = given.client(coach).named("Olli", "Muu").ofTeam(team.id()).agreedOn(team.day(60)).create();
        mvc.perform(users.as(coach, post("/clients/" + otherClient + "/jobs/" + job.id() + "/void"))
                .param("job", job.id().toString()).param("version", "1").param("voidReason", "Väärin"));
        mvc.perform(users.as(coach, post("/api/v1/clients/" + client + "/jobs/" + job.id() + "/void"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("voidReason"));
        assertThat(checksum.of("job", "record_revision")).isEqualTo(before);
        assertThat(jobs.jobsOf(client)).containsExactly(job);
    }

    @Test
    void theApiCorrectsAndVoidsAsThePageDoes() throws Exception {
        mvc.perform(users.as(coach, post("/api/v1/clients/" + client + "/jobs/" + job.id() + "/correct"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version": 1, "title": "Asentaja", "startedOn": "%s", "hoursPerWeek": 25,
                                 "wageBasis": "MONTHLY", "contractType": "PERMANENT", "competitive": true,
                                 "reason": "Kuukausipalkka"}""".formatted(team.today().minusDays(30))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.jobs[0].wageBasis").value("MONTHLY"));
        mvc.perform(users.as(coach, post("/api/v1/clients/" + client + "/jobs/" + job.id() + "/void"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 2, \"reason\": \"Väärä asiakas\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.jobs").isEmpty());
        assertThat(jobs.revisionsOf(client)).extracting(revision -> revision.action().name() + " " + revision.reason())
                .containsExactly("CORRECTED Kuukausipalkka", "VOIDED Väärä asiakas");
    }

    private MockHttpServletRequestBuilder correct(String user, UUID jobId, int version, String startedOn, String hours,
            String reason) {
        return users.as(user, post(jobsOf(client) + "/" + jobId + "/correct")).param("job", jobId.toString())
                .param("version", String.valueOf(version)).param("correctedTitle", "Asentaja")
                .param("correctedStartedOn", startedOn).param("correctedHours", hours)
                .param("correctedWageBasis", "HOURLY").param("correctedContractType", "PERMANENT")
                .param("correctedCompetitive", "true").param("correctionReason", reason);
    }

    private MockHttpServletRequestBuilder voidJob(String user, UUID jobId, int version, String reason) {
        return users.as(user, post(jobsOf(client) + "/" + jobId + "/void")).param("job", jobId.toString())
                .param("version", String.valueOf(version)).param("voidReason", reason);
    }

    private Document page(String user) throws Exception {
        return Jsoup.parse(text(users.as(user, Locale.forLanguageTag("fi"), get(jobsOf(client)))));
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private int statusOf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String jobsOf(UUID client) {
        return "/clients/" + client + "/jobs";
    }
}
