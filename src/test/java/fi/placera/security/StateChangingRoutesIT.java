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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
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

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TableChecksum checksum;

    @Test
    void everyStateChangingRouteRefusesAMissingOrForgedCsrfTokenAndOtherVerbsAndChangesNothing() throws Exception {
        String client = users.newClientAccount();
        Map<String, String> before = checksum.ofEveryTable();
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
            String actor = row.servingStaff();
            RequestPostProcessor as = actor == null ? users.as(client) : users.as(actor);
            MockHttpServletResponse withoutToken = send(row.method(), row.sample(), as, false);
            int forged = send(row.method(), row.sample(), as, true).getStatus();
            if (!refusedForTheMissingToken(row.sample(), withoutToken) || forged != 403) {
                wrong.add(row.method() + " " + row.sample() + ": " + withoutToken.getStatus() + " "
                        + withoutToken.getRedirectedUrl() + " without a token, " + forged + " with a forged one");
            }
            if (row.patterns().stream().noneMatch(readPatterns::contains)) {
                // the URL rules may refuse the user first (403) where the route does not serve them at all
                List<Integer> expected = "deny".equals(row.cell(row.servingColumn())) ? List.of(403, 405) : List.of(405);
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
        assertThat(checksum.ofEveryTable()).isEqualTo(before);
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
}
