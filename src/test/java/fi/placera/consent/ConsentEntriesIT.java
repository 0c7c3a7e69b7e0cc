package fi.placera.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 28 §8, decision 0066: several kinds of information for one party in one consent entry. One submit writes one
 * consent row per kind, all or none, sharing the entry; every reader of consents answers as for kinds given one by
 * one; the consents table shows the entry as one row with each kind's state.
 */
@PlaceraIT
class ConsentEntriesIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final String CARE_TEAM = "CARE_TEAM:" + Given.CARE_VAASA;

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private String coach;
    private UUID client;

    @BeforeEach
    void anEnrolledClientWithoutConsents() throws Exception {
        coach = users.newCoach();
        client = given.client(coach).named("Kaisa", "Kirjo").agreedOn("2.1.2026").plan("Työ kaupassa", null).create();
    }

    @Test
    void severalKindsForOnePartyInOneSubmitAreOneEntryWithARowPerKindThatEveryReaderReads() throws Exception {
        String api = "/api/v1/clients/" + client;
        assertThat(mvc.perform(get("/clients/" + client + "/plan").with(users.as("careteam"))).andReturn()
                .getResponse().getStatus()).as("no consent yet").isEqualTo(404);
        mvc.perform(consent(CARE_TEAM, "2.1.2026", "IDENTITY", "ACTION_PLAN", "VOCATIONAL_PROFILE"))
                .andExpect(redirectedUrl("/clients/" + client + "/consents"));

        assertThat(jdbc.sql("select kind from consent where client_id = ? order by kind").param(client)
                .query(String.class).list()).containsExactly("ACTION_PLAN", "IDENTITY", "VOCATIONAL_PROFILE");
        assertThat(jdbc.sql("select count(distinct entry_id) from consent where client_id = ?").param(client)
                .query(Integer.class).single()).as("one entry").isEqualTo(1);
        assertThat(jdbc.sql("select kind from consent_facts_in_force(?) where client_id = ? order by kind")
                .params(today(), client).query(String.class).list())
                .containsExactly("ACTION_PLAN", "IDENTITY", "VOCATIONAL_PROFILE");
        // the access decision reads each kind: the care team reads the plan and the profile
        mvc.perform(get(api + "/plan").with(users.as("careteam"))).andExpect(status().isOk());
        mvc.perform(get(api + "/profile").with(users.as("careteam"))).andExpect(status().isOk());

        mvc.perform(consent("EMPLOYMENT_SERVICES", "1.1.2026", "EMPLOYMENT"))
                .andExpect(redirectedUrl("/clients/" + client + "/consents"));
        Document page = consentsPart();
        List<Element> entries = page.select("tr.consent-entry");
        assertThat(entries).as("two entries: one row each").hasSize(2);
        Element careTeam = entries.stream().filter(row -> row.select("[data-kind]").size() == 3).findFirst().orElseThrow();
        assertThat(careTeam.select("[data-kind]").eachAttr("data-kind"))
                .containsExactly("ACTION_PLAN", "IDENTITY", "VOCATIONAL_PROFILE");
        assertThat(careTeam.select(".consent-state").eachText()).containsExactly("Voimassa", "Voimassa", "Voimassa");
        assertThat(careTeam.select("form[action$=/withdraw] button").eachText())
                .as("each kind is withdrawn on its own").hasSize(3);

        // withdrawing one kind of the entry leaves the others in force
        UUID plan = jdbc.sql("select id from consent where client_id = ? and kind = 'ACTION_PLAN'").param(client)
                .query(UUID.class).single();
        mvc.perform(post("/clients/" + client + "/consents/" + plan + "/withdraw").with(users.as(coach)).with(csrf()))
                .andExpect(redirectedUrl("/clients/" + client + "/consents"));
        mvc.perform(get(api + "/plan").with(users.as("careteam"))).andExpect(status().isNotFound());
        mvc.perform(get(api + "/profile").with(users.as("careteam"))).andExpect(status().isOk());
        assertThat(consentsPart().select("tr.consent-entry:has([data-kind=IDENTITY]) .consent-state").eachText())
                .containsExactly("Voimassa", "Voimassa");
    }

    @Test
    void noKindAnUnknownKindTheSameKindTwiceOrANulIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
        String before = checksum.of("consent");
        List<MockHttpServletRequestBuilder> refused = List.of(
                consent(CARE_TEAM, "2.1.2026"),
                consent(CARE_TEAM, "2.1.2026", "ACTION_PLAN", "HOROSCOPE"),
                consent(CARE_TEAM, "2.1.2026", "ACTION_PLAN", "IDENTITY", "ACTION_PLAN"),
                consent(CARE_TEAM, "2.1.2026", "ACTION_PLAN", "IDENTITY\u0000"));
        List<String> messages = new java.util.ArrayList<>();
        for (MockHttpServletRequestBuilder request : refused) {
            Document page = Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            assertThat(page.getElementById("kind-error")).as("a message next to the kinds").isNotNull();
            assertThat(page.select("#error-summary a[href=#kind]")).hasSize(1);
            messages.add(page.getElementById("kind-error").text());
        }
        assertThat(messages.get(0)).isEqualTo("Valitse vähintään yksi tiedon laji.");
        assertThat(messages.get(2)).contains("kahdesti");
        assertThat(checksum.of("consent")).isEqualTo(before);

        // the ticks of a refused form are kept
        Document again = Jsoup.parse(mvc.perform(consent(CARE_TEAM, "31.2.2026", "ACTION_PLAN", "EMPLOYMENT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again.select("input[name=kind][checked]").eachAttr("value")).containsExactly("ACTION_PLAN", "EMPLOYMENT");
        assertThat(checksum.of("consent")).isEqualTo(before);
    }

    @Test
    void theApiTakesAListOfKindsAndStillASingleKind() throws Exception {
        String base = "/api/v1/clients/" + client + "/consents";
        api(coach, base, """
                {"party": "CARE_TEAM", "partyId": "%s", "kinds": ["ACTION_PLAN", "EMPLOYMENT"], "validFrom": "2026-01-05"}"""
                .formatted(Given.CARE_VAASA)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("ACTION_PLAN"))
                .andExpect(jsonPath("$.consents.length()").value(2))
                .andExpect(jsonPath("$.consents[1].kind").value("EMPLOYMENT"))
                .andExpect(jsonPath("$.consents[1].entryId").value(
                        jdbc.sql("select entry_id::text from consent where client_id = ? and kind = 'ACTION_PLAN'")
                                .param(client).query(String.class).single()));
        api(coach, base, """
                {"party": "KELA", "kind": "BENEFITS", "validFrom": "2026-01-05"}""").andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty()).andExpect(jsonPath("$.kind").value("BENEFITS"))
                .andExpect(jsonPath("$.party").value("KELA")).andExpect(jsonPath("$.consents.length()").value(1));
        assertThat(jdbc.sql("select count(distinct entry_id) from consent where client_id = ?").param(client)
                .query(Integer.class).single()).isEqualTo(2);

        String before = checksum.of("consent");
        List<String> answers = new java.util.ArrayList<>();
        for (String body : List.of(
                "{\"party\": \"KELA\", \"kinds\": [], \"validFrom\": \"2026-01-05\"}",
                "{\"party\": \"KELA\", \"validFrom\": \"2026-01-05\"}",
                "{\"party\": \"KELA\", \"kinds\": [\"HEALTH\", \"HEALTH\"], \"validFrom\": \"2026-01-05\"}",
                "{\"party\": \"KELA\", \"kind\": \"HEALTH\", \"kinds\": [\"HEALTH\"], \"validFrom\": \"2026-01-05\"}",
                "{\"party\": \"KELA\", \"kinds\": [\"HEALTH\", null], \"validFrom\": \"2026-01-05\"}",
                "{\"party\": \"KELA\", \"kinds\": [\"HOROSCOPE\"], \"validFrom\": \"2026-01-05\"}",
                "{\"party\": \"KELA\", \"kinds\": [\"HEALTH\\u0000\"], \"validFrom\": \"2026-01-05\"}")) {
            var response = api(coach, base, body).andReturn().getResponse();
            answers.add(response.getStatus() + " " + response.getContentType() + " " + body);
        }
        assertThat(answers).allMatch(answer -> answer.startsWith("400 application/problem+json"));
        assertThat(checksum.of("consent")).isEqualTo(before);
    }

    @Test
    void anotherTeamAndAnEmergencyReaderRecordNoEntry() throws Exception {
        String stranger = users.newCoachOfAnotherTeam();
        String before = checksum.of("consent");
        mvc.perform(consentBy(stranger, CARE_TEAM, "2.1.2026", "ACTION_PLAN", "EMPLOYMENT"))
                .andExpect(status().isNotFound());
        api(stranger, "/api/v1/clients/" + client + "/consents", """
                {"party": "KELA", "kinds": ["BENEFITS", "EMPLOYMENT"], "validFrom": "2026-01-05"}""")
                .andExpect(status().isNotFound());

        mvc.perform(post("/clients/" + client + "/emergency").with(users.as(stranger)).with(csrf())
                        .param("reason", "Client called in crisis; own coach unreachable").param("kinds", "SERVICE_RECORD"))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(Jsoup.parse(mvc.perform(get("/clients/" + client + "/consents").with(users.as(stranger)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .select("form[action$=/consents]")).as("an emergency reader gets no form").isEmpty();
        mvc.perform(consentBy(stranger, CARE_TEAM, "2.1.2026", "ACTION_PLAN", "EMPLOYMENT"))
                .andExpect(status().isNotFound());
        api(stranger, "/api/v1/clients/" + client + "/consents", """
                {"party": "KELA", "kinds": ["BENEFITS", "EMPLOYMENT"], "validFrom": "2026-01-05"}""")
                .andExpect(status().isNotFound());
        assertThat(checksum.of("consent")).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder consent(String party, String from, String... kinds) {
        return consentBy(coach, party, from, kinds);
    }

    private MockHttpServletRequestBuilder consentBy(String user, String party, String from, String... kinds) {
        MockHttpServletRequestBuilder request = users.as(user, FINNISH, post("/clients/" + client + "/consents"))
                .param("party", party).param("validFrom", from);
        for (String kind : kinds) {
            request.param("kind", kind);
        }
        return request;
    }

    private ResultActions api(String user, String path, String body) throws Exception {
        return mvc.perform(post(path).with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private Document consentsPart() throws Exception {
        return Jsoup.parse(mvc.perform(get("/clients/" + client + "/consents").with(users.as(coach)).locale(FINNISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(users.clock().instant(), ZoneId.of("Europe/Helsinki"));
    }
}
