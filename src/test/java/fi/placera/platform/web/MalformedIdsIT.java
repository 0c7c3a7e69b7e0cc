package fi.placera.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.RouteMatrix;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A malformed id in a path (not a UUID, not a number, not a known code) answers like a missing record (404, a
 * problem in the API), never an error. Swept over every route of the route matrix with a path variable, each
 * variable in turn, with eight malformed values, as five roles; a read is compared with the answer for a
 * well-formed id that names nothing.
 */
@PlaceraIT
class MalformedIdsIT {

    private static final List<String> MALFORMED = List.of("not-a-uuid", "xyz", "abc", "-1", "99999999999999999999",
            "6a1f0000-0000-4000-8000-00000000030g", "6a1f0000-0000-4000-8000-0000000003011", "%C3%A4%20x");
    private static final List<String> ROLES = List.of("coach", "team_leader", "manager", "evaluator", "admin");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;

    /** Each role's demo account, loaded once: the sweep sends over 4000 requests and no account changes in it. */
    private Map<String, RequestPostProcessor> logins;

    @BeforeEach
    void logInEachRoleOnce() {
        logins = ROLES.stream().collect(Collectors.toMap(role -> role,
                role -> users.as(role.equals("team_leader") ? "teamleader" : role.equals("coach") ? "coach1" : role)));
    }

    @Test
    void malformedIdsInPathsAreNotFoundNeverErrors() throws Exception {
        List<RouteMatrix.Row> routes = RouteMatrix.rows().stream().filter(row -> row.path().contains("{")).toList();
        assertThat(routes).hasSizeGreaterThan(100);
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (RouteMatrix.Row row : routes) {
            for (String pattern : row.patterns()) {
                if (!sameShape(pattern, row.sample())) {
                    continue;
                }
                for (int variable : variables(pattern)) {
                    String missing = withSegment(row.sample(), variable, missingLike(row.sample(), variable));
                    for (String role : ROLES) {
                        // a page is answered for a malformed id as for a well-formed one that does not exist
                        Integer expected = "GET".equals(row.method())
                                ? perform(row.method(), missing, role).getStatus() : null;
                        for (String malformed : MALFORMED) {
                            String path = withSegment(row.sample(), variable, malformed);
                            MockHttpServletResponse response = perform(row.method(), path, role);
                            requests++;
                            String problem = problemIn(path, response, expected);
                            if (problem != null) {
                                wrong.add(row.method() + " " + path + " as " + role + ": " + problem);
                            }
                        }
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(4000);
        assertThat(wrong).isEmpty();
    }

    /** What is wrong with the answer, or null: never a 5xx; the API answers with a problem; a read answers 404 or
     *  as it does for a missing record (expected; null for a change). */
    private static String problemIn(String path, MockHttpServletResponse response, Integer expected) {
        int status = response.getStatus();
        if (status >= 500) {
            return "status " + status;
        }
        boolean api = path.startsWith("/api/");
        if (api && status >= 400 && !String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
            return "status " + status + " without a problem (" + response.getContentType() + ")";
        }
        if (expected != null && status != expected && status != 404) {
            return "status " + status + ", neither 404 nor what a missing one gets (" + expected + ")";
        }
        return null;
    }

    /** A well-formed value of the sample's kind that names nothing: a new UUID, a number no record has, a token. */
    private static String missingLike(String sample, int index) {
        String segment = sample.split("/", -1)[index];
        if (segment.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return UUID.randomUUID().toString();
        }
        return segment.matches("\\d+") ? "32000" : "NOSUCH" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletResponse perform(String method, String path, String role) throws Exception {
        return mvc.perform(request(HttpMethod.valueOf(method), URI.create(path)).with(csrf()).with(logins.get(role)))
                .andReturn().getResponse();
    }

    private static boolean sameShape(String pattern, String sample) {
        return pattern.split("/").length == sample.split("/").length;
    }

    private static List<Integer> variables(String pattern) {
        String[] segments = pattern.split("/");
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                at.add(i);
            }
        }
        return at;
    }

    private static String withSegment(String sample, int index, String value) {
        String[] segments = sample.split("/", -1);
        segments[index] = value;
        return String.join("/", segments);
    }
}
