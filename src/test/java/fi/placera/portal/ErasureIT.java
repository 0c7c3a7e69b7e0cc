package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.evaluation.Questionnaires;
import fi.placera.notifications.Notifications;
import fi.placera.portal.internal.ClientDataExport;
import fi.placera.portal.internal.Erasure;
import fi.placera.portal.internal.ErasureRules;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * PR3 erasure: refused while the client is served; once the service has ended, the team leader's erasure removes the
 * client's rows from every table the rules erase (comments, questionnaire answers, the sign-in), keeps the rest (the
 * record, the log, the requests) listed with the ground, completes the request with that list and logs it (ERASE).
 */
@PlaceraIT
class ErasureIT {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final String TEAM = "6a1f0000-0000-4000-8000-000000000001";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired Questionnaires questionnaires;
    @Autowired Erasure erasure;
    @Autowired Notifications notifications;
    @Autowired ClientDataExport export;
    @Autowired @FlywayDataSource DataSource migrations;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.locale(Locale.forLanguageTag("fi"))).andReturn().getResponse()
                .getContentAsString());
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void erasureRemovesWhatTheRulesEraseKeepsTheRestAndCompletesTheRequestWithTheList() throws Exception {
        String coach = users.newCoach();
        UUID client = given.client(coach).named("Eeva", "Erase").agreedOn("2.1.2026", "PAPER_SIGNATURE")
                .plan("Työ kirjastossa", null).create();
        String page = mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(coach)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).isTrue();
        String me = "eeva." + client.toString().substring(0, 8);
        mvc.perform(post("/invite/" + link.group(1)).with(csrf()).param("username", me)
                .param("passphrase", "viisi vihreää sammakkoa").param("repeated", "viisi vihreää sammakkoa"));
        UUID account = jdbc.sql("select account_id from client_account where client_id = ?").param(client)
                .query(UUID.class).single();
        mvc.perform(post("/me/comments").with(users.as(me)).with(csrf()).param("comment", "Haluan aamuvuoroja"))
                .andExpect(status().is3xxRedirection());
        // contact details with a message waiting for the address
        String email = "eeva-" + client.toString().substring(0, 8) + "@example.fi";
        mvc.perform(post("/clients/" + client + "/contact").with(users.as(coach)).with(csrf()).param("email", email)
                .param("emailAllowed", "true")).andExpect(status().is3xxRedirection());
        notifications.toClient(client, Notifications.Kind.QUESTIONNAIRE_REMINDER, List.of("/me"));
        short area = jdbc.sql("select area_id from client where id = ?").param(client).query(Short.class).single();
        Questionnaires.IssuedLink issued = questionnaires.issueLink(new Questionnaires.NewResponse(UUID.randomUUID(),
                "WHO-5", area, UUID.fromString(TEAM), client, "BASELINE", null, null, null, account), "fi", 14);
        assertThat(questionnaires.answerByLink(issued.token(),
                Map.of("1", "3", "2", "4", "3", "2", "4", "5", "5", "1"), true)).isTrue();
        mvc.perform(post("/me/requests").with(users.as(me)).with(csrf()).param("kind", "ERASURE")
                .param("details", "Poistakaa kaikki mitä voi")).andExpect(status().is3xxRedirection());
        UUID request = jdbc.sql("select id from rights_request where client_id = ? and kind = 'ERASURE'").param(client)
                .query(UUID.class).single();

        assertThat(count("select count(*) from client_comment where client_id = ?", client)).isEqualTo(1);
        assertThat(count("select count(*) from evaluation_answer a join evaluation_response r on r.id = a.response_id "
                + "where r.client_id = ?", client)).isEqualTo(5);

        // still served: refused with the reason, nothing erased, the request stays open
        Document before = page(get("/rights-requests/" + request).with(users.as("teamleader")));
        assertThat(before.getElementById("erasure-in-service")).isNotNull();
        assertThat(before.select("#retained-tables").text()).contains("access_log").contains("action_plan")
                .contains("asiakastietolaki (703/2023)");
        assertThat(before.select("#erased-tables").text()).contains("client_comment").contains("evaluation_answer");
        Document refused = page(post("/rights-requests/" + request + "/erasure").with(users.as("teamleader"))
                .with(csrf()).param("version", "0"));
        assertThat(refused.select(".alert--error").text()).contains("palvelu jatkuu");
        assertThat(count("select count(*) from client_comment where client_id = ?", client)).isEqualTo(1);
        // nor can the request be marked done without carrying the erasure out
        Document shortcut = page(post("/rights-requests/" + request).with(users.as("teamleader")).with(csrf())
                .param("state", "COMPLETED").param("version", "0"));
        assertThat(shortcut.getElementById("state-error").text()).contains("toteuttamalla poisto");

        mvc.perform(post("/clients/" + client + "/service/end").with(users.as(coach)).with(csrf())
                .param("serviceEndedOn", "3.2.2026").param("serviceEndReason", "CLIENT_CHOICE").param("serviceEndDestination", "OTHER")
                .param("serviceEndNote", "Muutti pois")).andExpect(status().is3xxRedirection());
        Document stale = page(post("/rights-requests/" + request + "/erasure").with(users.as("teamleader"))
                .with(csrf()).param("version", "7"));
        assertThat(stale.select(".alert--error").text()).contains("tallensi");
        mvc.perform(post("/rights-requests/" + request + "/erasure").with(users.as("teamleader")).with(csrf())
                .param("version", "0")).andExpect(status().is3xxRedirection());

        // erased
        assertThat(count("select count(*) from client_comment where client_id = ?", client)).isZero();
        assertThat(count("select count(*) from client_contact where client_id = ?", client)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(email)
                .query(Integer.class).single()).as("messages to the erased address").isZero();
        assertThat(count("select count(*) from evaluation_response where client_id = ?", client)).isZero();
        assertThat(count("select count(*) from evaluation_answer where response_id = ?", issued.responseId())).isZero();
        assertThat(count("select count(*) from evaluation_link where response_id = ?", issued.responseId())).isZero();
        assertThat(count("select count(*) from client_account where client_id = ?", client)).isZero();
        assertThat(count("select count(*) from client_invite where client_id = ?", client)).isZero();
        assertThat(jdbc.sql("select enabled, username from user_account where id = ?").param(account)
                .query((rs, n) -> rs.getBoolean(1) + " " + rs.getString(2)).single()).startsWith("false erased-");
        assertThat(count("select count(*) from mfa_credential where account_id = ?", account)).isZero();
        assertThat(count("select count(*) from user_account where username = ?", me)).as("the sign-in name is gone")
                .isZero();
        // kept
        assertThat(count("select count(*) from client where id = ?", client)).isEqualTo(1);
        assertThat(count("select count(*) from action_plan where client_id = ?", client)).isEqualTo(1);
        assertThat(count("select count(*) from action_plan_version v join action_plan p on p.id = v.plan_id "
                + "where p.client_id = ?", client)).isEqualTo(1);
        assertThat(count("select count(*) from cooperation_agreement where client_id = ?", client)).isEqualTo(1);
        assertThat(count("select count(*) from service_end where client_id = ?", client)).isEqualTo(1);
        assertThat(count("select count(*) from access_log where client_id = ?", client)).isPositive();
        assertThat(count("select count(*) from rights_request_event where request_id = ?", request)).isEqualTo(2);
        // done with the list, in the client's language, and logged
        String resolution = jdbc.sql("select state || ': ' || resolution from rights_request where id = ?")
                .param(request).query(String.class).single();
        assertThat(resolution).startsWith("COMPLETED: Poistettu:")
                .contains("Omat kommenttisi ja kirjautumisesi Placeraan (tunnus ja kutsut) (3 tietuetta)")
                .contains("Vastauksesi palvelun arvioinnin kyselyihin (7 tietuetta)")
                .contains("Säilytetään, perusteena:").contains("asiakastietolaki (703/2023)");
        assertThat(count("select count(*) from access_log where client_id = ? and username = 'teamleader' "
                + "and action = 'ERASE' and outcome = 'GRANTED'", client)).isEqualTo(1);
        Document after = page(get("/rights-requests/" + request + "?erased").with(users.as("teamleader")));
        assertThat(after.getElementById("erased")).isNotNull();
        assertThat(after.getElementById("request-state").text()).isEqualTo("Valmis");
        assertThat(after.select("#request-history").text()).contains("Poistettu:");
        // a second erasure of a closed request is refused
        Document again = page(post("/rights-requests/" + request + "/erasure").with(users.as("teamleader"))
                .with(csrf()).param("version", "1"));
        assertThat(again.select("form[action$=/erasure]")).isEmpty();
    }

    @Test
    void aCoachOrAnotherAreaCannotCarryOutAnErasure() throws Exception {
        String coach = users.newCoach();
        UUID client = given.client(coach).named("Kalle", "Kielto").create();
        mvc.perform(post("/clients/" + client + "/rights-requests").with(users.as(coach)).with(csrf())
                .param("kind", "ERASURE")).andExpect(status().isOk());
        UUID request = jdbc.sql("select id from rights_request where client_id = ? and kind = 'ERASURE'").param(client)
                .query(UUID.class).single();
        mvc.perform(post("/rights-requests/" + request + "/erasure").with(users.as(coach)).with(csrf())
                .param("version", "0")).andExpect(status().isForbidden());
        assertThat(count("select count(*) from rights_request where id = ? and state = 'RECEIVED'", request))
                .isEqualTo(1);
    }

    @Test
    void everyTableTheExportFindsHasAnErasureRuleAndEveryErasedTableCanBeReached() {
        assertThat(erasure.tablesWithoutRule()).as("client tables without an erasure rule").isEmpty();
        var sources = export.sources().stream().map(ClientDataExport.Source::table).toList();
        ErasureRules.RULES.forEach((table, rule) -> {
            if (rule.erase()) {
                assertThat(sources).as("an erased table the erasure can reach from the client").contains(table);
            }
        });
        for (ClientDataExport.ForeignKey key : export.singleColumnForeignKeys()) {
            ErasureRules.Rule parent = ErasureRules.RULES.get(key.parentTable());
            ErasureRules.Rule child = ErasureRules.RULES.get(key.table());
            if (parent != null && parent.erase()) {
                assertThat(child).as(key.table() + " references erased " + key.parentTable()).isNotNull();
                assertThat(child.erase()).as(key.table() + " is kept but references erased " + key.parentTable())
                        .isTrue();
            }
        }
    }

    @Test
    void aNewTableWithClientDataAndNoRuleFailsTheCheckAndStopsAnErasure() {
        JdbcClient owner = JdbcClient.create(migrations);
        try {
            owner.sql("create table probe_erasure_note (id uuid primary key, client_id uuid references client (id))")
                    .update();
            assertThat(erasure.tablesWithoutRule()).containsExactly("probe_erasure_note");
        } finally {
            owner.sql("drop table if exists probe_erasure_note").update();
        }
        assertThat(erasure.tablesWithoutRule()).isEmpty();
    }
}
