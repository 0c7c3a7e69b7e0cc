package fi.placera.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.platform.IpsModel;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.MutableClock;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An employer contact's next step with a day (issue 28 §6, decision 0065): stored from the form (typed as people type
 * dates) and the API, refused before the contact's day or without the step itself, and back on the week of the coach
 * who made the contact from its lead time until a later contact with the employer.
 */
@PlaceraIT
class EmployerNextStepIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private String coach;
    private LocalDate today;
    private LocalDate sunday;

    @BeforeEach
    void freshCoach() {
        coach = users.newCoach();
        today = LocalDate.now(clock);
        sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    private MockHttpServletRequestBuilder contact(String user, UUID employer, LocalDate on, String nextStep,
            String nextStepOn) {
        return users.as(user, post("/employer-contacts")).param("key", UUID.randomUUID().toString())
                .param("employerId", employer.toString()).param("contactedOn", on.format(DAY))
                .param("mode", "PHONE").param("purpose", "GENERAL_JOB_DEVELOPMENT")
                .param("nextStep", nextStep).param("nextStepOn", nextStepOn);
    }

    private void recorded(String user, UUID employer, LocalDate on, String nextStep, String nextStepOn)
            throws Exception {
        mvc.perform(contact(user, employer, on, nextStep, nextStepOn)).andExpect(status().is3xxRedirection());
    }

    private Document page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(users.as(user))).andReturn().getResponse().getContentAsString());
    }

    /** The week's tasks that mention this text (a next step's words). */
    private List<Element> tasks(String user, String text) throws Exception {
        return page(user, get("/week")).select(".task-list li").stream().filter(task -> task.text().contains(text))
                .toList();
    }

    @Test
    void aDatedNextStepComesOnTheCoachsWeekFromItsLeadTimeAndNotBefore() throws Exception {
        UUID soon = given.employer("Askeltehdas");
        UUID later = given.employer("Myöhempi Oy");
        LocalDate edge = sunday.plusDays(IpsModel.EMPLOYER_NEXT_STEP_LEAD_DAYS);
        recorded(coach, soon, today.minusDays(3), "Soita rekrytoijalle", edge.format(DAY));
        recorded(coach, later, today.minusDays(3), "Vie ansioluettelot", edge.plusDays(1).format(DAY));

        assertThat(tasks(coach, "Soita rekrytoijalle")).singleElement().satisfies(task -> {
            assertThat(task.text()).startsWith(edge.format(DAY) + ": seuraava askel työnantajan kanssa – Askeltehdas");
            assertThat(task.select("a").attr("href")).isEqualTo("/employer-contacts/new?employer=" + soon);
            assertThat(task.hasClass("overdue")).isFalse();
        });
        assertThat(tasks(coach, "Vie ansioluettelot")).as("one day beyond the lead time").isEmpty();
        Duration offset = clock.offset();
        try {
            clock.advance(Duration.ofDays(7));
            assertThat(tasks(coach, "Vie ansioluettelot")).singleElement()
                    .satisfies(task -> assertThat(task.text()).startsWith(edge.plusDays(1).format(DAY)));
        } finally {
            clock.resetTo(offset);
        }
    }

    @Test
    void aNextStepWhoseDayPassedStaysOverdueUntilALaterContactWithTheEmployer() throws Exception {
        UUID employer = given.employer("Lupausten Oy");
        UUID other = given.employer("Muu Oy");
        recorded(coach, employer, today.minusDays(5), "Tapaa esihenkilö", today.minusDays(2).format(DAY));
        assertThat(tasks(coach, "Tapaa esihenkilö")).singleElement()
                .satisfies(task -> assertThat(task.hasClass("overdue")).isTrue());

        recorded(coach, other, today, "", "");
        assertThat(tasks(coach, "Tapaa esihenkilö")).as("a contact with another employer does not meet it").hasSize(1);
        recorded(coach, employer, today.minusDays(5), "", "");
        assertThat(tasks(coach, "Tapaa esihenkilö")).as("nor one on the same day").hasSize(1);
        recorded(coach, employer, today, "", "");
        assertThat(tasks(coach, "Tapaa esihenkilö")).as("a later contact with the employer meets it").isEmpty();
    }

    @Test
    void anotherCoachsNextStepNeverComesOnMyWeek() throws Exception {
        String colleague = users.newCoach();
        String stranger = users.newCoachOfAnotherTeam();
        UUID employer = given.employer("Naapurin Oy");
        recorded(colleague, employer, today, "Kollegan askel", today.plusDays(1).format(DAY));
        recorded(stranger, employer, today, "Vieraan askel", today.plusDays(1).format(DAY));

        Document mine = page(coach, get("/week"));
        assertThat(mine.text()).doesNotContain("Kollegan askel").doesNotContain("Vieraan askel");
        assertThat(tasks(colleague, "Kollegan askel")).hasSize(1);
        assertThat(tasks(stranger, "Vieraan askel")).hasSize(1);
        assertThat(tasks(stranger, "Kollegan askel")).isEmpty();
    }

    @Test
    void theFormTakesTheDayAsPeopleTypeItAndTheApiTakesNextStepOn() throws Exception {
        UUID employer = given.employer("Päivätty Oy");
        LocalDate next = today.plusDays(10);
        recorded(coach, employer, today, "Lomakkeelta", next.getDayOfMonth() + "." + next.getMonthValue() + "."
                + String.valueOf(next.getYear()).substring(2));
        mvc.perform(users.as(coach, post("/api/v1/employers/" + employer + "/contacts"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"key": "%s", "contactedOn": "%s", "mode": "EMAIL", "purpose": "FOLLOW_UP",
                                 "nextStep": "Rajapinnasta", "nextStepOn": "%s"}""".formatted(UUID.randomUUID(), today,
                                today.plusDays(3))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[?(@.nextStep == 'Rajapinnasta')].nextStepOn").value(today.plusDays(3).toString()));
        assertThat(jdbc.sql("select next_step || ' ' || next_step_on from employer_contact where employer_id = ?"
                        + " order by next_step").param(employer).query(String.class).list())
                .containsExactly("Lomakkeelta " + next, "Rajapinnasta " + today.plusDays(3));
        Document form = page(coach, get("/employer-contacts/new?employer=" + employer));
        assertThat(form.select("label[for=nextStepOn]").text()).isEqualTo("Seuraavan askeleen päivä (valinnainen)");
        assertThat(form.getElementById("nextStepOn").attr("inputmode")).isEqualTo("decimal");
    }

    @Test
    void aNextStepDayBeforeTheContactWithoutTheStepMalformedOrWithNulIsRefusedWithTheInputKept() throws Exception {
        UUID employer = given.employer("Hylkäävä Oy");
        String before = checksum.of("employer_contact");
        assertThat(refused(contact(coach, employer, today, "Soita", today.minusDays(1).format(DAY)), "nextStepOn"))
                .isEqualTo("Seuraavan askeleen päivä ei voi olla ennen yhteydenottoa.");
        assertThat(refused(contact(coach, employer, today, " ", today.plusDays(1).format(DAY)), "nextStepOn"))
                .isEqualTo("Kirjoita myös seuraava askel, kun annat sille päivän.");
        assertThat(refused(contact(coach, employer, today, "Soita", "31.2.2027"), "nextStepOn"))
                .startsWith("Anna päivä");
        assertThat(mvc.perform(contact(coach, employer, today, "So\u0000ita", today.plusDays(1).format(DAY)))
                .andReturn().getResponse().getStatus()).isIn(200, 400);
        Document kept = page(coach, contact(coach, employer, today, "Soita huomenna", today.minusDays(1).format(DAY)));
        assertThat(kept.getElementById("nextStep").text()).isEqualTo("Soita huomenna");
        assertThat(kept.getElementById("nextStepOn").val()).isEqualTo(today.minusDays(1).format(DAY));
        assertThat(kept.getElementById("nextStepOn").attr("aria-describedby")).contains("nextStepOn-error");

        mvc.perform(users.as(coach, post("/api/v1/employers/" + employer + "/contacts"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"key": "%s", "contactedOn": "%s", "mode": "EMAIL", "purpose": "FOLLOW_UP",
                                 "nextStepOn": "%s"}""".formatted(UUID.randomUUID(), today, today.plusDays(3))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nextStepOn"));
        mvc.perform(users.as(coach, post("/api/v1/employers/" + employer + "/contacts"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"key": "%s", "contactedOn": "%s", "mode": "EMAIL", "purpose": "FOLLOW_UP",
                                 "nextStep": "Soita", "nextStepOn": "2026-13-45"}""".formatted(UUID.randomUUID(), today)))
                .andExpect(status().isBadRequest());
        assertThat(checksum.of("employer_contact")).isEqualTo(before);
    }

    /** The message next to the field of a refused form. */
    private String refused(MockHttpServletRequestBuilder request, String field) throws Exception {
        Element error = Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).getElementById(field + "-error");
        return error == null ? "no error shown" : error.text();
    }
}
