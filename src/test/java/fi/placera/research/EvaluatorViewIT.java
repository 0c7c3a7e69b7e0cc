package fi.placera.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.evaluation.TeamCosts;
import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.NewReview;
import fi.placera.reporting.OutcomeFields;
import fi.placera.reporting.Outcomes;
import fi.placera.reporting.Outcomes.Scope;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The evaluator's comparison of a study's areas and teams, on two hand-built teams over 2025: a team of 10 clients
 * of whom 5 worked, with costs and a published fidelity review; and a team of 3 clients whose figures are small cells.
 */
@PlaceraIT
class EvaluatorViewIT {

    private static final LocalDate FROM = LocalDate.parse("2025-01-01");
    private static final LocalDate TO = LocalDate.parse("2025-12-31");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired TeamCosts costs;
    @Autowired FidelityReviews reviews;
    @Autowired Outcomes outcomes;

    private TestTeams.Team large;
    private TestTeams.Team small;
    private long study;
    private long otherStudy;

    @BeforeEach
    void studyOfTwoTeams() {
        large = teams.create("Vertailutiimi");
        small = teams.create("Pieni tiimi");
        UUID employer = UUID.randomUUID();
        jdbc.sql("insert into employer (id, area_id, name, name_key, version) values (?, 17, ?, ?, 0)")
                .params(employer, "Vertailu Oy " + employer, "vertailu oy " + employer).update();
        for (int i = 0; i < 10; i++) {
            UUID client = enrolled(large.id(), "2025-02-01");
            if (i < 5) {
                job(client, employer, "2025-03-01");
            }
        }
        for (int i = 0; i < 3; i++) {
            UUID client = enrolled(small.id(), "2025-02-01");
            if (i == 0) {
                job(client, employer, "2025-04-01");
            }
        }
        costs.save(large.id(), costs(100_000), UUID.randomUUID());
        costs.save(small.id(), costs(30_000), UUID.randomUUID());
        publishedReviewScoredFour(large.id(), "2025-01-01", "2025-06-30");
        reviews.open(new NewReview(UUID.randomUUID(), (short) 17, large.id(), LocalDate.parse("2025-07-01"), TO,
                LocalDate.parse("2026-01-15"), List.of("Arvioija"), UUID.randomUUID()));   // a draft: not shown
        study = study("Vertailututkimus " + UUID.randomUUID(), "evaluator");
        otherStudy = study("Toinen tutkimus " + UUID.randomUUID(), null);
    }

    @Test
    void theStudysEvaluatorSeesEachTeamsFiguresFidelityAndCostsWithSmallCellsHidden() throws Exception {
        Document page = page("/research/studies/" + study + "/overview");

        Element largeTeam = page.getElementById("team-" + large.code());
        // the 5 job starts were all in Q1: the year's count would reveal that the other quarters' (hidden) were 0
        assertThat(largeTeam.select("td").eachText())
                .containsExactly("Pohjanmaa", "Valmentajat psykiatrisen hoidon palveluksessa", "10", "5", "50 %", "<5",
                        "100 pistettä, Hyvä (15.7.2025)");
        Element smallTeam = page.getElementById("team-" + small.code());
        assertThat(smallTeam.select("td").eachText()).containsSequence("<5", "<5", "<5", "<5")
                .endsWith("Ei julkaistua arviointia");

        // 100 000 € over 10 clients served; per job start hidden with the job starts; 5 in work × 6 months ×
        // (1 000 + 500) € = 45 000 €
        assertThat(page.getElementById("cost-" + large.code() + "-2025").select("td").eachText())
                .containsExactly("2025", "100 000", "10 000", "<5", "45 000");
        assertThat(page.getElementById("cost-" + small.code() + "-2025").select("td").eachText())
                .containsExactly("2025", "30 000", "<5", "<5", "<5");
    }

