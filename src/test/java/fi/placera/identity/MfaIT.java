package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** AU4 and ASVS 6.3.3: nothing but the second-factor pages until the code is given; codes are single-use. */
@PlaceraIT
class MfaIT {

    @LocalServerPort int port;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void withOnlyThePasswordEveryPageLeadsToTheCodeForm() throws Exception {
        WebSession halfway = new WebSession(port);
        halfway.logInWithPassword("coach1", DemoUsers.PASSWORD);
        for (String path : List.of("/", "/admin/teams", "/admin/teams/new", "/admin/audit",
                "/admin/teams/6a1f0000-0000-4000-8000-000000000001")) {
            HttpResponse<String> response = halfway.get(path);
            assertThat(location(response)).as(path).endsWith("/mfa");
            assertThat(response.body()).as(path).doesNotContain("POH-IPS1", "Mikko Heikkinen");
        }
    }

    @Test
    void aCodeWorksOnceAndACodeOlderThanOneStepIsRefused() throws Exception {
        String code = users.nextTotpCode();
        WebSession first = new WebSession(port);
        first.logInWithPassword("coach2", DemoUsers.PASSWORD);
        first.get("/mfa");
        assertThat(location(first.post("/mfa", Map.of("code", code)))).endsWith("/");
        // the seeded secret was stored in plain text; once used, it is sealed and still works (below)
        assertThat(storedSecretOf("coach2")).startsWith("v1:").doesNotContain(DemoUsers.TOTP_SECRET);

        WebSession replay = new WebSession(port);
        replay.logInWithPassword("coach2", DemoUsers.PASSWORD);
        replay.get("/mfa");
        HttpResponse<String> reused = replay.post("/mfa", Map.of("code", code));
        assertThat(reused.statusCode()).isEqualTo(200);
        assertThat(reused.body()).contains("Koodia ei hyväksytty");

        long now = users.clock().instant().getEpochSecond() / 30;
        users.clock().advance(java.time.Duration.ofSeconds(90));
        assertThat(replay.post("/mfa", Map.of("code", users.codeAt(now + 1))).body()).contains("Koodia ei hyväksytty");
        assertThat(location(replay.post("/mfa", Map.of("code", users.codeAt(now + 3))))).endsWith("/");
    }

    @Test
    void forgedAndMalformedCodesAreRefusedWithoutErrors() throws Exception {
        WebSession session = new WebSession(port);
        session.logInWithPassword("coach3", DemoUsers.PASSWORD);
        session.get("/mfa");
        for (String forged : List.of("000000", "12345", "abcdef", "1".repeat(100_000), "' or 1=1 --", "")) {
            HttpResponse<String> response = session.post("/mfa", Map.of("code", forged));
            assertThat(response.statusCode()).as(forged).isIn(200, 302);
            assertThat(location(response)).as(forged).doesNotEndWith(":" + port + "/");
        }
        assertThat(location(session.get("/"))).endsWith("/mfa");
    }

    @Test
    void aNewUserEnrolsWithAQrCodeAndGetsSingleUseRecoveryCodes() throws Exception {
        String username = "mfa-" + UUID.randomUUID().toString().substring(0, 8);
        UUID account = UUID.randomUUID();
        jdbc.sql("insert into user_account (id, username, display_name, password_hash, version) values (?, ?, 'New Coach', ?, 0)")
                .params(account, username, passwords.encode("a long enough passphrase")).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'COACH')").param(account).update();

        WebSession session = new WebSession(port);
        assertThat(location(session.logInWithPassword(username, "a long enough passphrase"))).endsWith("/mfa/enrol");
        String enrolPage = session.get("/mfa/enrol").body();
        assertThat(enrolPage).contains("src=\"data:image/png;base64,");
        Matcher secret = Pattern.compile("class=\"secret\">([A-Z2-7]+)<").matcher(enrolPage);
        assertThat(secret.find()).isTrue();

        users.clock().advance(java.time.Duration.ofSeconds(30));
        String code = new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret.group(1),
                users.clock().instant().getEpochSecond() / 30);
        HttpResponse<String> enrolled = session.post("/mfa/enrol", Map.of("code", code));
        Matcher recovery = Pattern.compile("<code>([a-z0-9]{4}(?:-[a-z0-9]{4}){3})</code>").matcher(enrolled.body());
        assertThat(recovery.find()).isTrue();
        assertThat(storedSecretOf(username)).startsWith("v1:").doesNotContain(secret.group(1));
        assertThat(session.get("/week").body()).contains("New Coach");
        assertThat(jdbc.sql("select count(*) from mfa_recovery_code where account_id = ?").param(account)
                .query(Integer.class).single()).isEqualTo(10);

        WebSession lostPhone = new WebSession(port);
        lostPhone.logInWithPassword(username, "a long enough passphrase");
        lostPhone.get("/mfa");
        assertThat(location(lostPhone.post("/mfa", Map.of("code", recovery.group(1))))).endsWith("/");
        WebSession again = new WebSession(port);
        again.logInWithPassword(username, "a long enough passphrase");
        again.get("/mfa");
        assertThat(again.post("/mfa", Map.of("code", recovery.group(1))).statusCode()).isEqualTo(200);
    }

    private String storedSecretOf(String username) {
        return jdbc.sql("select c.secret from mfa_credential c join user_account a on a.id = c.account_id where a.username = ?")
                .param(username).query(String.class).single();
    }
}
