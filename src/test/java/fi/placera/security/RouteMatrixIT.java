package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.RouteMatrix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * AZ1: the checked-in route × role matrix (src/test/resources/security/route-matrix.csv) covers every
 * handler route, and every cell is what really happens.
 */
@PlaceraIT
class RouteMatrixIT {

    private static final List<String> ACTORS = List.of("anonymous", "client", "coach", "team_leader",
            "care_team_member", "manager", "evaluator", "admin", "area_admin", "other_area_admin");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;

    @Test
    void everyRouteIsInTheMatrixAndEveryRowIsARoute() throws IOException {
        Set<String> routes = new TreeSet<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("fi.placera")
                    && !method.getBeanType().getPackageName().startsWith("fi.placera.testing")) {
                info.getMethodsCondition().getMethods().forEach(verb ->
                        routes.add(verb + " " + new TreeSet<>(info.getPathPatternsCondition().getPatternValues())));
            }
        });
        Set<String> listed = new TreeSet<>();
        RouteMatrix.rows().forEach(row -> listed.add(row.method() + " " + bracketed(row.path())));
        assertThat(listed).as("rows of route-matrix.csv").isEqualTo(routes);
    }

    @Test
    void everyRowHasACellForEveryActor() throws IOException {
        assertThat(RouteMatrix.rows()).filteredOn(row -> row.expected().size() != ACTORS.size())
                .as("rows without a cell for each of " + ACTORS).isEmpty();
    }

    @Test
    void everyCellIsWhatHappens() throws Exception {
        Map<String, RequestPostProcessor> actors = actors();
        List<String> differences = new ArrayList<>();
        for (RouteMatrix.Row row : RouteMatrix.rows()) {
            for (int i = 0; i < Math.min(ACTORS.size(), row.expected().size()); i++) {
                String observed = outcome(perform(row, actors.get(ACTORS.get(i))));
                if (!observed.equals(row.expected().get(i))) {
                    differences.add(row.method() + " " + row.sample() + " as " + ACTORS.get(i) + ": expected "
                            + row.expected().get(i) + ", got " + observed);
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    private MockHttpServletResponse perform(RouteMatrix.Row row, RequestPostProcessor actor) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), row.sample()).with(csrf());
        if (actor != null) {
            request.with(actor);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String outcome(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl();
        int status = response.getStatus();
        if (status == 401 || status == 302 && location.contains("/login")) {
            return "login";
        }
        if (status == 400) {
            return "invalid";
        }
        if (status == 403 || status == 404 || (status == 302 && location.endsWith("/mfa"))) {
            return "deny";
        }
        return status < 400 ? "ok" : "error " + status;
    }

    private Map<String, RequestPostProcessor> actors() {
        Map<String, RequestPostProcessor> actors = new LinkedHashMap<>();
        actors.put("anonymous", null);
        // a client account linked to a client, as an invitation makes one: the client's own pages open for it
        actors.put("client", users.as(users.newClientAccount()));
        actors.put("coach", users.as("coach1"));
        actors.put("team_leader", users.as("teamleader"));
        actors.put("care_team_member", users.as("careteam"));
        actors.put("manager", users.as("manager"));
        actors.put("evaluator", users.as("evaluator"));
        actors.put("admin", users.as("admin"));
        // AZ9: an administrator of the demo area (whose records the samples are) and one of another area
        actors.put("area_admin", users.as(users.newAreaAdmin(DemoUsers.DEMO_AREA)));
        actors.put("other_area_admin", users.as(users.newAreaAdmin(DemoUsers.OTHER_AREA)));
        users.spareAccount();
        return actors;
    }

    /** A row's path or paths, in the same sorted form as the routes: "[/a, /a/{id}]". */
    private static String bracketed(String path) {
        return new TreeSet<>(List.of(path.replaceAll("[\\[\\]]", "").split(",\\s*"))).toString();
    }
}
