package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.identity.internal.KeptInputs;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing typed is lost on a session timeout (issue 28 §7, decision 0063): a page form sent after the session ended
 * is kept — for its owner only, once, sealed, for half an hour — and comes back on its page after the next sign-in.
 */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class KeptInputIT {

    private static final Pattern OWNER = Pattern.compile("name=\"_owner\" value=\"([^\"]+)\"");
    private static final String PAGE = "/employer-contacts/new";
    private static final String KEPT_COOKIE = "__Host-placera-kept";

    @LocalServerPort int port;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksums;
    @Autowired KeptInputs kept;

    /** A signed-in session on the employer contact form, whose session then ends on the server. */
    private record Expired(WebSession browser, String ownerTag) {
    }

    private Expired onTheFormWhenTheSessionEnds(String username) throws Exception {
        WebSession browser = new WebSession(port);
        browser.logIn(username, users);
        HttpResponse<String> form = browser.get(PAGE);
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher owner = OWNER.matcher(form.body());
        assertThat(owner.find()).as("the owner tag in the posting form").isTrue();
        String session = new String(Base64.getDecoder().decode(browser.cookie("__Host-placera")), StandardCharsets.UTF_8);
        assertThat(jdbc.sql("delete from spring_session where session_id = ?").param(session).update()).isEqualTo(1);
        return new Expired(browser, owner.group(1));
    }

    private static Map<String, String> typed(String outcome, String ownerTag) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", UUID.randomUUID().toString());
        fields.put("contactedOn", "3.12.2026");
        fields.put("mode", "PHONE");
        fields.put("outcome", outcome);
        fields.put("nextStep", "Soitto <b>\"maanantaina\"</b> & 'sitten'");
        if (ownerTag != null) {
            fields.put("_owner", ownerTag);
        }
        return fields;
    }

    private long keptRows(String ownerTag) {
        return jdbc.sql("select count(*) from kept_input where owner_tag = ?").param(ownerTag).query(Long.class).single();
    }

    @Test
    void anExpiredFormIsKeptSealedAndNothingElseIsStored() throws Exception {
        Expired expired = onTheFormWhenTheSessionEnds("coach1");
        String outcome = "Haastattelu sovittu " + UUID.randomUUID();
        Map<String, String> before = checksums.ofEveryTable();

        HttpResponse<String> sent = expired.browser().postFrom(PAGE, "/employer-contacts", typed(outcome, expired.ownerTag()));

        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(checksums.ofEveryTable()).isEqualTo(before);
        String cookie = sent.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(KEPT_COOKIE))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "Secure", "SameSite=Lax", "Path=/");
        UUID id = UUID.fromString(expired.browser().cookie(KEPT_COOKIE));
        Map<String, Object> row = jdbc.sql("select * from kept_input where id = ?").param(id).query().singleRow();
        assertThat(row.get("owner_tag")).isEqualTo(expired.ownerTag());
        assertThat(row.get("action_path")).isEqualTo("/employer-contacts");
        assertThat(row.get("return_path")).isEqualTo(PAGE);
        assertThat((String) row.get("parameters")).startsWith("v1:").doesNotContain(outcome, "Haastattelu", "_csrf");
    }

    @Test
    void theSameUserSignsInAndGetsTheFormBackFilledOnceAndUnsent() throws Exception {
        Expired expired = onTheFormWhenTheSessionEnds("coach1");
        String outcome = "Haastattelu sovittu " + UUID.randomUUID();
        long contacts = jdbc.sql("select count(*) from employer_contact").query(Long.class).single();
        expired.browser().postFrom(PAGE, "/employer-contacts", typed(outcome, expired.ownerTag()));

        HttpResponse<String> signedIn = expired.browser().logIn("coach1", users);

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(PAGE);
        assertThat(expired.browser().cookie(KEPT_COOKIE)).isNull();
        String page = expired.browser().get(PAGE).body();
        assertThat(page).contains("id=\"kept-input\"", "data-kept-action=\"/employer-contacts\"", outcome,
                "3.12.2026", "Istuntosi oli päättynyt", "/js/kept-input.js");
        // the values are an escaped attribute: the typed markup never becomes markup
        assertThat(page).doesNotContain("<b>\"maanantaina\"</b>").contains("&lt;b&gt;")
                .doesNotContain("_csrf&quot;", "_owner&quot;");
        assertThat(expired.browser().get(PAGE).body()).doesNotContain("kept-input", outcome);
        assertThat(keptRows(expired.ownerTag())).isZero();
        assertThat(jdbc.sql("select count(*) from employer_contact").query(Long.class).single()).isEqualTo(contacts);
    }

    @Test
    void anotherUserSigningInOnTheSameBrowserNeverSeesIt(CapturedOutput output) throws Exception {
        Expired expired = onTheFormWhenTheSessionEnds("coach1");
        String outcome = "Haastattelu sovittu " + UUID.randomUUID();
        expired.browser().postFrom(PAGE, "/employer-contacts", typed(outcome, expired.ownerTag()));
        UUID id = UUID.fromString(expired.browser().cookie(KEPT_COOKIE));

        HttpResponse<String> signedIn = expired.browser().logIn("coach2", users);

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:" + port + "/");
        assertThat(expired.browser().get(PAGE).body()).doesNotContain("kept-input", outcome);
        assertThat(jdbc.sql("select count(*) from kept_input where id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(output.getOut()).contains("kept_input_discarded").doesNotContain(outcome);
    }

    @Test
    void aTamperedOrAbsentOwnerTagKeepsNothing(CapturedOutput output) throws Exception {
        String tag = onTheFormWhenTheSessionEnds("coach1").ownerTag();
        String tampered = (tag.charAt(0) == 'A' ? 'B' : 'A') + tag.substring(1);
        int mac = tag.indexOf('.') + 1;
        // a different first character of the MAC: "x" would leave one tag in 64 unchanged and valid
        String forged = tag.substring(0, mac) + (tag.charAt(mac) == 'x' ? 'y' : 'x') + tag.substring(mac + 1);

        for (String ownerTag : new String[] {tampered, forged, null}) {
            WebSession browser = onTheFormWhenTheSessionEnds("coach1").browser();
            HttpResponse<String> sent = browser.postFrom(PAGE, "/employer-contacts",
                    typed("Ei säilytetä " + ownerTag, ownerTag));
            assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
            assertThat(sent.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(KEPT_COOKIE));
        }
        assertThat(keptRows(tampered) + keptRows(forged)).isZero();
        assertThat(output.getOut()).contains("kept_input_refused").doesNotContain("Ei säilytetä");
    }

    @Test
    void aHugeFormIsNotKept() throws Exception {
        Expired expired = onTheFormWhenTheSessionEnds("coach1");

        HttpResponse<String> sent = expired.browser().postFrom(PAGE, "/employer-contacts",
                typed("x".repeat(KeptInputs.MAX_CHARS + 1), expired.ownerTag()));

        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(sent.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(KEPT_COOKIE));
        assertThat(keptRows(expired.ownerTag())).isZero();
    }

    @Test
    void aReturnPageOfAnotherSiteIsNeverUsed() throws Exception {
        String ownerTag = null;
        for (String page : new String[] {"https://evil.example/employer-contacts/new", "//evil.example",
                "/\\evil.example", "http://localhost:" + (port + 1) + PAGE}) {
            Expired expired = onTheFormWhenTheSessionEnds("coach1");
            ownerTag = expired.ownerTag();
            HttpResponse<String> sent = expired.browser().postFrom(page, "/employer-contacts",
                    typed("Ei säilytetä", expired.ownerTag()));
            assertThat(sent.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login?expired");
            assertThat(sent.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith(KEPT_COOKIE));
            assertThat(expired.browser().logIn("coach1", users).headers().firstValue("Location").orElseThrow())
                    .as(page).isEqualTo("http://localhost:" + port + "/");
        }
        assertThat(keptRows(ownerTag)).isZero();
    }

    @Test
    void expiredKeptFormsArePurgedAndNeverGivenBack() throws Exception {
        Expired expired = onTheFormWhenTheSessionEnds("coach1");
        expired.browser().postFrom(PAGE, "/employer-contacts", typed("Vanhenee", expired.ownerTag()));
        UUID id = UUID.fromString(expired.browser().cookie(KEPT_COOKIE));
        UUID coach1 = jdbc.sql("select id from user_account where username = 'coach1'").query(UUID.class).single();
        assertThat(kept.claim(id, coach1)).contains(PAGE);
        Duration before = users.clock().offset();
        try {
            // no sign-in while the clock is ahead: a second-factor step used now would be refused as reused later
            users.clock().advance(Duration.ofMinutes(31));
            assertThat(kept.claim(id, coach1)).isEmpty();
            assertThat(kept.purgeExpired()).isPositive();
        } finally {
            users.clock().resetTo(before);
        }
        assertThat(jdbc.sql("select count(*) from kept_input where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void theApiAndTheLoginFormAreNeverKept() throws Exception {
        Expired expired = onTheFormWhenTheSessionEnds("coach1");

        HttpResponse<String> api = expired.browser().postFrom(PAGE, "/api/v1/employers",
                typed("Rajapinta", expired.ownerTag()));
        HttpResponse<String> fromLogin = expired.browser().postFrom("/login", "/employer-contacts",
                typed("Kirjautuminen", expired.ownerTag()));
        HttpResponse<String> login = expired.browser().postFrom("/login", "/login",
                Map.of("username", "coach1", "password", "väärä", "_owner", expired.ownerTag()));

        assertThat(Optional.of(api.statusCode())).contains(401);
        assertThat(api.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(KEPT_COOKIE));
        assertThat(fromLogin.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(KEPT_COOKIE));
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(KEPT_COOKIE));
        assertThat(keptRows(expired.ownerTag())).isZero();
    }
}
