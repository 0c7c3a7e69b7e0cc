package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.planning.ActionPlans;
import fi.placera.planning.ReviewDue;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "My week": the coach's own clients with their phase, and what falls due by Sunday, overdue first. */
@PlaceraIT
class CoachWeekIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired ActionPlans plans;
    @Autowired Clock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String coach;
    private LocalDate today;

    @BeforeEach
    void freshCoach() {
        coach = users.newCoach();
        today = LocalDate.now(clock);
    }

    private UUID client(String user, String lastName) throws Exception {
        return given.client(user).named("Veera", lastName).create();
    }

    private Document week(String user) throws Exception {
        return Jsoup.parse(mvc.perform(users.as(user, get("/week"))).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aReferredClientNotReachedIsContactedAgainAWeekAfterTheReferral() throws Exception {
        UUID id = client(coach, "Lähetetty");
        mvc.perform(users.as(coach, post("/clients/" + id + "/referral")).param("source", "SELF")
                .param("referredOn", today.minusDays(10).format(DAY)));
        Document week = week(coach);
        assertThat(week.select("table td").eachText()).contains("Lähetetty, Veera", "Lähetetty, ei vielä tavoitettu");
        assertThat(week.select(".task-list li.overdue").eachText()).containsExactly("Myöhässä: "
                + today.minusDays(3).format(DAY) + ": Veera Lähetetty – ota yhteyttä lähetettyyn asiakkaaseen (lähete "
                + today.minusDays(10).format(DAY) + ")");
    }

    @Test
    void reviewsAndCounsellingAppearWhenDueByTheEndOfTheWeek() throws Exception {
        UUID id = client(coach, "Sovittu");
        LocalDate agreed = today.minusMonths(3).plusDays(3);
        mvc.perform(users.as(coach, post("/clients/" + id + "/agreement")).param("agreedOn", agreed.format(DAY))
                .param("howAgreed", "STRONG_IDENTIFICATION"));
        mvc.perform(users.as(coach, post("/clients/" + id + "/plan")).param("startedOn", agreed.format(DAY))
                .param("goals", "Työ kahvilassa"));
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate review = plans.reviewsDue(id).stream().filter(due -> due.milestone() == 3).map(ReviewDue::dueOn)
                .findFirst().orElseThrow();
        var tasks = week(coach).select(".task-list li").eachText();
        assertThat(tasks).contains("Myöhässä: " + agreed.plusDays(30).format(DAY)
                + ": Veera Sovittu – etuusneuvonta palvelun alussa");
        assertThat(tasks.stream().anyMatch(task -> task.contains("3 kuukauden arviointi")))
                .isEqualTo(!review.isAfter(sunday));
        assertThat(tasks).noneMatch(task -> task.contains("6 kuukauden arviointi"));
        assertThat(week(coach).select("table td").eachText()).contains("Yhteistyösopimus tehty, alkuvaihe");
    }

    @Test
    void thePhaseFollowsTheProfileAndEachClientHasAOneClickWayToRecordAMeeting() throws Exception {
        UUID id = client(coach, "Profiili");
        mvc.perform(users.as(coach, post("/clients/" + id + "/agreement")).param("agreedOn", today.format(DAY))
                .param("howAgreed", "STRONG_IDENTIFICATION"));
        mvc.perform(users.as(coach, post("/clients/" + id + "/profile/meetings")).param("profileMetOn", today.format(DAY))
                .param("profileCovered", "Vahvuudet"));
        assertThat(week(coach).select("table td").eachText()).contains("Ammatillista profiilia laaditaan");
        mvc.perform(users.as(coach, post("/clients/" + id + "/profile")).param("preferredWork", "Varastotyö"));
        var row = week(coach).select("table tbody tr").first();
        assertThat(row.select("td").eachText()).contains("Työnhaku");
        assertThat(row.select("a[href$=#note-form]").attr("href")).isEqualTo("/clients/" + id + "/meetings?record=#note-form");
        assertThat(row.select("a[href$=#note-form]").attr("aria-label")).isEqualTo("Kirjaa tapaaminen: Profiili, Veera");
    }

    @Test
    void aClientWithoutAFaceToFaceEmployerContactIsFlaggedAsDayThirtyApproaches() throws Exception {
        UUID late = client(coach, "Myöhässä");
        UUID fine = client(coach, "Ajoissa");
        UUID fresh = client(coach, "Tuore");
        for (UUID id : new UUID[] {late, fine}) {
            mvc.perform(users.as(coach, post("/clients/" + id + "/agreement")).param("agreedOn", today.minusDays(26).format(DAY))
                    .param("howAgreed", "STRONG_IDENTIFICATION"));
        }
        mvc.perform(users.as(coach, post("/clients/" + fresh + "/agreement")).param("agreedOn", today.minusDays(24).format(DAY))
                .param("howAgreed", "STRONG_IDENTIFICATION"));
        mvc.perform(users.as(coach, post("/employers")).param("name", "Kontaktityönantaja " + UUID.randomUUID()));
        UUID employer = jdbc.sql("select id from employer where name like 'Kontaktityönantaja %' limit 1")
                .query(UUID.class).single();
        mvc.perform(users.as(coach, post("/clients/" + fine + "/consents")).param("party", "EMPLOYER:" + employer)
                .param("kind", "EMPLOYMENT").param("validFrom", today.minusDays(26).format(DAY)));
        mvc.perform(users.as(coach, post("/employer-contacts")).param("key", UUID.randomUUID().toString())
                .param("employerId", employer.toString()).param("contactedOn", today.format(DAY))
                .param("mode", "FACE_TO_FACE").param("purpose", "ABOUT_CLIENT").param("clientId", fine.toString()))
                .andExpect(redirectedUrl("/employers/" + employer + "?saved"));
        var rows = week(coach).select("table tbody tr");
        var warnings = rows.stream().filter(row -> !row.select("strong.overdue").isEmpty())
                .map(row -> row.select("td").first().text()).toList();
        assertThat(warnings).containsExactly("Myöhässä, Veera");
        assertThat(rows.select("strong.overdue").eachText())
                .containsExactly("Ei vielä, ja 30 päivää tulee täyteen: tapaa työnantaja tämän asiakkaan asiassa.");
        assertThat(rows.stream().filter(row -> row.text().startsWith("Ajoissa")).findFirst().orElseThrow().text())
                .contains(today.format(DAY), "(26 päivää sitten)");
        assertThat(week(coach).select("main > section p").eachText())
                .anyMatch(text -> text.startsWith("Kasvokkain: 1 / tavoite 6"));
    }

    @Test
    void theWeekShowsOnlyTheCoachsOwnClients() throws Exception {
        String colleague = users.newCoach();
        client(colleague, "Kollegan");
        client(coach, "Oma");
        assertThat(week(coach).select("table td:first-child a").eachText()).containsExactly("Oma, Veera");
    }

    @Test
    void aCoachStartsTheDayFromTheirWeek() throws Exception {
        mvc.perform(users.as(coach, get("/"))).andExpect(redirectedUrl("/week"));
        assertThat(week(coach).select("main p").eachText())
                .contains("Viikko " + today.with(DayOfWeek.MONDAY).format(DAY) + "–" + today.with(DayOfWeek.SUNDAY).format(DAY));
    }
}
