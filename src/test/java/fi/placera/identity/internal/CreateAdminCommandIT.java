package fi.placera.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 31 §6: {@code create-admin} makes the first administrator with a one-time setup link that sets the password;
 * the authenticator is enrolled at the first sign-in, before any page opens. It refuses when an administrator exists
 * (the demo database has one) unless told {@code --force}.
 */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class CreateAdminCommandIT {

    private static final Pattern LINK = Pattern.compile("https://placera\\.example\\.fi/setup/([A-Za-z0-9_-]{43})");

    @LocalServerPort int port;
    @Autowired CreateAdminCommand command;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    @Test
    void refusesWhenTheDatabaseHasAnAdministratorAlready(CapturedOutput output) throws Exception {
        String before = checksum.of("user_account");
        assertThat(command.run(List.of("--username", "second.admin"))).isEqualTo(1);
        assertThat(output.getOut()).contains("Refused: The database has an administrator already.");
        assertThat(command.run(List.of("--username", "area.admin", "--area", "NOWHERE", "--force"))).isEqualTo(1);
        assertThat(command.run(List.of("--area", "VARS"))).isEqualTo(2);
        assertThat(command.run(List.of("--username", "x", "--bogus"))).isEqualTo(2);
        assertThat(checksum.of("user_account")).isEqualTo(before);
    }

    @Test
    void theSetupLinkSetsThePasswordOnceAndTheFirstSignInEnrolsTheAuthenticator(CapturedOutput output)
            throws Exception {
        String username = "vars.admin." + UUID.randomUUID().toString().substring(0, 6);
        assertThat(command.run(List.of("--username", username, "--area", "VARS", "--name", "Varsinais-Suomen Pääkäyttäjä",
                "--url", "https://placera.example.fi/", "--force"))).isZero();
        String token = token(output);
        assertThat(jdbc.sql("select count(*) from account_setup_link where token_hash like ?").param("%" + token + "%")
                .query(Integer.class).single()).as("only the hash is kept").isZero();

        WebSession browser = new WebSession(port);
        assertThat(browser.get("/setup/" + token).statusCode()).isEqualTo(200);
        assertThat(browser.post("/setup/" + token, Map.of("password", "salasana", "repeated", "salasana")).body())
                .contains("aria-invalid=\"true\"");
        assertThat(browser.post("/setup/" + token, Map.of("password", "alueen oma salalause",
                "repeated", "alueen oma salalause")).headers().firstValue("Location").orElseThrow()).endsWith("/login?welcome");
        assertThat(browser.get("/setup/" + token).statusCode()).as("used once").isEqualTo(404);

        WebSession admin = new WebSession(port);
        assertThat(admin.logInWithPassword(username, "alueen oma salalause").headers().firstValue("Location")
                .orElseThrow()).endsWith("/mfa/enrol");
        assertThat(admin.get("/admin/accounts").headers().firstValue("Location").orElseThrow()).endsWith("/mfa");
        Matcher secret = Pattern.compile("class=\"secret\">([A-Z2-7]+)<").matcher(admin.get("/mfa/enrol").body());
        assertThat(secret.find()).isTrue();
        users.clock().advance(Duration.ofSeconds(30));
        String code = new DefaultCodeGenerator().generate(secret.group(1), users.clock().instant().getEpochSecond() / 30);
        assertThat(admin.post("/mfa/enrol", Map.of("code", code)).statusCode()).isEqualTo(200);

        HttpResponse<String> accounts = admin.get("/admin/accounts");
        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(accounts.body()).contains(username).doesNotContain("coach1");
        assertThat(jdbc.sql("select action from admin_change where username = 'operator:create-admin' and after_value like ?")
                .param("username=" + username + ";%").query(String.class).list()).containsExactly("ACCOUNT_CREATED");
    }

    @Test
    void aSetupLinkInSwedishOpensInSwedishAndTheLoginAfterItToo(CapturedOutput output) throws Exception {
        String before = checksum.of("user_account");
        assertThat(command.run(List.of("--username", "xx.admin", "--language", "xx", "--force"))).as("unknown").isEqualTo(2);
        assertThat(command.run(List.of("--username", "xx.admin", "--language", "<sv>", "--force"))).isEqualTo(2);
        assertThat(checksum.of("user_account")).as("nothing made").isEqualTo(before);

        String username = "sv.admin." + UUID.randomUUID().toString().substring(0, 6);
        assertThat(command.run(List.of("--username", username, "--url", "https://placera.example.fi", "--language", "sv",
                "--force"))).isZero();
        String token = token(output);
        assertThat(output.getOut()).contains("/setup/" + token + "?lang=sv");
        WebSession browser = new WebSession(port);
        assertThat(Jsoup.parse(browser.get("/setup/" + token + "?lang=sv").body()).select("html").attr("lang"))
                .isEqualTo("sv");
        assertThat(browser.post("/setup/" + token, Map.of("password", "administratörens egen lösenfras",
                "repeated", "administratörens egen lösenfras")).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?welcome");
        Document login = Jsoup.parse(browser.get("/login?welcome").body());
        assertThat(login.select("html").attr("lang")).isEqualTo("sv");
        assertThat(login.select("h1").text()).isEqualTo("Logga in i Placera");
    }

    @Test
    void aSetupLinkExpires(CapturedOutput output) throws Exception {
        String username = "late.admin." + UUID.randomUUID().toString().substring(0, 6);
        assertThat(command.run(List.of("--username", username, "--url", "https://placera.example.fi", "--force")))
                .isZero();
        String token = token(output);
        users.clock().advance(AdministratorSetup.VALID.plusMinutes(1));
        WebSession browser = new WebSession(port);
        assertThat(browser.get("/setup/" + token).statusCode()).isEqualTo(404);
        assertThat(browser.get("/setup/" + "x".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select area_id is null from user_account where username = ?").param(username)
                .query(Boolean.class).single()).as("a national administrator").isTrue();
    }

    private static String token(CapturedOutput output) {
        Matcher link = LINK.matcher(output.getOut());
        String token = null;
        while (link.find()) {
            token = link.group(1);
        }
        assertThat(token).isNotNull();
        return token;
    }
}
