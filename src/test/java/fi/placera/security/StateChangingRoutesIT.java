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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * AZ6 (decision 0046): every state-changing route of the route matrix, asked by a user it serves, is refused with 403
 * without the CSRF token (or with a forged one), and answers 405 to GET and HEAD where no read shares its path; none
 * of it changes a row.
 */
@PlaceraIT
class StateChangingRoutesIT {

    /** Tables written by the machinery of every request or in the background, not by the routes' handlers. */
    private static final Set<String> MACHINERY = Set.of("access_log", "access_log_seal", "spring_session",
            "spring_session_attributes", "login_throttle", "event_publication", "shedlock", "research_extract",
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
        Set<String> readPaths = rows.stream().filter(row -> row.method().equals("GET")).map(RouteMatrix.Row::path)
                .collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        int writes = 0;
        for (RouteMatrix.Row row : rows) {
            if (!row.method().matches("POST|PUT|PATCH|DELETE")) {
                continue;
            }
            writes++;
            RequestPostProcessor actor = actorServed(row, client);
            int withoutToken = send(row.method(), row.sample(), actor, false);
            int forged = send(row.method(), row.sample(), actor, true);
            if (withoutToken != 403 || forged != 403) {
                wrong.add(row.method() + " " + row.sample() + ": " + withoutToken + " without a token, " + forged
                        + " with a forged one");
            }
            if (!readPaths.contains(row.path())) {
                for (String verb : List.of("GET", "HEAD")) {
                    int status = mvc.perform(request(HttpMethod.valueOf(verb), URI.create(row.sample())).with(actor))
                            .andReturn().getResponse().getStatus();
                    if (status != 405) {
                        wrong.add(verb + " " + row.sample() + ": " + status);
                    }
                }
            }
        }
        assertThat(writes).isGreaterThan(100);
        assertThat(wrong).isEmpty();
        assertThat(checksums()).isEqualTo(before);
    }

    private int send(String method, String path, RequestPostProcessor actor, boolean forged) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), URI.create(path)).with(actor);
        if (forged) {
            request.with(csrf().useInvalidToken());
        }
        if (path.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** A user the matrix says the route serves (or refuses only for its body), so that only the token is missing. */
    private RequestPostProcessor actorServed(RouteMatrix.Row row, String client) {
        Map<String, String> actors = new LinkedHashMap<>();
        actors.put("coach", "coach1");
        actors.put("team_leader", "teamleader");
        actors.put("care_team_member", "careteam");
        actors.put("manager", "manager");
        actors.put("evaluator", "evaluator");
        actors.put("admin", "admin");
        for (Map.Entry<String, String> actor : actors.entrySet()) {
            if (List.of("ok", "invalid").contains(row.cell(actor.getKey()))) {
                return users.as(actor.getValue());
            }
        }
        if (List.of("ok", "invalid").contains(row.cell("client"))) {
            return users.as(client);
        }
        return request -> request; // anonymous: the login and the public links
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
