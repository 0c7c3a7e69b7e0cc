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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;
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
                """.formatted(CARE_VAASA)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.referral.source").value("CARE_TEAM"))
                .andExpect(jsonPath("$.referral.referredOn").value("2026-01-02"));
        send(coach, post(base + "/referral/outreach-attempts"), """
                {"attemptedOn": "2026-01-03", "channel": "PHONE", "outcome": "REACHED"}""")
                .andExpect(jsonPath("$.attempts", hasSize(1)));
        send(coach, post(base + "/agreement"), """
                {"agreedOn": "2026-01-05", "howAgreed": "PAPER_SIGNATURE"}""").andExpect(status().isCreated());
        send(coach, post(base + "/consents"), """
                {"party": "CARE_TEAM", "partyId": "%s", "kind": "ACTION_PLAN", "validFrom": "2026-01-05"}
                """.formatted(CARE_VAASA)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.partyId").value(CARE_VAASA));
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
    void aReferralEndsWithoutEnrolmentOnlyByTheClientsChoiceOrAfterThreeUnansweredAttempts() throws Exception {
        String referral = "/api/v1/clients/" + registered() + "/referral";
        send(coach, post(referral), "{\"source\": \"SELF\", \"referredOn\": \"2026-01-02\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attempts", hasSize(0)));
        send(coach, post(referral + "/end"), "{\"endReason\": \"UNREACHABLE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endReason"))
                .andExpect(jsonPath("$.errors[0].code").value("referral.unreachable.attempts"));
        for (String day : List.of("2026-01-03", "2026-01-10", "2026-01-17")) {
            send(coach, post(referral + "/outreach-attempts"), """
                    {"attemptedOn": "%s", "channel": "PHONE", "outcome": "NO_ANSWER"}""".formatted(day))
                    .andExpect(status().isCreated());
        }
        send(coach, post(referral + "/end"), "{\"endReason\": \"UNREACHABLE\", \"endNote\": \"Ei tavoitettu\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.referral.endReason").value("UNREACHABLE"))
                .andExpect(jsonPath("$.attempts", hasSize(3)));
        send(coach, post(referral + "/outreach-attempts"), """
                {"attemptedOn": "2026-01-18", "channel": "LETTER", "outcome": "NO_ANSWER"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("referral.ended"));
    }

    /**
     * Found by FormSweepIT's fuzzing (decision 0054): a referral naming a care team that does not exist was a 500 from
     * the database, and one naming another area's care team was stored; both are refused next to the field.
     */
    @Test
    void aReferralFromACareTeamOutsideTheClientsAreaIsRefusedAndNothingStored() throws Exception {
        UUID otherAreas = UUID.randomUUID();
        String code = "ELSEWHERE-" + otherAreas.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.sql("insert into care_team (id, area_id, code, name, version) values (?, 5, ?, 'Muun alueen hoitotiimi', 0)")
                .params(otherAreas, code).update();
        String before = checksum.of("referral");
        for (UUID careTeam : List.of(UUID.randomUUID(), otherAreas)) {
            send(coach, post("/api/v1/clients/" + registered() + "/referral"), """
                    {"source": "CARE_TEAM", "careTeamId": "%s", "referredOn": "2026-01-02"}""".formatted(careTeam))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("careTeamId"))
                    .andExpect(jsonPath("$.errors[0].code").value("referral.care-team.unknown"));
        }
        assertThat(checksum.of("referral")).isEqualTo(before);
        send(coach, post("/api/v1/clients/" + registered() + "/referral"), """
                {"source": "CARE_TEAM", "careTeamId": "%s", "referredOn": "2026-01-02"}""".formatted(CARE_VAASA))
                .andExpect(status().isCreated());
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

    /** A 400 problem naming the field, with the code's message in the language asked for. */
    private void refused(MockHttpServletRequestBuilder request, String body, String language, String field, String code)
            throws Exception {
        mvc.perform(request.with(users.as(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", language).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(messages.getMessage(code, null, Locale.forLanguageTag(language))));
    }

    @Test
    void jsonThatDoesNotFitIsRefusedNamingTheFieldInTheCallersLanguageNeverAServerError() throws Exception {
        UUID id = agreed();
        String base = "/api/v1/clients/" + id;
        String before = checksum.of("action_plan") + checksum.of("consent") + checksum.of("client");
        for (String language : List.of("fi", "sv", "en")) {
            refused(post(base + "/plan"), "{\"startedOn\": \"2026-01-06\", \"goals\": \"x\", \"admin\": true}",
                    language, "admin", "api.unknown-field");
            refused(post(base + "/plan"), "{\"startedOn\": \"30.2.2026\", \"goals\": \"x\"}", language, "startedOn",
                    "api.wrong-type");
            refused(post(base + "/plan"), "{\"goals\": \"x\"}", language, "startedOn", "validation.required");
            refused(post(base + "/consents"), """
                    {"party": "NEIGHBOUR", "kind": "ACTION_PLAN", "validFrom": "2026-01-05"}""", language, "party",
                    "api.wrong-type");
            refused(post(base + "/consents"), """
                    {"party": "CARE_TEAM", "kind": "ACTION_PLAN", "validFrom": "2026-01-05"}""", language, "partyId",
                    "validation.required");
            refused(post("/api/v1/clients"), """
                    {"id": "%s", "lastName": "B", "preferredLanguage": "fi", "ipsTeamId": "%s"}"""
                    .formatted(UUID.randomUUID(), TEAM), language, "firstName", "validation.required");
            // an id that is no id names no client: answered like a missing one (issue 21)
            mvc.perform(get("/api/v1/clients/not-a-uuid").with(users.as(coach)).header("Accept-Language", language))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
        send(coach, post(base + "/plan"), "{\"startedOn\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").doesNotExist())
                .andExpect(jsonPath("$.errors[0].code").value("api.unreadable"));
        assertThat(checksum.of("action_plan") + checksum.of("consent") + checksum.of("client")).isEqualTo(before);
    }

    @Test
    void aStaleVersionOfThePlanIsAConflictThatChangesNothing() throws Exception {
        String plan = "/api/v1/clients/" + agreed() + "/plan";
        send(coach, post(plan), "{\"startedOn\": \"2026-01-06\", \"goals\": \"Alku\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.plan.version").value(1));
        send(coach, put(plan), "{\"version\": 1, \"goals\": \"Ensimmäinen\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.version").value(2));
        String before = checksum.of("action_plan");
        send(coach, put(plan), "{\"version\": 1, \"goals\": \"Toinen\"}").andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("form.conflict"));
        assertThat(checksum.of("action_plan")).isEqualTo(before);
        send(coach, put(plan), "{\"goals\": \"Ilman versiota\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get(plan).with(users.as(coach))).andExpect(jsonPath("$.plan.goals").value("Ensimmäinen"));
    }

    @Test
    void aCareTeamSeesOnlyTheKindsTheClientConsentedToAndNothingAfterAWithdrawal() throws Exception {
        UUID id = agreed();
        String base = "/api/v1/clients/" + id;
        send(coach, post(base + "/plan"), "{\"startedOn\": \"2026-01-06\", \"goals\": \"Alku\"}");
        mvc.perform(get(base + "/plan").with(users.as("careteam"))).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        String consent = json.readTree(send(coach, post(base + "/consents"), """
                {"party": "CARE_TEAM", "partyId": "%s", "kind": "ACTION_PLAN", "validFrom": "2026-01-05"}
                """.formatted(CARE_VAASA)).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(get(base + "/plan").with(users.as("careteam"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.goals").value("Alku"));
        mvc.perform(get(base + "/profile").with(users.as("careteam"))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/counselling").with(users.as("careteam"))).andExpect(status().isNotFound());
        mvc.perform(put(base + "/plan").with(users.as("careteam")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 1, \"goals\": \"Hoitotiimin\"}")).andExpect(status().isForbidden());
        send(coach, post(base + "/consents/" + consent + "/withdrawal"), "").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].withdrawnAt").isNotEmpty());
        mvc.perform(get(base + "/plan").with(users.as("careteam"))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(users.as(users.newCoach()))).andExpect(status().isOk());
    }

    @Test
    void anotherTeamsCoachGetsTheSame404ForAnExistingClientAsForNoneAndChangesNothing() throws Exception {
        UUID id = agreed();
        String other = users.newCoachOfAnotherTeam();
        UUID nobody = UUID.randomUUID();
        String existing = mvc.perform(get("/api/v1/clients/" + id + "/consents").with(users.as(other)))
                .andExpect(status().isNotFound()).andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String none = mvc.perform(get("/api/v1/clients/" + nobody + "/consents").with(users.as(other)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(existing.replace(id.toString(), "ID")).isEqualTo(none.replace(nobody.toString(), "ID"));
        String before = checksum.of("consent");
        send(other, post("/api/v1/clients/" + id + "/consents"), """
                {"party": "OTHER", "partyName": "Naapuri", "kind": "ACTION_PLAN", "validFrom": "2026-01-05"}""")
                .andExpect(status().isNotFound());
        assertThat(checksum.of("consent")).isEqualTo(before);
    }

    @Test
    void callersAreToldWithProblemsNotRedirectsAndChangesNeedTheCsrfToken() throws Exception {
        mvc.perform(get("/api/v1/clients").header("Accept-Language", "sv")).andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title")
                        .value(messages.getMessage("api.unauthenticated", null, Locale.forLanguageTag("sv"))));
        mvc.perform(get("/api/v1/clients").with(users.as("manager"))).andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        WebSession session = new WebSession(port);
        session.logIn("coach2", users);
        JsonNode signedIn = json.readTree(session.get("/api/v1/session").body());
        assertThat(signedIn.get("csrfHeader").asString()).isEqualTo("X-CSRF-TOKEN");
        String client = """
                {"id": "%s", "firstName": "Tero", "lastName": "Token", "preferredLanguage": "fi", "ipsTeamId": "%s"}
                """.formatted(UUID.randomUUID(), TEAM);
        var withoutToken = session.postJson("/api/v1/clients", client);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(session.postJson("/api/v1/clients", client, "X-CSRF-TOKEN", signedIn.get("csrfToken").asString())
                .statusCode()).isEqualTo(201);
    }

    @Test
    void aSessionStillWaitingForTheSecondFactorOrOneThatEndedGets401NotTheLoginPage() throws Exception {
        WebSession halfway = new WebSession(port);
        halfway.logInWithPassword("coach3", DemoUsers.PASSWORD);
        assertUnauthenticated(halfway.get("/api/v1/clients"));
        WebSession ended = new WebSession(port);
        ended.logIn("coach3", users);
        assertThat(ended.get("/api/v1/clients").statusCode()).isEqualTo(200);
        long idle = Duration.ofMinutes(31).toMillis();
        jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
                + "where principal_name = 'coach3'").params(idle, idle).update();
        assertUnauthenticated(ended.get("/api/v1/clients"));
    }

    private static void assertUnauthenticated(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    /** Placera's own controllers, not the OpenAPI endpoint itself or the tests' helpers. */
    private static boolean placeras(Class<?> controller) {
        return controller.getPackageName().startsWith("fi.placera") && !controller.getPackageName().startsWith("fi.placera.testing");
    }

    @Test
    void theOpenApiDescriptionListsEveryApiOperationWithItsSummarySchemasAndProblems() throws Exception {
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
        List<String> undocumented = new ArrayList<>();
        spec.get("paths").properties().stream().filter(path -> !path.getKey().contains("/test-support/"))
                .forEach(path -> path.getValue().properties().forEach(operation ->
                        undocumented.addAll(gaps(operation.getKey().toUpperCase() + " " + path.getKey(),
                                operation.getValue()))));
        assertThat(undocumented).isEmpty();
        assertThat(spec.at("/paths/~1api~1v1~1clients~1{id}~1plan/put/responses/409/$ref").asString())
                .isEqualTo("#/components/responses/409");
        assertThat(spec.at("/components/securitySchemes/csrf/name").asString()).isEqualTo("X-CSRF-TOKEN");
    }

    /** What an operation's description lacks: a summary, a JSON schema for its answer, its problems. */
    private static List<String> gaps(String operation, JsonNode description) {
        List<String> gaps = new ArrayList<>();
        if (description.path("summary").asString().isBlank()) {
            gaps.add(operation + ": no summary");
        }
        JsonNode responses = description.path("responses");
        boolean answer = responses.properties().stream().anyMatch(response -> response.getKey().startsWith("2")
                && response.getValue().at("/content/application~1json/schema").isObject());
        if (!answer) {
            gaps.add(operation + ": no JSON schema for the answer");
        }
        List<String> problems = new ArrayList<>(List.of("401", "403"));
        if (operation.contains("{")) {
            problems.add("404");
        }
        if (!operation.startsWith("GET")) {
            problems.add("400");
        }
        problems.stream().filter(status -> !responses.has(status))
                .forEach(status -> gaps.add(operation + ": no " + status));
        // an object as a parameter is a framework type (the CSRF token, say) the caller does not send
        description.path("parameters").forEach(parameter -> {
            if (parameter.path("schema").has("$ref")) {
                gaps.add(operation + ": parameter " + parameter.path("name").asString());
            }
        });
        return gaps;
    }
}
