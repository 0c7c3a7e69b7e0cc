package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlaceraIT
class LoginIT {

    private static final String SESSION = "__Host-placera";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired DemoUsers users;

    @Test
    void loginIssuesANewSessionIdAndTheOldOneIsWorthless() throws Exception {
        WebSession browser = new WebSession(port);
        browser.get("/login");
        String before = browser.cookie(SESSION);
        HttpResponse<String> password = browser.post("/login", Map.of("username", "coach1", "password", DemoUsers.PASSWORD));
        assertThat(password.headers().firstValue("Location").orElseThrow()).endsWith("/mfa");
        String afterPassword = browser.cookie(SESSION);
        assertThat(afterPassword).isNotNull().isNotEqualTo(before);
        browser.get("/mfa");
        HttpResponse<String> code = browser.post("/mfa", Map.of("code", users.nextTotpCode()));
        assertThat(code.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(browser.cookie(SESSION)).isNotEqualTo(afterPassword);
        assertThat(browser.get("/week").body()).contains("Mikko Heikkinen");

        WebSession attacker = new WebSession(port);
        attacker.setCookie(SESSION, before);
        assertThat(attacker.get("/").headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void sessionsLiveInPostgresqlSoAnyNodeCanServeThem() throws Exception {
        WebSession browser = new WebSession(port);
        browser.logIn("coach2", users);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'coach2'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void afterLogoutTheCookieNoLongerWorks() throws Exception {
        WebSession browser = new WebSession(port);
        browser.logIn("coach3", users);
        String session = browser.cookie(SESSION);
        browser.get("/");
        browser.post("/logout", Map.of());
        WebSession replay = new WebSession(port);
        replay.setCookie(SESSION, session);
        assertThat(replay.get("/").headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void wrongPasswordIsRefusedInTheUsersLanguage() throws Exception {
        WebSession browser = new WebSession(port);
        HttpResponse<String> login = browser.logInWithPassword("coach1", "not-the-password");
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        assertThat(browser.get("/login?error&lang=sv").body()).contains("Fel användarnamn eller lösenord.");
        assertThat(browser.get("/").headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void oversizedAndMalformedCredentialsAreRefusedWithoutErrors() throws Exception {
        WebSession browser = new WebSession(port);
        HttpResponse<String> login = browser.logInWithPassword("x".repeat(100_000) + "\u0000'; drop table user_account;--",
                "p".repeat(100_000));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }

    @Test
    void formsWithoutAValidCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        WebSession browser = new WebSession(port);
        browser.logIn("admin", users);
        browser.get("/admin/teams/new");
        String before = checksum.of("ips_team");
        Map<String, String> team = Map.of("id", "6a1f0000-0000-4000-8000-00000000abcd", "areaId", "17",
                "code", "NO-CSRF", "name", "No token", "collaborationModel", "CARE_INTEGRATED");
        assertThat(browser.postExactly("/admin/teams", team).statusCode()).isEqualTo(403);
        Map<String, String> forged = new java.util.HashMap<>(team);
        forged.put("_csrf", "forged-token");
        assertThat(browser.postExactly("/admin/teams", forged).statusCode()).isEqualTo(403);
        assertThat(checksum.of("ips_team")).isEqualTo(before);
        assertThat(browser.post("/admin/teams", team).statusCode()).isEqualTo(302);
        assertThat(checksum.of("ips_team")).isNotEqualTo(before);
    }

    @Test
    void everyStoredPasswordIsAnArgon2idHashWithAsvsParameters() {
        // 'none': the test fixtures' accounts that have no password (TestTeams, DemoUsers); '!': an erased client's
        // account, which no password opens. Any other value must be a hash Placera made, whatever ran before this test.
        var hashes = jdbc.sql("select password_hash from user_account where password_hash not in ('none', '!')")
                .query(String.class).list();
        assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash)
                .startsWith("{argon2}$argon2id$v=19$")
                .containsPattern("m=(19456|[2-9]\\d{4,}|\\d{6,}),t=([2-9]|\\d{2,}),p=\\d+"));
    }

    @Test
    void everyCookieIsSecureHttpOnlySameSiteAndHostPrefixed() throws Exception {
        java.util.List<String> cookies = new java.util.ArrayList<>();
        HttpResponse<String> page = new WebSession(port).get("/login?lang=sv");
        cookies.addAll(page.headers().allValues("Set-Cookie"));
        WebSession browser = new WebSession(port);
        browser.get("/login");
        cookies.addAll(browser.post("/login", Map.of("username", "coach1", "password", DemoUsers.PASSWORD))
                .headers().allValues("Set-Cookie"));
        assertThat(cookies).hasSizeGreaterThanOrEqualTo(2).allSatisfy(cookie -> assertThat(cookie)
                .startsWith("__Host-").contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/")
                .doesNotContainIgnoringCase("Domain="));
    }
}
