package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.ObjectMapper;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rights requests: made by the client with a one-month deadline, handled in the area's queue through guarded states
 * with their history, a restriction that shuts out everyone but the team leaders until lifted, and the copy of the
 * data the client downloads, recorded as a completed request.
 */
@PlaceraIT
class RightsRequestsIT {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private UUID client(String coach) throws Exception {
        return given.client(coach).named("Oili", "Oikeus").create();
    }

    private String account(String coach, UUID client) throws Exception {
        String page = mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(coach)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).isTrue();
        String username = "oili." + client.toString().substring(0, 8);
        mvc.perform(post("/invite/" + link.group(1)).with(csrf()).param("username", username)
                .param("passphrase", "neljä sinistä lintua").param("repeated", "neljä sinistä lintua"));
        return username;
    }

    private UUID onlyRequest(UUID client, String kind) {
        return jdbc.sql("select id from rights_request where client_id = ? and kind = ?").params(client, kind)
                .query(UUID.class).single();
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return Jsoup.parse(mvc.perform(request.locale(Locale.forLanguageTag("fi"))).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void aRequestHasAOneMonthDeadlineAndMovesThroughGuardedStatesWithItsHistory() throws Exception {
        String coach = users.newCoach();
        UUID client = client(coach);
        String me = account(coach, client);

        Document refused = page(post("/me/requests").with(users.as(me)).with(csrf()).param("kind", "RECTIFICATION"));
        assertThat(refused.getElementById("details-error")).isNotNull();
        assertThat(refused.getElementById("kind-RECTIFICATION").hasAttr("checked")).isTrue();
        String tooLong = "väärin ".repeat(400);
        Document kept = page(post("/me/requests").with(users.as(me)).with(csrf()).param("kind", "RECTIFICATION")
                .param("details", tooLong));
        assertThat(kept.getElementById("details").text()).isEqualTo(tooLong.strip());
        assertThat(jdbc.sql("select count(*) from rights_request where client_id = ?").param(client)
                .query(Integer.class).single()).isZero();

        mvc.perform(post("/me/requests").with(users.as(me)).with(csrf()).param("kind", "RECTIFICATION")
                .param("details", "Sukunimeni on Oikeus-Rinne")).andExpect(status().is3xxRedirection());
        UUID id = onlyRequest(client, "RECTIFICATION");
        var row = jdbc.sql("select received_at, due_on, state from rights_request where id = ?").param(id)
                .query((rs, n) -> List.of(rs.getTimestamp(1), rs.getObject(2, LocalDate.class), rs.getString(3))).single();
        assertThat(row.get(1)).isEqualTo(RightsRequest.deadline(((Timestamp) row.get(0)).toInstant()));
        assertThat(row.get(2)).isEqualTo("RECEIVED");

        assertThat(page(get("/rights-requests").with(users.as("teamleader")))
                .select("#rights-queue a[href$=" + id + "]")).hasSize(1);
        assertThat(page(get("/me/requests").with(users.as(me))).select("#my-requests li").text())
                .contains("Korjaa tietojani").contains("Vastaanotettu");

        mvc.perform(post("/rights-requests/" + id).with(users.as("teamleader")).with(csrf()).param("state", "IN_PROGRESS")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        Document noReason = page(post("/rights-requests/" + id).with(users.as("teamleader")).with(csrf())
                .param("state", "REFUSED").param("version", "1"));
        assertThat(noReason.getElementById("note-error").text()).contains("perustelu");
        Document stale = page(post("/rights-requests/" + id).with(users.as("teamleader")).with(csrf())
                .param("state", "COMPLETED").param("note", "Korjattu").param("version", "0"));
        assertThat(stale.select(".alert--error").text()).contains("tallensi");
        mvc.perform(post("/rights-requests/" + id).with(users.as("teamleader")).with(csrf()).param("state", "COMPLETED")
                .param("note", "Sukunimi korjattu").param("version", "1")).andExpect(status().is3xxRedirection());
        Document done = page(get("/rights-requests/" + id).with(users.as("teamleader")));
        assertThat(done.select("#request-history li")).hasSize(3);
        assertThat(done.getElementById("request-state").text()).isEqualTo("Valmis");
        assertThat(done.select("input[name=state]")).as("a closed request has no next step").isEmpty();
        assertThat(page(get("/me/requests").with(users.as(me))).select("#my-requests li").text())
                .contains("Valmis: Sukunimi korjattu");
        // opening the request was a logged read of the client's data
        assertThat(jdbc.sql("select count(*) from access_log where client_id = ? and username = 'teamleader' "
                + "and purpose = 'rights request'").param(client).query(Integer.class).single()).isPositive();
    }

    @Test
    void theCoachRecordsARequestOnTheClientsBehalfWithTheSameDeadline() throws Exception {
        String coach = users.newCoach();
        UUID client = client(coach);
        Document refused = page(post("/clients/" + client + "/rights-requests").with(users.as(coach)).with(csrf())
                .param("kind", "RESTRICTION").param("details", " "));
        assertThat(refused.getElementById("details-error")).isNotNull();
        mvc.perform(post("/clients/" + client + "/rights-requests").with(users.as(coach)).with(csrf())
                .param("kind", "ERASURE")).andExpect(status().isOk());
        UUID id = onlyRequest(client, "ERASURE");
        assertThat(page(get("/rights-requests/" + id).with(users.as("teamleader"))).text())
                .contains("asiakastietolaki (703/2023)");
        mvc.perform(post("/clients/" + client + "/rights-requests").with(users.as(users.newCoachOfAnotherTeam()))
                .with(csrf()).param("kind", "ERASURE")).andExpect(status().isNotFound());
    }

    @Test
    void aCorrectionKeepsThePreviousValueWithWhoAndWhy() throws Exception {
        String coach = users.newCoach();
        UUID client = client(coach);
        String me = account(coach, client);
        mvc.perform(post("/me/requests").with(users.as(me)).with(csrf()).param("kind", "RECTIFICATION")
                .param("details", "Sukunimeni on Oikeus-Rinne"));
        UUID id = onlyRequest(client, "RECTIFICATION");

        Document refused = page(post("/rights-requests/" + id + "/correction").with(users.as("teamleader")).with(csrf())
                .param("field", "LAST_NAME").param("newValue", "Oikeus-Rinne").param("reason", " "));
        assertThat(refused.getElementById("reason-error")).isNotNull();
        assertThat(refused.getElementById("newValue").val()).isEqualTo("Oikeus-Rinne");
        mvc.perform(post("/rights-requests/" + id + "/correction").with(users.as("teamleader")).with(csrf())
                .param("field", "LAST_NAME").param("newValue", "Oikeus-Rinne").param("reason", "Asiakkaan pyyntö, passi nähty"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select last_name from client where id = ?").param(client).query(String.class).single())
                .isEqualTo("Oikeus-Rinne");
        assertThat(jdbc.sql("""
                        select previous_value || '>' || new_value || '>' || reason || '>' || a.username
                        from client_correction c join user_account a on a.id = c.corrected_by where client_id = ?""")
                .param(client).query(String.class).single())
                .isEqualTo("Oikeus>Oikeus-Rinne>Asiakkaan pyyntö, passi nähty>teamleader");
        assertThat(page(get("/rights-requests/" + id).with(users.as("teamleader"))).select("#corrections li").text())
                .contains("Oikeus → Oikeus-Rinne");
    }

    @Test
    void aRestrictedRecordIsOpenOnlyToTeamLeadersUntilLifted() throws Exception {
        String coach = users.newCoach();
        UUID client = client(coach);
        String me = account(coach, client);
        mvc.perform(post("/me/requests").with(users.as(me)).with(csrf()).param("kind", "RESTRICTION")
                .param("details", "Riita tietojen oikeellisuudesta"));
        UUID id = onlyRequest(client, "RESTRICTION");

        Document noReason = page(post("/rights-requests/" + id + "/restriction").with(users.as("teamleader")).with(csrf()));
        assertThat(noReason.getElementById("note-error")).isNotNull();
        mvc.perform(post("/rights-requests/" + id + "/restriction").with(users.as("teamleader")).with(csrf())
                .param("note", "Asiakas kiistää tietojen oikeellisuuden")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/clients/" + client).with(users.as(coach))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + client).with(users.as("teamleader"))).andExpect(status().isOk());
        assertThat(jdbc.sql("select outcome from access_log where client_id = ? and username = ? order by id desc limit 1")
                .params(client, coach).query(String.class).single()).isEqualTo("DENIED");

        mvc.perform(post("/rights-requests/" + id + "/restriction/lift").with(users.as("teamleader")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/clients/" + client).with(users.as(coach))).andExpect(status().isOk());
    }

    @Test
    void theClientDownloadsACopyAsJsonAndPdfAndEachIsACompletedRequest() throws Exception {
        String coach = users.newCoach();
        UUID client = client(coach);
        String me = account(coach, client);
        mvc.perform(get("/clients/" + client).with(users.as(coach)));

        var response = mvc.perform(get("/me/export.json").with(users.as(me))).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        var export = json.readTree(response.getContentAsByteArray());
        assertThat(export.get("tables").get("client").get(0).get("id").asString()).isEqualTo(client.toString());
        assertThat(export.get("tables").get("client_account")).hasSize(1);
        assertThat(export.get("accessLog").size()).as("the coach's read").isPositive();
        byte[] pdf = mvc.perform(get("/me/export.pdf").with(users.as(me))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(jdbc.sql("select state from rights_request where client_id = ? and kind = 'ACCESS'").param(client)
                .query(String.class).list()).containsExactly("COMPLETED", "COMPLETED");
    }
}
