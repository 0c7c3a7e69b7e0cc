package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page's header (identity.web.PageHeader): the main navigation shows a role the pages it opens and no other,
 * the signed-in person's name, and nothing of either before the second factor or without a sign-in.
 */
@PlaceraIT
class MainNavigationIT {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;

    @Test
    void eachRoleIsShownTheLinksThatOpenForItAndNoOther() throws Exception {
        String areaAdmin = users.newAreaAdmin(DemoUsers.DEMO_AREA);
        String client = users.newClientAccount();
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (String user : List.of("coach1", "teamleader", "careteam", "manager", "evaluator", "admin", areaAdmin,
                client)) {
            shown.put(user, navigationOf(page(user, "/accessibility")));
        }
        assertThat(shown.get("coach1")).startsWith("/", "/week", "/clients").doesNotContain("/team", "/admin/teams");
        assertThat(shown.get("teamleader")).contains("/week", "/team", "/team/emergency-access", "/imports");
        assertThat(shown.get("careteam")).containsExactly("/", "/care-team", "/meetings/care-team");
        assertThat(shown.get("manager")).contains("/evaluation/area", "/steering").doesNotContain("/week");
        assertThat(shown.get("admin")).contains("/admin/areas", "/admin/teams").doesNotContain("/admin/sign-in-provider");
        assertThat(shown.get(areaAdmin)).contains("/admin/sign-in-provider", "/admin/teams")
                .doesNotContain("/admin/areas");
        assertThat(shown.get(client)).containsExactly("/");

        Set<String> everyLink = new LinkedHashSet<>();
        shown.values().forEach(everyLink::addAll);
        for (Map.Entry<String, List<String>> user : shown.entrySet()) {
            for (String link : everyLink) {
                int status = status(user.getKey(), link);
                if (user.getValue().contains(link)) {
                    assertThat(status).as("%s is shown %s", user.getKey(), link).isIn(200, 302);
                } else {
                    assertThat(status).as("%s is not shown %s", user.getKey(), link).isIn(403, 404);
                }
            }
        }
    }

    @Test
    void theHeaderNamesWhoIsSignedInAndOffersThePasswordChange() throws Exception {
        Document page = page("teamleader", "/team");
        assertThat(page.select("header .user").text()).isNotBlank();
        assertThat(page.select("header a[href='/account/password']")).hasSize(1);
        assertThat(page.select("header form.logout button")).hasSize(1);
    }

    @Test
    void beforeTheSecondFactorTheHeaderOffersOnlyTheWayHomeAndOut() throws Exception {
        WebSession halfway = new WebSession(port);
        halfway.logInWithPassword(users.signingIn(users.newCoach()), DemoUsers.PASSWORD);
        Document codeForm = Jsoup.parse(halfway.get("/mfa").body());
        assertThat(navigationOf(codeForm)).containsExactly("/");
        assertThat(codeForm.select("header a[href='/account/password']")).isEmpty();
        assertThat(codeForm.select("header form.logout button")).hasSize(1);
    }

    @Test
    void withoutASignInThereIsNoNavigationNorName() throws Exception {
        Document statement = Jsoup.parse(mvc.perform(get("/accessibility")).andReturn().getResponse()
                .getContentAsString());
        assertThat(statement.select(".main-nav")).isEmpty();
        assertThat(statement.select("header .user, header form.logout")).isEmpty();
    }

    /** The page, after the one redirect a page about the user's own area may make. */
    private Document page(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(users.as(user, get(path))).andReturn().getResponse();
        if (response.getStatus() == 302) {
            response = mvc.perform(users.as(user, get(response.getRedirectedUrl()))).andReturn().getResponse();
        }
        assertThat(response.getStatus()).as(user + " " + path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private int status(String user, String path) throws Exception {
        return mvc.perform(users.as(user, get(path))).andReturn().getResponse().getStatus();
    }

    private static List<String> navigationOf(Document page) {
        return page.select(".main-nav a").stream().map((Element link) -> link.attr("href")).toList();
    }
}
