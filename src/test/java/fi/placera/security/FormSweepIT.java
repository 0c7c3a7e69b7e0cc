package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fi.placera.platform.Administrator;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Mutations;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.RouteMatrix;
import fi.placera.testing.TableChecksum;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * IN1 (issue 21): about a thousand hostile requests generated over every state-changing route of the route matrix —
 * pages and API — from the fields each handler binds: NUL characters, a 1 MB text, values of the wrong type, no CSRF
 * token, another team's client in every id field, duplicated parameters, script and SQL payloads, forged log lines,
 * bad UTF-8, and for
 * the API malformed, nested, huge and mistyped JSON. Each is refused — a page with an error next to a field, a
 * 400/403/404 page, or a problem+json — never a 500, never a payload echoed unescaped, and the tables' checksums stay
 * as they were. Client routes are asked about a real client of the asking coach, so that the forms are reached.
 * IN2: seeded mutations of valid API bodies, bounded in time, never give a server error (the seed is in the failure).
 */
@PlaceraIT
class FormSweepIT {

    private static final String NUL = "a\u0000b";
    private static final String OVERLONG = "x".repeat(1_000_000);
    /** A script and SQL; the NUL makes any form refuse it, the script must never come back unescaped. */
    private static final String PAYLOAD = "<script>alert('sweep')</script>' OR '1'='1'; DROP TABLE client; --\u0000";
    /** A forged log line (LG6) with a NUL, which every form refuses. */
    private static final String LOG_INJECTION = "x\r\n{\"level\":\"INFO\",\"message\":\"forged\"}\u001b[31m\u0000";
    private static final String ECHOED_PAYLOAD = "<script>alert('sweep')";
    /** The id the matrix's samples use for a record that does not exist. */
    private static final String MISSING = "6a1f0000-0000-4000-8000-00000000dead";
    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final String CLIENT_ROUTE = "/(api/v1/)?clients/\\{id}.*";
    private static final long FUZZ_MILLIS = 20_000;
    /** Pages that refuse a whole request in words, with no form to mark. */
    private static final Set<String> REFUSAL_PAGES = Set.of("evaluation/link-invalid");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;

    private String coach;
    private UUID client;
    /** A client of another team, whose id goes into every id field. */
    private UUID foreignClient;

    @BeforeEach
    void aCoachWithAClientAndAClientOfAnotherTeam() throws Exception {
        coach = users.newCoach();
        client = UUID.randomUUID();
        mvc.perform(post("/clients").with(users.as(coach)).with(csrf()).param("id", client.toString())
                .param("firstName", "Lomake").param("lastName", "Seula").param("preferredLanguage", "fi")
                .param("ipsTeamId", DEMO_TEAM));
        mvc.perform(post("/clients/" + client + "/agreement").with(users.as(coach)).with(csrf())
                .param("agreedOn", "2.1.2026").param("howAgreed", "PAPER_SIGNATURE"));
        assertThat(jdbc.sql("select count(*) from cooperation_agreement where client_id = ?").param(client)
                .query(Integer.class).single()).isOne();
        foreignClient = jdbc.sql("""
                        select c.client_id from client_account c join user_account a on a.id = c.account_id
                        where a.username = ?""").param(users.newClientAccount()).query(UUID.class).single();
    }

