package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.RouteMatrix;
import fi.placera.testing.TableChecksum;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * AZ6 (decision 0046): every state-changing route of the route matrix, asked by a signed-in user, is refused with 403
 * for a forged CSRF token and refused without one — a session holding no token is taken for an expired one (the login
 * page, 401 for the API), a session's token left out is a 403 ({@code LoginIT}) — and answers 405 to GET and HEAD
 * where no read shares its path; none of it changes a row.
 */
@PlaceraIT
class StateChangingRoutesIT {

    /** Tables written by the machinery of every request or in the background, not by the routes' handlers. */
    private static final Set<String> MACHINERY = Set.of("access_log", "access_log_seal", "spring_session",
            "spring_session_attributes", "login_throttle", "shedlock", "research_extract",
            "flyway_schema_history");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    @Test
    void everyStateChangingRouteRefusesAMissingOrForgedCsrfTokenAndOtherVerbsAndChangesNothing() throws Exception {
        String client = users.newClientAccount();
        Map<String, String> before = checksums();
        List<RouteMatrix.Row> rows = RouteMatrix.rows();
        Set<String> readPatterns = rows.stream().filter(row -> row.method().equals("GET"))
                .flatMap(row -> row.patterns().stream()).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        int writes = 0;
        for (RouteMatrix.Row row : rows) {
            if (!row.method().matches("POST|PUT|PATCH|DELETE")) {
                continue;
            }
            writes++;
            String actor = signedIn(row);
            RequestPostProcessor as = actor == null ? users.as(client) : users.as(actor);
            MockHttpServletResponse withoutToken = send(row.method(), row.sample(), as, false);
            int forged = send(row.method(), row.sample(), as, true).getStatus();
            if (!refusedForTheMissingToken(row.sample(), withoutToken) || forged != 403) {
                wrong.add(row.method() + " " + row.sample() + ": " + withoutToken.getStatus() + " "
                        + withoutToken.getRedirectedUrl() + " without a token, " + forged + " with a forged one");
            }
            if (row.patterns().stream().noneMatch(readPatterns::contains)) {
                // the URL rules may refuse the user first (403) where the route does not serve them at all
                List<Integer> expected = "deny".equals(row.cell(actorColumn(row))) ? List.of(403, 405) : List.of(405);
                for (String verb : List.of("GET", "HEAD")) {
                    int status = mvc.perform(request(HttpMethod.valueOf(verb), URI.create(row.sample())).with(as))
                            .andReturn().getResponse().getStatus();
                    if (!expected.contains(status)) {
                        wrong.add(verb + " " + row.sample() + ": " + status);
                    }
                }
            }
        }
        assertThat(writes).isGreaterThan(100);
        assertThat(wrong).isEmpty();
        assertThat(checksums()).isEqualTo(before);
    }

    /** The login page saying the session expired (401 for the API), or 403: never the route's own answer. */
    private static boolean refusedForTheMissingToken(String path, MockHttpServletResponse response) {
        if (path.startsWith("/api/")) {
            return response.getStatus() == 401 || response.getStatus() == 403;
        }
        return response.getStatus() == 403
                || response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login?expired");
    }

    private MockHttpServletResponse send(String method, String path, RequestPostProcessor actor, boolean forged)
            throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), URI.create(path)).with(actor);
        if (forged) {
            request.with(csrf().useInvalidToken());
        }
        if (path.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static final Map<String, String> STAFF = Map.of("coach", "coach1", "team_leader", "teamleader",
            "care_team_member", "careteam", "manager", "manager", "evaluator", "evaluator", "admin", "admin");
    private static final List<String> COLUMNS = List.of("coach", "team_leader", "care_team_member", "manager",
            "evaluator", "admin");

    /**
     * The matrix's column of a signed-in staff member the route serves (or refuses only for its body), else one it
     * answers at all (a missing sample is 404 for everyone), else the client's (null).
     */
    private static String actorColumn(RouteMatrix.Row row) {
        for (List<String> outcomes : List.of(List.of("ok", "invalid"), List.of("deny"))) {
            for (String column : COLUMNS) {
                if (outcomes.contains(row.cell(column))) {
                    return column;
                }
            }
        }
        return "client";
    }

    /** The user name of {@link #actorColumn}, or null for the client. */
    private static String signedIn(RouteMatrix.Row row) {
        return STAFF.get(actorColumn(row));
    }

    /** Every table but the machinery's, with its checksum. */
    private Map<String, String> checksums() {
        Map<String, String> sums = new LinkedHashMap<>();
        jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")
                .query(String.class).list().stream().filter(table -> !MACHINERY.contains(table))
                .forEach(table -> sums.put(table, checksum.of(table)));
        return sums;
    }
}
