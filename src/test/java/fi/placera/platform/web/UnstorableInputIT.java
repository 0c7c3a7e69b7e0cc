package fi.placera.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import fi.placera.testing.DemoUsers;
import fi.placera.platform.Administrator;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.RouteMatrix;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Values PostgreSQL cannot store — a NUL character in any text, a date in the year 99999999 — are refused like any
 * bad input, never a 500 and never stored: on the pages as an error of the field (or a 400 page), in the API as a
 * 400 problem naming the field. Swept over every form and every JSON body of Placera, found from the handlers. Each
 * refused request is one security event on {@code placera.security} that names the reason, never the value (LG7,
 * decision 0046).
 */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class UnstorableInputIT {

    private static final String NUL_TEXT = "a\u0000b";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;

    /** API requests refused with 400 in this test, each of which must be one security event. */
    private int refusedByTheApi;

    @Test
    void nulInAnyTextOfAnyFormIsRefusedAndNothingIsSaved() throws Exception {
        List<String> wrong = new ArrayList<>();
        int swept = 0;
        for (Route route : routes(false)) {
            List<String> texts = formTexts(route.handler());
            Optional<Sample> sample = sample(route);
            if (texts.isEmpty() || sample.isEmpty()) {
                continue;
            }
            MockHttpServletRequestBuilder request = request(route.method(), sample.get().path()).with(csrf())
                    .with(sample.get().actor());
            texts.forEach(field -> request.param(field, NUL_TEXT));
            MvcResult result = mvc.perform(request).andReturn();
            int status = result.getResponse().getStatus();
            if (status == 403 || status == 404) {
                continue; // the sample's record is not this actor's: nothing bound
            }
            swept++;
            String problem = status == 400 ? null : status == 200 ? fieldErrorsMissing(result, texts)
                    : "status " + status;
            if (problem != null) {
                wrong.add(route.method() + " " + sample.get().path() + ": " + problem);
            }
        }
        assertThat(swept).as("forms swept").isGreaterThanOrEqualTo(20);
        assertThat(wrong).isEmpty();
    }

    @Test
    void nulInAnyTextOfTheApiIsA400NamingTheField(CapturedOutput output) throws Exception {
        List<String> wrong = new ArrayList<>();
        int swept = 0;
        for (Route route : routes(true)) {
            Optional<Class<?>> body = bodyType(route.handler());
            Optional<Sample> sample = sample(route);
            if (body.isEmpty() || sample.isEmpty()) {
                continue;
            }
            for (String field : fieldsOf(body.get(), String.class)) {
                swept++;
                String problem = refusal(route, sample.get(), field, NUL_TEXT);
                if (problem != null) {
                    wrong.add(problem);
                }
            }
        }
        assertThat(swept).as("API text fields swept").isGreaterThan(20);
        assertThat(wrong).isEmpty();
        assertThat(securityEvents(output, "nul_character")).isEqualTo(refusedByTheApi);
        assertThat(output.getOut()).doesNotContain(NUL_TEXT).doesNotContain("\\u0000");
    }

    @Test
    void anAbsurdDateIsA400NamingTheFieldInTheApi(CapturedOutput output) throws Exception {
        List<String> wrong = new ArrayList<>();
        int swept = 0;
        for (Route route : routes(true)) {
            Optional<Class<?>> body = bodyType(route.handler());
            Optional<Sample> sample = sample(route);
            if (body.isEmpty() || sample.isEmpty()) {
                continue;
            }
            for (String field : fieldsOf(body.get(), LocalDate.class)) {
                swept++;
                String problem = refusal(route, sample.get(), field, "+999999999-01-01");
                if (problem != null) {
                    wrong.add(problem);
                }
            }
        }
        assertThat(swept).as("API date fields swept").isGreaterThan(5);
        assertThat(wrong).isEmpty();
        assertThat(securityEvents(output, "date_out_of_range")).isEqualTo(refusedByTheApi);
        assertThat(output.getOut()).doesNotContain("999999999");
    }

    @Test
    void anAbsurdDateOnAFormIsAnErrorNextToTheFieldAndNothingIsStored(CapturedOutput output) throws Exception {
        String coach = users.newCoach();
        UUID employer = UUID.randomUUID();
        jdbc.sql("""
                        insert into employer (id, area_id, name, name_key, version) values (?, 17, 'Päivätesti Oy', 'paivatesti oy', 0)""")
                .param(employer).update();
        MvcResult result = mvc.perform(post("/employer-contacts").with(users.as(coach)).with(csrf())
                        .param("key", UUID.randomUUID().toString()).param("employerId", employer.toString())
                        .param("contactedOn", "1.1.99999999").param("mode", "FACE_TO_FACE")
                        .param("purpose", "GENERAL_JOB_DEVELOPMENT"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        BindingResult errors = (BindingResult) result.getModelAndView().getModel().get("errors");
        assertThat(errors.getFieldError("contactedOn").getCode()).isEqualTo("form.date.format");
        assertThat(jdbc.sql("select count(*) from employer_contact where employer_id = ?").param(employer)
                .query(Long.class).single()).isZero();
        assertThat(securityEvents(output, "date_out_of_range")).isEqualTo(1);
        assertThat(output.getOut()).doesNotContain("99999999").contains("\"route\":\"/employer-contacts\"");
    }

    @Test
    void nulInATextFieldIsShownNextToThatField(CapturedOutput output) throws Exception {
        MvcResult result = mvc.perform(post("/admin/care-teams").with(users.as("admin")).with(csrf())
                        .param("code", "NUL-" + UUID.randomUUID().toString().substring(0, 6))
                        .param("name", NUL_TEXT).param("unit", "Yksikkö"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("Tekstissä on merkki, jota ei voi tallentaa");
        assertThat(fieldErrorsMissing(result, List.of("name"))).isNull();
        assertThat(securityEvents(output, "nul_character")).as("one event for the request").isEqualTo(1);
        assertThat(output.getOut()).doesNotContain(NUL_TEXT).doesNotContain("\\u0000");
    }

    /**
     * The security events of refused unstorable values with this reason in the output. A record is counted once even
     * when the console shows it twice: another application started in this JVM (a command's own context) can leave
     * the logging system with a second console appender, which prints the same record, to the nanosecond, again.
     */
    private static long securityEvents(CapturedOutput output, String reason) {
        return output.getOut().lines()
                .filter(line -> line.contains("security event unstorable_input") && line.contains(reason))
                .distinct().count();
    }

    /** null when the API refused the field with 400 naming it; else what happened. */
    private String refusal(Route route, Sample sample, String field, String value) throws Exception {
        MvcResult result = mvc.perform(request(route.method(), sample.path()).with(csrf()).with(sample.actor())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(field, value))))
                .andReturn();
        int status = result.getResponse().getStatus();
        if (status == 403 || status == 404) {
            return null; // not reached: the sample is not this actor's
        }
        String what = route.method() + " " + sample.path() + " " + field + ": ";
        if (status != 400) {
            return what + "status " + status;
        }
        refusedByTheApi++;
        JsonNode problem = json.readTree(result.getResponse().getContentAsString());
        for (JsonNode error : problem.path("errors")) {
            if (field.equals(error.path("field").asString())) {
                return null;
            }
        }
        return what + "400 without an error for the field: " + problem;
    }

    private static String fieldErrorsMissing(MvcResult result, List<String> fields) {
        List<String> missing = new ArrayList<>(fields);
        result.getModelAndView().getModel().values().stream().filter(BindingResult.class::isInstance)
                .map(BindingResult.class::cast)
                .forEach(errors -> missing.removeIf(field -> errors.getFieldError(field) != null));
        if (result.getResolvedException() instanceof BindException bind) {
            missing.removeIf(field -> bind.getFieldError(field) != null);
        }
        return missing.isEmpty() ? null : "no error for " + missing;
    }

    private record Route(HttpMethod method, List<String> patterns, HandlerMethod handler) {
    }

    private record Sample(String path, RequestPostProcessor actor) {
    }

    private List<Route> routes(boolean api) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
            String module = entry.getValue().getBeanType().getPackageName();
            List<String> patterns = List.copyOf(entry.getKey().getPathPatternsCondition().getPatternValues());
            if (!module.startsWith("fi.placera") || module.startsWith("fi.placera.testing")
                    || patterns.get(0).startsWith("/api/") != api) {
                continue;
            }
            entry.getKey().getMethodsCondition().getMethods().stream()
                    .filter(verb -> !verb.name().equals("GET"))
                    .forEach(verb -> routes.add(new Route(HttpMethod.valueOf(verb.name()), patterns, entry.getValue())));
        }
        return routes;
    }

    /** The matrix's sample path of the route and the first actor it serves. */
    private Optional<Sample> sample(Route route) {
        Map<String, String> actors = new LinkedHashMap<>();
        actors.put("admin", "admin");
        actors.put("coach", "coach1");
        actors.put("team_leader", "teamleader");
        actors.put("care_team_member", "careteam");
        actors.put("manager", "manager");
        actors.put("evaluator", "evaluator");
        for (RouteMatrix.Row row : RouteMatrix.rows()) {
            if (row.method().equals(route.method().name()) && row.patterns().equals(route.patterns().stream().sorted()
                    .toList()) || row.method().equals(route.method().name()) && route.patterns().size() == 1
                    && row.path().equals(route.patterns().get(0))) {
                for (Map.Entry<String, String> actor : actors.entrySet()) {
                    if ("ok".equals(row.cell(actor.getKey())) || "invalid".equals(row.cell(actor.getKey()))) {
                        return Optional.of(new Sample(row.sample(), users.as(actor.getValue())));
                    }
                }
                if ("ok".equals(row.cell("client")) || "invalid".equals(row.cell("client"))) {
                    return Optional.of(new Sample(row.sample(), users.as(users.newClientAccount())));
                }
            }
        }
        return Optional.empty();
    }

    /** The text fields a handler binds from the request: its form object's and its text parameters. */
    private static List<String> formTexts(HandlerMethod handler) {
        List<String> texts = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || parameter.hasParameterAnnotation(RequestBody.class)
                    || type == Administrator.class) { // the signed-in administrator, never bound from the request
                continue;
            }
            if (parameter.hasParameterAnnotation(RequestParam.class)) {
                if (type == String.class) {
                    RequestParam named = parameter.getParameterAnnotation(RequestParam.class);
                    texts.add(named.name().isEmpty() ? parameter.getParameter().getName() : named.name());
                }
            } else if (type.getPackageName().startsWith("fi.placera") && !type.isEnum()
                    && !BeanUtils.isSimpleProperty(type)) {
                texts.addAll(fieldsOf(type, String.class));
            }
        }
        return texts;
    }

    private static Optional<Class<?>> bodyType(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                .<Class<?>>map(MethodParameter::getParameterType).findFirst();
    }

    private static List<String> fieldsOf(Class<?> type, Class<?> fieldType) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).filter(component -> component.getType() == fieldType)
                    .map(RecordComponent::getName).toList();
        }
        return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
                .filter(property -> property.getWriteMethod() != null && property.getPropertyType() == fieldType)
                .map(PropertyDescriptor::getName).toList();
    }
}
