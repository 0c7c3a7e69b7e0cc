package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.WebSession;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The REST API of the client journey: the same rules, access decisions and messages as the pages, in JSON. */
@PlaceraIT
class ClientApiIT {

    private static final String TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TableChecksum checksum;
    @Autowired ObjectMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;
    @LocalServerPort int port;

    private String coach;

    @BeforeEach
    void freshCoach() {
        coach = users.newCoach();
    }

    private ResultActions send(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "fi").content(body));
    }

    private UUID registered() throws Exception {
        UUID id = UUID.randomUUID();
        send(coach, post("/api/v1/clients"), """
                {"id": "%s", "firstName": "Jaana", "lastName": "Json", "preferredLanguage": "fi", "ipsTeamId": "%s"}
                """.formatted(id, TEAM)).andExpect(status().isCreated()).andExpect(jsonPath("$.lastName").value("Json"));
        return id;
    }

    private UUID agreed() throws Exception {
        UUID id = registered();
        send(coach, post("/api/v1/clients/" + id + "/agreement"), """
                {"agreedOn": "2026-01-05", "howAgreed": "STRONG_IDENTIFICATION"}""").andExpect(status().isCreated());
        return id;
    }

    @Test
    void aCoachWalksTheJourneyInJson() throws Exception {
        UUID id = registered();
        String base = "/api/v1/clients/" + id;
        send(coach, post(base + "/referral"), """
                {"source": "CARE_TEAM", "careTeamId": "%s", "referredOn": "2026-01-02", "wishToWork": "Kirjastoon"}
                """.formatted(CARE_VAASA)).andExpect(status().isCreated()).andExpect(jsonPath("$.referral.source").value("CARE_TEAM"));
        send(coach, post(base + "/referral/outreach-attempts"), """
                {"attemptedOn": "2026-01-03", "channel": "PHONE", "outcome": "REACHED"}""")
                .andExpect(jsonPath("$.attempts", hasSize(1)));
        send(coach, post(base + "/agreement"), """
                {"agreedOn": "2026-01-05", "howAgreed": "PAPER_SIGNATURE"}""").andExpect(status().isCreated());
        send(coach, post(base + "/consents"), """
                {"party": "CARE_TEAM", "careTeamId": "%s", "kind": "ACTION_PLAN", "validFrom": "2026-01-05"}
                """.formatted(CARE_VAASA)).andExpect(status().isCreated());
        send(coach, post(base + "/counselling"), """
                {"key": "%s", "counselledOn": "2026-01-06", "counsellor": "COACH", "topics": ["EARNINGS_LIMITS"]}
                """.formatted(UUID.randomUUID())).andExpect(jsonPath("$.dues[0].met").value(true));
        send(coach, post(base + "/plan"), """
                {"startedOn": "2026-01-31", "goals": "Työ kirjastossa"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reviewsDue[0].dueOn").value("2026-04-30"));
        send(coach, post(base + "/profile/meetings"), """
                {"key": "%s", "metOn": "2026-02-02", "covered": "Vahvuudet"}""".formatted(UUID.randomUUID()))
                .andExpect(jsonPath("$.meetings[0].number").value(1));
        send(coach, put(base + "/profile"), """
                {"basedOnVersion": 0, "content": {"preferredWork": "Kirjasto", "disclosure": "UNDECIDED"}}""")
                .andExpect(jsonPath("$.profile.version").value(1));
        send(coach, post(base + "/disclosure-discussions"), """
                {"key": "%s", "discussion": {"discussedOn": "2026-02-02", "decision": "NOT_DISCLOSE"}}"""
                .formatted(UUID.randomUUID())).andExpect(jsonPath("$.disclosureDiscussions[0].decision").value("NOT_DISCLOSE"));
        send(coach, post(base + "/plan/reviews"), """
                {"reviewedOn": "2026-05-02", "milestone": 3, "whatChanged": "Työkokeilu"}""")
                .andExpect(jsonPath("$.reviewsDue[0].done").value(true));
        mvc.perform(get("/api/v1/clients").with(users.as(coach))).andExpect(jsonPath("$[*].id", hasItem(id.toString())));
    }

    @Test
    void refusalsAreProblemsWithTheFieldAndTheMessageInTheCallersLanguage() throws Exception {
        UUID id = agreed();
        String before = checksum.of("action_plan");
        for (String[] language : new String[][] {{"fi", "Päivämäärä on tulevaisuudessa."},
                {"sv", "Datumet ligger i framtiden."}, {"en", "This date is in the future."}}) {
            mvc.perform(post("/api/v1/clients/" + id + "/plan").with(users.as(coach)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language[0])
                            .content("{\"startedOn\": \"2099-01-01\", \"goals\": \"x\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("startedOn"))
                    .andExpect(jsonPath("$.errors[0].code").value("form.date.future"))
                    .andExpect(jsonPath("$.errors[0].message").value(language[1]));
        }
        send(coach, post("/api/v1/clients"), """
                {"id": "%s", "firstName": "A", "lastName": "B", "identityCode": "300223-123X", "preferredLanguage": "fi",
                 "ipsTeamId": "%s"}""".formatted(UUID.randomUUID(), TEAM))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("identityCode"));
        assertThat(checksum.of("action_plan")).isEqualTo(before);
    }

    @Test
    void unknownFieldsWrongTypesAndStaleVersionsAreRefusedNeverAServerError() throws Exception {
        UUID id = agreed();
        String plan = "/api/v1/clients/" + id + "/plan";
        send(coach, post(plan), "{\"startedOn\": \"2026-01-06\", \"goals\": \"x\", \"admin\": true}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("api.unreadable"));
        send(coach, post(plan), "{\"startedOn\": \"30.2.2026\", \"goals\": \"x\"}").andExpect(status().isBadRequest());
        send(coach, post(plan), "{\"goals\": \"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startedOn"));
        send(coach, post(plan), "{\"startedOn\": \"2026-01-06\", \"goals\": \"Alku\"}").andExpect(status().isCreated());
        send(coach, put(plan), "{\"version\": 1, \"goals\": \"Ensimmäinen\"}").andExpect(status().isOk());
        send(coach, put(plan), "{\"version\": 1, \"goals\": \"Toinen\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].code").value("form.conflict"));
        send(coach, post("/api/v1/clients/" + id + "/referral"), "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
    }

    @Test
    void aCareTeamSeesOnlyTheKindsTheClientConsentedToAndNothingAfterAWithdrawal() throws Exception {
        UUID id = agreed();
        String base = "/api/v1/clients/" + id;
        send(coach, post(base + "/plan"), "{\"startedOn\": \"2026-01-06\", \"goals\": \"Alku\"}");
        mvc.perform(get(base + "/plan").with(users.as("careteam"))).andExpect(status().isNotFound());
        String consent = json.readTree(send(coach, post(base + "/consents"), """
                {"party": "CARE_TEAM", "careTeamId": "%s", "kind": "ACTION_PLAN", "validFrom": "2026-01-05"}
                """.formatted(CARE_VAASA)).andReturn().getResponse().getContentAsString()).get("id").asText();
        mvc.perform(get(base + "/plan").with(users.as("careteam"))).andExpect(status().isOk());
        mvc.perform(get(base + "/profile").with(users.as("careteam"))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/counselling").with(users.as("careteam"))).andExpect(status().isNotFound());
        send(coach, post(base + "/consents/" + consent + "/withdrawal"), "").andExpect(status().isOk());
        mvc.perform(get(base + "/plan").with(users.as("careteam"))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(users.as(users.newCoach()))).andExpect(status().isOk());
    }

    @Test
    void callersAreToldWithStatusCodesNotRedirectsAndChangesNeedTheCsrfToken() throws Exception {
        mvc.perform(get("/api/v1/clients")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/clients").with(users.as("manager"))).andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        WebSession session = new WebSession(port);
        session.logIn("coach2", users);
        JsonNode signedIn = json.readTree(session.get("/api/v1/session").body());
        assertThat(signedIn.get("csrfHeader").asText()).isEqualTo("X-CSRF-TOKEN");
        String client = """
                {"id": "%s", "firstName": "Tero", "lastName": "Token", "preferredLanguage": "fi", "ipsTeamId": "%s"}
                """.formatted(UUID.randomUUID(), TEAM);
        var withoutToken = session.postJson("/api/v1/clients", client);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(session.postJson("/api/v1/clients", client, "X-CSRF-TOKEN", signedIn.get("csrfToken").asText())
                .statusCode()).isEqualTo(201);
    }

    /** Placera's own controllers, not the OpenAPI endpoint itself or the tests' helpers. */
    private static boolean placeras(Class<?> controller) {
        return controller.getPackageName().startsWith("fi.placera") && !controller.getPackageName().startsWith("fi.placera.testing");
    }

    @Test
    void theOpenApiDescriptionListsEveryApiOperation() throws Exception {
        JsonNode spec = json.readTree(mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Set<String> documented = new TreeSet<>();
        spec.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> documented.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        documented.removeIf(operation -> operation.contains("/api/v1/test-support/"));
        Set<String> served = new TreeSet<>();
        handlers.getHandlerMethods().forEach((info, method) -> info.getPathPatternsCondition().getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/v1/") && placeras(method.getBeanType()))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> served.add(verb + " " + pattern))));
        assertThat(served).isNotEmpty();
        assertThat(documented).isEqualTo(served);
        spec.get("paths").properties().stream().filter(path -> !path.getKey().contains("/test-support/"))
                .forEach(path -> path.getValue().properties().forEach(operation ->
                        assertThat(operation.getValue().path("summary").asText()).as(path.getKey()).isNotBlank()));
    }
}
