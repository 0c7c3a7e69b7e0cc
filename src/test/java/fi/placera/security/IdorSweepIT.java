package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.RouteMatrix;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * AZ2 (decision 0046): every route of the route matrix with an id in its path — but administration's, swept by
 * {@link AdminScopeIT} — asked by a coach with random well-formed ids never succeeds; and every route about one client
 * answers a client of another team exactly as it answers a client that does not exist, and logs the refusal in that
 * client's access log.
 */
@PlaceraIT
class IdorSweepIT {

    /** Few per route, every route: the ids are random, so each run tries others (about 100 routes × 3 requests). */
    private static final int RANDOM_IDS_PER_ROUTE = 3;
    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final String UUID_SHAPE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** Routes about one client, the client's id first in the path. */
    private static final String CLIENT_ROUTE = "/(api/v1/)?clients/\\{id}.*";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void randomIdsOnEveryRouteWithAnIdNeverSucceed() throws Exception {
        String coach = users.newCoach();
        Random random = new Random();
        List<String> successes = new ArrayList<>();
        int requests = 0;
        for (RouteMatrix.Row row : routesWithAnId()) {
            for (int i = 0; i < RANDOM_IDS_PER_ROUTE; i++) {
                String path = withIds(row, variable -> new UUID(random.nextLong(), random.nextLong()).toString());
                int status = perform(row.method(), path, coach).getStatus();
                requests++;
                if (status < 400 || status >= 500) {
                    successes.add(row.method() + " " + path + " → " + status);
                }
            }
        }
        assertThat(requests).isGreaterThan(250);
        assertThat(successes).isEmpty();
    }

    @Test
    void aClientOfAnotherTeamIsAnsweredLikeAMissingOneAndEveryRefusalIsLogged() throws Exception {
        UUID client = UUID.randomUUID();
        mvc.perform(post("/api/v1/clients").with(users.as(users.newCoach())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"id": "%s", "firstName": "Toisen", "lastName": "Tiimin", "preferredLanguage": "fi",
                                 "ipsTeamId": "%s"}""".formatted(client, DEMO_TEAM)))
                .andExpect(status().isCreated());
        String stranger = users.newCoachOfAnotherTeam();
        List<String> different = new ArrayList<>();
        List<String> unlogged = new ArrayList<>();
        int routes = 0;
        for (RouteMatrix.Row row : routesWithAnId()) {
            if (row.patterns().stream().noneMatch(pattern -> pattern.matches(CLIENT_ROUTE))) {
                continue;
            }
            routes++;
            String others = withIds(row, variable -> variable == 0 ? client.toString() : UUID.randomUUID().toString());
            String missing = withIds(row, variable -> UUID.randomUUID().toString());
            int refusals = refusalsOf(client, stranger);
            int forOthers = perform(row.method(), others, stranger).getStatus();
            int forMissing = perform(row.method(), missing, stranger).getStatus();
            if (forOthers != forMissing || !List.of(400, 403, 404).contains(forOthers)) {
                different.add(row.method() + " " + row.path() + ": " + forOthers + " for another team's client, "
                        + forMissing + " for none");
            }
            // a 404 is a look at the client that was refused; a 400 or 403 refused the request before any look
            if (forOthers == 404 && refusalsOf(client, stranger) == refusals) {
                unlogged.add(row.method() + " " + row.path());
            }
        }
        assertThat(routes).isGreaterThan(40);
        assertThat(different).isEmpty();
        assertThat(unlogged).as("refusals not in the client's access log").isEmpty();
    }

    private int refusalsOf(UUID client, String username) {
        return jdbc.sql("select count(*) from access_log where client_id = ? and username = ? and outcome = 'DENIED'")
                .params(client, username).query(Integer.class).single();
    }

    /**
     * Rows whose sample path has a well-formed id (a UUID) where the pattern has a variable, but administration's and
     * breaking the glass: its form answers every id alike, and a missing client is refused on it exactly as one of
     * another area ("not allowed here"), revealing nothing.
     */
    private static List<RouteMatrix.Row> routesWithAnId() {
        return RouteMatrix.rows().stream()
                .filter(row -> row.patterns().stream().noneMatch(pattern -> pattern.startsWith("/admin/")))
                .filter(row -> !row.path().equals("/clients/{id}/emergency"))
                .filter(row -> !idSegments(row).isEmpty()).toList();
    }

    /** The sample path with each id (the n-th id segment: n = 0, 1 …) replaced. */
    private static String withIds(RouteMatrix.Row row, Function<Integer, String> id) {
        String[] segments = row.sample().split("/", -1);
        List<Integer> ids = idSegments(row);
        for (int n = 0; n < ids.size(); n++) {
            segments[ids.get(n)] = id.apply(n);
        }
        return String.join("/", segments);
    }

    /** Where the sample path has an id that its pattern has as a variable. */
    private static List<Integer> idSegments(RouteMatrix.Row row) {
        String[] sample = row.sample().split("/", -1);
        List<Integer> at = new ArrayList<>();
        for (String pattern : row.patterns()) {
            String[] segments = pattern.split("/", -1);
            if (segments.length != sample.length) {
                continue;
            }
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].startsWith("{") && sample[i].matches(UUID_SHAPE)) {
                    at.add(i);
                }
            }
            return at;
        }
        return at;
    }

    private MockHttpServletResponse perform(String method, String path, String user) throws Exception {
        return mvc.perform(request(HttpMethod.valueOf(method), URI.create(path)).with(csrf()).with(users.as(user))
                .contentType(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
                .content(path.startsWith("/api/") ? "{}" : "")).andReturn().getResponse();
    }
}