    @Test
    void aThousandHostileRequestsOnEveryStateChangingRouteAreRefusedWithoutAServerErrorAndChangeNothing()
            throws Exception {
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        int routes = 0;
        Map<String, String> before = checksum.ofEveryTable();
        for (RouteMatrix.Row row : RouteMatrix.rows()) {
            Optional<HandlerMethod> handler = handlerOf(row);
            if (!row.method().matches("POST|PUT|PATCH|DELETE") || handler.isEmpty()) {
                continue; // login and logout are the security filters', swept by LoginIT
            }
            routes++;
            Target target = target(row);
            for (Hostile hostile : hostileRequests(target, handler.get())) {
                requests++;
                String problem = refusalProblem(target, hostile, mvc.perform(hostile.request()).andReturn());
                if (problem != null) {
                    wrong.add(row.method() + " " + target.path() + " [" + hostile.name() + "]: " + problem);
                }
            }
            Map<String, String> after = checksum.ofEveryTable();
            if (!after.equals(before)) {
                wrong.add(row.method() + " " + target.path() + " changed " + changed(before, after));
                before = after;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(routes).isGreaterThan(100);
        assertThat(requests).isGreaterThanOrEqualTo(1000);
    }

    /**
     * IN2 for the API: valid bodies of every API write about the coach's client, mutated at random (characters
     * replaced, inserted, deleted, stretches doubled) for {@value #FUZZ_MILLIS} ms: never a server error.
     */
    @Test
    void mutatedApiBodiesNeverCauseAServerError() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<Target, String> bodies = new LinkedHashMap<>();
        apiWrites().forEach((target, body) -> bodies.put(target, validJson(body)));
        List<Target> targets = new ArrayList<>(bodies.keySet());
        List<String> wrong = new ArrayList<>();
        int runs = 0;
        long until = System.currentTimeMillis() + FUZZ_MILLIS;
        while (System.currentTimeMillis() < until) {
            Target target = targets.get(random.nextInt(targets.size()));
            String body = Mutations.of(bodies.get(target), random);
            MockHttpServletResponse response = mvc.perform(request(target.method(), URI.create(target.path()))
                    .with(target.actor()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn().getResponse();
            runs++;
            if (response.getStatus() >= 500) {
                wrong.add(target.path() + " " + response.getStatus() + ": " + Mutations.escaped(body));
            }
        }
        assertThat(runs).isGreaterThan(200);
        assertThat(wrong).as("seed " + seed + ", " + runs + " bodies").isEmpty();
    }

    /**
     * IN2 without chance: every API write is sent its valid body with each field in turn left out and then null, and
     * an empty object; each is answered (taken or refused), never with a server error. A required field the handler
     * forgot to check is found here on every run, not only when the fuzzer happens to cut the body short.
     */
    @Test
    void apiBodiesMissingAnyOneFieldAreAnsweredWithoutAServerError() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Target, Class<?>> write : apiWrites().entrySet()) {
            Target target = write.getKey();
            Map<String, Class<?>> fields = fieldsOf(write.getValue());
            List<String> bodies = new ArrayList<>(List.of("{}"));
            for (String missing : fields.keySet()) {
                bodies.add(validJsonWithout(write.getValue(), missing, null));
                bodies.add(validJsonWithout(write.getValue(), missing, "null"));
            }
            for (String body : bodies) {
                int status = mvc.perform(request(target.method(), URI.create(target.path())).with(target.actor())
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andReturn().getResponse().getStatus();
                if (status >= 500) {
                    wrong.add(target.method() + " " + target.path() + " " + status + ": " + body);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The API writes about the coach's client, each with the type of the body it takes. */
    private Map<Target, Class<?>> apiWrites() {
        Map<Target, Class<?>> writes = new LinkedHashMap<>();
        for (RouteMatrix.Row row : RouteMatrix.rows()) {
            Optional<Class<?>> body = handlerOf(row).flatMap(FormSweepIT::bodyType);
            if (row.method().matches("POST|PUT|PATCH") && body.isPresent()) {
                writes.put(target(row), body.get());
            }
        }
        assertThat(writes).hasSizeGreaterThan(20);
        return writes;
    }

    /** null when the request was refused as it should be; else what happened. */
    private String refusalProblem(Target target, Hostile hostile, MvcResult result) throws Exception {
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        if (status >= 500) {
            return "server error " + status;
        }
        if (response.getContentAsString().contains(ECHOED_PAYLOAD)) {
            return "the script came back unescaped";
        }
        if (target.api()) {
            boolean problem = String.valueOf(response.getContentType()).startsWith("application/problem+json");
            return status >= 400 && (problem || hostile.withoutToken() && status == 401) ? null
                    : "status " + status + " " + response.getContentType();
        }
        if (status == 302 || status == 303) {
            return hostile.withoutToken() && String.valueOf(response.getRedirectedUrl()).endsWith("/login?expired")
                    ? null : "accepted: " + status + " to " + response.getRedirectedUrl();
        }
        if (status == 200) {
            return refusedOnThePage(result) ? null : "200 without an error next to a field";
        }
        return status >= 400 ? null : "status " + status;
    }

    /**
     * A page that refuses the request: an error next to a field or the form's alert (the house's markup, whatever
     * the model calls it), or a page that refuses the whole request such as the invalid answer link.
     */
    private static boolean refusedOnThePage(MvcResult result) throws Exception {
        if (result.getModelAndView() != null && (REFUSAL_PAGES.contains(result.getModelAndView().getViewName())
                || result.getModelAndView().getModel().values().stream()
                        .anyMatch(value -> value instanceof BindingResult errors && errors.hasErrors()))) {
            return true;
        }
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return page.contains("field--error") || page.contains("alert--error");
    }

    private record Target(HttpMethod method, String path, RequestPostProcessor actor, boolean api) {
    }

    private record Hostile(String name, MockHttpServletRequestBuilder request, boolean withoutToken) {
    }

    /** The sample path and an actor the route serves; about the coach's own client on a client's route. */
    private Target target(RouteMatrix.Row row) {
        HttpMethod method = HttpMethod.valueOf(row.method());
        boolean api = row.sample().startsWith("/api/");
        if (row.patterns().stream().anyMatch(pattern -> pattern.matches(CLIENT_ROUTE))
                && row.sample().contains(MISSING)) {
            return new Target(method, row.sample().replaceFirst(MISSING, client.toString()), users.as(coach), api);
        }
        String staff = row.servingStaff();
        return new Target(method, row.sample(), users.as(staff == null ? users.newClientAccount() : staff), api);
    }

    /** The hostile requests for one route: about ten for a form or an API body, four for a route that binds nothing. */
    private List<Hostile> hostileRequests(Target target, HandlerMethod handler) {
        List<Hostile> hostile = new ArrayList<>();
        hostile.add(new Hostile("no CSRF token", base(target, false), true));
        hostile.add(new Hostile("forged CSRF token", base(target, false).with(csrf().useInvalidToken()), false));
        String otherClient = target.path().replace(client.toString(), foreignClient.toString());
        if (!otherClient.equals(target.path())) {
            hostile.add(new Hostile("another team's client in the path",
                    request(target.method(), URI.create(otherClient)).with(target.actor()).with(csrf()), false));
        }
        Optional<Class<?>> body = bodyType(handler);
        if (body.isPresent()) {
            json(target, body.get(), hostile);
        } else {
            form(target, formFields(handler), hostile);
        }
        if (hostile.size() < 4) {
            hostile.add(new Hostile("malformed id in the path", request(target.method(),
                    URI.create(target.path().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "..%2F%00"))).with(target.actor())
                    .with(csrf()), false));
        }
        return hostile;
    }

    private MockHttpServletRequestBuilder base(Target target, boolean withToken) {
        MockHttpServletRequestBuilder request = request(target.method(), URI.create(target.path())).with(target.actor());
        return withToken ? request.with(csrf()) : request;
    }

    private void form(Target target, Map<String, Class<?>> fields, List<Hostile> hostile) {
        if (fields.isEmpty()) {
            return;
        }
        List<String> texts = names(fields, true);
        List<String> typed = names(fields, false);
        hostile.add(formRequest(target, "NUL in every field", request -> fields.keySet()
                .forEach(field -> request.param(field, texts.contains(field) ? NUL : "1\u0000"))));
        String overlong = texts.isEmpty() ? "" : texts.get(0);
        hostile.add(formRequest(target, "a 1 MB text, NUL elsewhere", request -> fields.keySet()
                .forEach(field -> request.param(field, field.equals(overlong) ? OVERLONG : "\u0000"))));
        hostile.add(formRequest(target, "line ends and terminal codes", request -> fields.keySet()
                .forEach(field -> request.param(field, LOG_INJECTION))));
        hostile.add(formRequest(target, "wrong types", request -> fields.forEach((field, type) ->
                request.param(field, typed.isEmpty() ? "30.2.2026\u0000" : texts.contains(field) ? "teksti"
                        : wrongValueOf(type)))));
        hostile.add(formRequest(target, "another team's ids in hidden fields", request -> {
            for (String field : List.of("id", "clientId", "coachStaffId", "ipsTeamId", "employerId", "staffMemberId")) {
                request.param(field, foreignClient.toString());
            }
            request.param("areaId", String.valueOf(DemoUsers.OTHER_AREA)).param("version", "-1").param("role", "ADMIN");
            fields.forEach((field, type) -> request.param(field, type == UUID.class || field.endsWith("Id")
                    ? foreignClient.toString() : "\u0000"));
        }));
        hostile.add(formRequest(target, "duplicated parameters", request -> fields.forEach((field, type) ->
                request.param(field, texts.contains(field) ? "teksti" : "1", texts.contains(field) ? NUL : "kaksi"))));
        hostile.add(formRequest(target, "script and SQL", request -> fields.keySet()
                .forEach(field -> request.param(field, PAYLOAD))));
        hostile.add(new Hostile("bad UTF-8", base(target, true).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(fields.keySet().stream().map(field -> field + "=%FF%FE%C3%28%00")
                        .collect(Collectors.joining("&"))), false));
    }

    private Hostile formRequest(Target target, String name, Consumer<MockHttpServletRequestBuilder> params) {
        MockHttpServletRequestBuilder request = base(target, true);
        params.accept(request);
        return new Hostile(name, request, false);
    }

    private void json(Target target, Class<?> body, List<Hostile> hostile) {
        Map<String, Class<?>> fields = fieldsOf(body);
        List<String> texts = names(fields, true);
        hostile.add(jsonRequest(target, "NUL in every text", object(fields, (field, type) ->
                texts.isEmpty() || texts.contains(field) ? quoted(NUL) : null)));
        hostile.add(jsonRequest(target, "wrong types", object(fields, (field, type) -> "{\"x\": [1, {}]}")));
        hostile.add(jsonRequest(target, "nested 5000 deep", "[".repeat(5000) + "]".repeat(5000)));
        hostile.add(jsonRequest(target, "huge array", "{\"" + fields.keySet().stream().findFirst().orElse("x")
                + "\": [" + "0,".repeat(300_000) + "0]}"));
        hostile.add(jsonRequest(target, "malformed", "{\"" + fields.keySet().stream().findFirst().orElse("x") + "\":"));
        hostile.add(jsonRequest(target, "a valid body with more after it", validJson(body) + ", {\"x\": 1}"));
        hostile.add(jsonRequest(target, "duplicated keys", fields.keySet().stream()
                .map(field -> quoted(field) + ": \"1\", " + quoted(field) + ": " + quoted(NUL))
                .collect(Collectors.joining(", ", "{", "}"))));
        hostile.add(jsonRequest(target, "another team's ids", object(fields, (field, type) ->
                type == UUID.class || field.endsWith("Id") ? quoted(foreignClient.toString()) : quoted(NUL))));
        hostile.add(new Hostile("not JSON", base(target, true).contentType(MediaType.TEXT_PLAIN).content("id=1"), false));
    }

    private Hostile jsonRequest(Target target, String name, String body) {
        return new Hostile(name, base(target, true).contentType(MediaType.APPLICATION_JSON).content(body), false);
    }

    /** A JSON object of the fields whose value the function gives (null: left out). */
    private static String object(Map<String, Class<?>> fields,
            BiFunction<String, Class<?>, String> value) {
        return fields.entrySet().stream().filter(field -> value.apply(field.getKey(), field.getValue()) != null)
                .map(field -> quoted(field.getKey()) + ": " + value.apply(field.getKey(), field.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A body the API could take: each field a plausible value of its type. */
    private String validJson(Class<?> body) {
        return validJsonWithout(body, null, null);
    }

    /** A valid body whose field {@code missing} is given {@code instead} (null: left out). */
    private String validJsonWithout(Class<?> body, String missing, String instead) {
        return object(fieldsOf(body), (field, type) -> {
            if (field.equals(missing)) {
                return instead;
            }
            if (type == UUID.class) {
                return quoted(field.equals("id") ? UUID.randomUUID().toString() : client.toString());
            }
            if (Temporal.class.isAssignableFrom(type)) {
                return quoted("2026-01-02");
            }
            if (type == boolean.class || type == Boolean.class) {
                return "true";
            }
            if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
                return "1";
            }
            if (type.isEnum()) {
                return quoted(type.getEnumConstants()[0].toString());
            }
            return type == String.class ? quoted("Kokeilu") : null;
        });
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 32 || c == '"' || c == '\\' ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    private static String wrongValueOf(Class<?> type) {
        if (type == UUID.class) {
            return "ei-tunniste";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "30.2.2026";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "ehkä";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "9".repeat(40);
        }
        return type.isEnum() ? "EI_SELLAISTA" : "\u0000";
    }

    private static List<String> names(Map<String, Class<?>> fields, boolean texts) {
        return fields.entrySet().stream().filter(field -> (field.getValue() == String.class) == texts)
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }

    /** The handler of a row of the matrix: the same verb and the same path patterns. */
    private Optional<HandlerMethod> handlerOf(RouteMatrix.Row row) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
            List<String> patterns = entry.getKey().getPathPatternsCondition().getPatternValues().stream().sorted()
                    .toList();
            boolean verb = entry.getKey().getMethodsCondition().getMethods().stream()
                    .anyMatch(method -> method.name().equals(row.method()));
            if (verb && (patterns.equals(row.patterns().stream().sorted().toList())
                    || patterns.size() == 1 && patterns.get(0).equals(row.path()))) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> bodyType(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                .<Class<?>>map(MethodParameter::getParameterType).findFirst();
    }

    /** The fields a handler binds from a form: its form object's and its request parameters, with their types. */
    private static Map<String, Class<?>> formFields(HandlerMethod handler) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || type == Administrator.class || type == MultipartFile.class) {
                continue;
            }
            if (parameter.hasParameterAnnotation(RequestParam.class)) {
                RequestParam named = parameter.getParameterAnnotation(RequestParam.class);
                fields.put(named.name().isEmpty() ? parameter.getParameter().getName() : named.name(), type);
            } else if (type.getPackageName().startsWith("fi.placera") && !type.isEnum()
                    && !BeanUtils.isSimpleProperty(type)) {
                fields.putAll(fieldsOf(type));
            }
        }
        return fields;
    }

    private static Map<String, Class<?>> fieldsOf(Class<?> type) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), component.getType());
            }
        } else {
            for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                if (property.getWriteMethod() != null) {
                    fields.put(property.getName(), property.getPropertyType());
                }
            }
        }
        return fields;
    }
}
