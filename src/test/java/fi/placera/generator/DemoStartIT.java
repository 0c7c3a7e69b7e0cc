package fi.placera.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The README's demo run (the {@code demo} profile) on a database of its own: after the start, the coach's week, the
 * team view, the outcome report, the fidelity page and the demo client's own pages all show data, and the history
 * is loaded once.
 */
// the demo start prints the demo password and TOTP key for a person; the test logs must not hold them (LG5)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.fi.placera.identity.internal.DemoLoginHint=warn")
@AutoConfigureMockMvc
@AutoConfigureMetrics
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class DemoStartIT {

    private static final UUID DEMO_TEAM = UUID.fromString("6a1f0000-0000-4000-8000-000000000001");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("demoHistory") ApplicationRunner history;

    @Test
    void afterTheDemoStartEveryPageHasSomethingTrueToShow() throws Exception {
        assertThat(count("select count(*) from client where ips_team_id = ?")).as("the demo team's clients")
                .isBetween(55L, 65L);
        assertThat(count("""
                select count(*) from fidelity_review where ips_team_id = ? and state = 'PUBLISHED'""")).isOne();

        Document week = page("coach1", "/week");
        List<String> ownClients = jdbc.sql("""
                        select c.first_name || ' ' || c.last_name from client c
                        join user_account a on a.staff_member_id = c.coach_staff_id
                        where a.username = 'coach1'""").query(String.class).list();
        assertThat(ownClients).filteredOn(week.text()::contains).as("coach1's clients on the week").hasSizeGreaterThan(5);

        Document team = page("teamleader", "/team");
        for (String phase : List.of("REFERRED", "ENROLLED", "WORKING", "ENDED")) {
            assertThat(Integer.parseInt(team.getElementById("fig-" + phase).text())).as(phase).isPositive();
        }

        Document outcomes = page("teamleader", "/reports/outcomes");
        assertThat(Integer.parseInt(outcomes.select("#field-served td").text())).as("served this quarter").isPositive();
        assertThat(outcomes.select("#chart-starts-data tbody tr td:last-child").eachText())
                .as("job starts of the last eight quarters").anyMatch(starts -> !"0".equals(starts));

        assertThat(page("teamleader", "/fidelity").select("main table tbody tr")).as("published reviews").hasSize(1);

        Document me = page("client", "/me");
        assertThat(me.text()).contains(jdbc.sql("""
                        select c.first_name from client c join client_account a on a.client_id = c.id
                        join user_account u on u.id = a.account_id where u.username = 'client'""")
                .query(String.class).single());
        assertThat(me.select("main section, main h2").text()).as("the client's plan").isNotBlank();
        assertThat(page("client", "/me/access-log").select("main table tbody tr")).as("who read my data").isNotEmpty();
    }

    /** The demo history is loaded on the first start only: a restart finds the team with clients and adds none. */
    @Test
    void theHistoryIsLoadedOnceOnly() throws Exception {
        long before = count("select count(*) from client where ips_team_id = ?");
        history.run(null);
        assertThat(count("select count(*) from client where ips_team_id = ?")).isEqualTo(before);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(DEMO_TEAM).query(Long.class).single();
    }

    private Document page(String username, String path) throws Exception {
        return Jsoup.parse(mvc.perform(users.as(username, get(path))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
