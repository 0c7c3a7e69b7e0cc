package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The client record: everything recorded, oldest first, on one printable page; each view logged; others see nothing. */
@PlaceraIT
class ClientRecordIT {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void theRecordTellsTheServiceInOrderAndEveryViewIsLogged() throws Exception {
        String coach = users.newCoach();
        UUID id = UUID.randomUUID();
        mvc.perform(users.as(coach, SWEDISH, post("/clients")).param("id", id.toString()).param("firstName", "Tilda")
                .param("lastName", "Tidslinje").param("preferredLanguage", "sv")
                .param("ipsTeamId", "6a1f0000-0000-4000-8000-000000000001"));
        mvc.perform(users.as(coach, SWEDISH, post("/clients/" + id + "/referral")).param("source", "SELF").param("referredOn", "3.1.2026")
                .param("wishToWork", "Jobb på ett bibliotek"));
        mvc.perform(users.as(coach, SWEDISH, post("/clients/" + id + "/outreach")).param("attemptedOn", "5.1.2026").param("channel", "PHONE")
                .param("outcome", "REACHED"));
        mvc.perform(users.as(coach, SWEDISH, post("/clients/" + id + "/agreement")).param("agreedOn", "7.1.2026")
                .param("howAgreed", "PAPER_SIGNATURE"));
        mvc.perform(users.as(coach, SWEDISH, post("/clients/" + id + "/counselling")).param("key", UUID.randomUUID().toString())
                .param("counselledOn", "9.1.2026").param("counsellor", "COACH").param("topics", "HOUSING_ALLOWANCE"));
        long logged = reads(id);

        var page = Jsoup.parse(mvc.perform(users.as(coach, SWEDISH, get("/clients/" + id + "/record"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        List<String> rows = page.select("table.timeline tbody tr").eachText();
        assertThat(rows).containsExactly(
                "3.1.2026 Remitterad: Egen kontakt Jobb på ett bibliotek",
                "5.1.2026 Kontaktförsök: Telefonsamtal, Klienten nåddes",
                "7.1.2026 Samarbetsavtal ingicks: Undertecknat på papper",
                "9.1.2026 Förmånsrådgivning: Bostadsbidrag");
        assertThat(reads(id)).isEqualTo(logged + 1);
        mvc.perform(users.as("careteam", SWEDISH, get("/clients/" + id + "/record"))).andExpect(status().isNotFound());
    }

    private long reads(UUID client) {
        return jdbc.sql("select count(*) from access_log where client_id = ? and outcome = 'GRANTED'").param(client)
                .query(Long.class).single();
    }
}