    @Test
    void areasAreComparedPeriodByPeriodWithTheOutcomeReportsFigures() throws Exception {
        Document page = page("/research/studies/" + study + "/overview?by=QUARTER");

        assertThat(page.select("#compare-served thead th").eachText())
                .containsExactly("Keiden asiakkaat", "2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4");
        Element area = page.select("#compare-served tbody tr").first();
        assertThat(area.selectFirst("th").text()).isEqualTo("Pohjanmaa");
        List<Object> expected = outcomes.of(Scope.area((short) 17), List.of(
                        new Outcomes.Period(FROM, LocalDate.parse("2025-03-31")),
                        new Outcomes.Period(LocalDate.parse("2025-10-01"), TO)))
                .stream().map(outcome -> OutcomeFields.suppressed(outcome).get("served")).toList();
        assertThat(area.select("td").get(0).text().replace(" ", "")).isEqualTo(expected.get(0).toString());
        assertThat(area.select("td").get(3).text().replace(" ", "")).isEqualTo(expected.get(1).toString());
        assertThat(page.select("#compare-employment_rate tbody th").eachText())
                .contains("Valmentajat psykiatrisen hoidon palveluksessa", "Kaikki tutkimuksen tiimit yhteensä");
    }

    @Test
    void onlyTheStudysOwnEvaluatorsSeeIt() throws Exception {
        mvc.perform(get("/research/studies/" + otherStudy + "/overview").with(users.as("evaluator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/research/studies/999999999/overview").with(users.as("evaluator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/research/studies/" + study + "/overview").with(users.as("manager")))
                .andExpect(status().isForbidden());
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path).with(users.as("evaluator")).header("Accept-Language", "fi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static TeamCosts.Costs costs(int salaries) {
        return new TeamCosts.Costs(2025, BigDecimal.ONE, BigDecimal.valueOf(salaries), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(1000), BigDecimal.valueOf(500), BigDecimal.valueOf(6));
    }

    private void publishedReviewScoredFour(UUID team, String from, String to) {
        UUID review = reviews.open(new NewReview(UUID.randomUUID(), (short) 17, team, LocalDate.parse(from),
                LocalDate.parse(to), LocalDate.parse("2025-07-15"), List.of("Arvioija Yksi", "Arvioija Kaksi"),
                UUID.randomUUID()));
        jdbc.sql("update fidelity_review_item set score = 4 where review_id = ?").params(review).update();
        jdbc.sql("update fidelity_review set state = 'PUBLISHED' where id = ?").params(review).update();
    }

    private long study(String name, String evaluator) {
        long id = jdbc.sql("""
                        insert into research_study (name, basis_kind, basis_reference, period_from, period_to,
                            date_handling, linkage_permitted, created_by, created_at)
                        values (?, 'PERMIT', 'THL/123/2025', ?, ?, 'MONTH', false, ?, now()) returning id""")
                .params(name, FROM, TO, UUID.randomUUID()).query(Long.class).single();
        jdbc.sql("insert into research_study_area (study_id, area_id) values (?, 17)").params(id).update();
        if (evaluator != null) {
            jdbc.sql("""
                            insert into research_study_evaluator (study_id, account_id)
                            select ?, id from user_account where username = ?""").params(id, evaluator).update();
        }
        return id;
    }

    private UUID enrolled(UUID team, String day) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id, version)
                        values (?, 17, 'T', 'Vertailu', 'fi', ?, 0)""")
                .params(id, team).update();
        jdbc.sql("""
                        insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, in_work_at_entry,
                                                           recorded_by)
                        values (?, ?, 17, ?::date, 'PAPER_SIGNATURE', false, ?)""")
                .params(UUID.randomUUID(), id, day, UUID.randomUUID()).update();
        return id;
    }

    private void job(UUID client, UUID employer, String start) {
        jdbc.sql("""
                        insert into job (id, client_id, area_id, employer_id, started_on, hours_per_week, wage_basis,
                                         contract_type, competitive, recorded_by, idempotency_key, version)
                        values (?, ?, 17, ?, ?::date, 20, 'HOURLY', 'PERMANENT', true, ?, ?, 0)""")
                .params(UUID.randomUUID(), client, employer, start, UUID.randomUUID(), UUID.randomUUID()).update();
    }
}
