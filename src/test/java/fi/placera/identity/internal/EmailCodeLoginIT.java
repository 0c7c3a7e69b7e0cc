package fi.placera.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The e-mailed code as a client's second factor instead of an authenticator app: enrolled by proving a code sent to
 * the address, then a code per login read from the outbox — {@value EmailCodes#DIGITS} digits, stored hashed, single
 * use, expiring after 10 minutes, rate-limited (a minute apart, five an hour) and offered to clients only.
 */
@PlaceraIT
class EmailCodeLoginIT {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{8})\\b");

    @LocalServerPort int port;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** The code in the newest mail to the address, as the relay would deliver it. */
    private String lastCode(String address) {
        String body = jdbc.sql("""
                        select arguments[1] from mail_outbox where recipient = ? order by created_at desc limit 1""")
                .param(address).query(String.class).single();
        Matcher code = CODE.matcher(body);
        assertThat(code.find()).as(body).isTrue();
        return code.group(1);
    }

    private int mails(String address) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(address).query(Integer.class)
                .single();
    }

    private WebSession passwordOnly(String username) throws Exception {
        WebSession session = new WebSession(port);
        HttpResponse<String> password = session.logInWithPassword(username, DemoUsers.PASSWORD);
        assertThat(location(password)).endsWith("/mfa");
        session.get("/mfa");
        return session;
    }

    @Test
    void aClientEnrolsAnAddressAndLogsInWithSingleUseShortLivedRateLimitedCodes() throws Exception {
        String username = users.newClientAccount();
        UUID account = jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class)
                .single();
        String address = username.replace('.', '-') + "@example.fi";

        WebSession first = new WebSession(port);
        assertThat(location(first.logInWithPassword(username, DemoUsers.PASSWORD))).endsWith("/mfa/enrol");
        assertThat(first.get("/mfa/enrol").body()).contains("Ei todennussovellusta?");
        HttpResponse<String> bad = first.post("/mfa/enrol/email", Map.of("email", "ei osoite"));
        assertThat(bad.body()).contains("Anna sähköpostiosoite").contains("value=\"ei osoite\"");
        assertThat(first.post("/mfa/enrol/email", Map.of("email", address)).body())
                .contains("Lähetimme koodin osoitteeseen " + address);
        String enrolment = lastCode(address);
        assertThat(enrolment).hasSize(EmailCodes.DIGITS);
        assertThat(jdbc.sql("select code_hash from mfa_email_code where account_id = ?").param(account)
                .query(String.class).single()).isEqualTo(EmailCodes.hash(account, enrolment)).doesNotContain(enrolment);
        assertThat(first.post("/mfa/enrol/email/verify", Map.of("code", "00000000")).body())
                .contains("Koodia ei hyväksytty");
        assertThat(location(first.post("/mfa/enrol/email/verify", Map.of("code", enrolment)))).endsWith("/");
        assertThat(first.get("/me").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select email from mfa_email where account_id = ?").param(account).query(String.class)
                .single()).isEqualTo(address);

        // the next login: a code on request, not twice within a minute
        users.clock().advance(Duration.ofSeconds(61));
        WebSession second = passwordOnly(username);
        assertThat(second.get("/mfa").body()).contains("Lähetä minulle koodi").contains("Sähköpostissa saamasi koodi");
        assertThat(second.post("/mfa/email", Map.of()).body()).contains("Koodi on matkalla");
        assertThat(second.post("/mfa/email", Map.of()).body()).contains("Odota minuutti");
        assertThat(mails(address)).isEqualTo(2);
        String login = lastCode(address);
        assertThat(location(second.post("/mfa", Map.of("code", login)))).endsWith("/");

        // used once: the same code does not open another session
        WebSession replay = passwordOnly(username);
        assertThat(replay.post("/mfa", Map.of("code", login)).body()).contains("Koodia ei hyväksytty");
        assertThat(location(replay.get("/me"))).endsWith("/mfa");

        // ten minutes and it is gone
        users.clock().advance(Duration.ofSeconds(61));
        WebSession late = passwordOnly(username);
        late.post("/mfa/email", Map.of());
        String expiring = lastCode(address);
        users.clock().advance(Duration.ofMinutes(10).plusSeconds(1));
        WebSession afterExpiry = passwordOnly(username);
        HttpResponse<String> expired = afterExpiry.post("/mfa", Map.of("code", expiring));
        assertThat(expired.body()).as(expired.statusCode() + " " + location(expired)).contains("Koodia ei hyväksytty");

        // five an hour (enrolment, the two logins above, two more), then no more
        assertThat(afterExpiry.post("/mfa/email", Map.of()).body()).contains("Koodi on matkalla");
        users.clock().advance(Duration.ofSeconds(61));
        assertThat(afterExpiry.post("/mfa/email", Map.of()).body()).contains("Koodi on matkalla");
        users.clock().advance(Duration.ofSeconds(61));
        assertThat(afterExpiry.post("/mfa/email", Map.of()).body()).contains("liian monta koodia");
        assertThat(mails(address)).isEqualTo(EmailCodes.MAX_PER_HOUR);
        // how the relay then sends them and clears their code: NotificationsIT
    }

    @Test
    void staffAreNotOfferedCodesByEmailAndCannotEnrolAnAddress() throws Exception {
        String username = users.newCoach();
        jdbc.sql("""
                        update user_account set password_hash = (select password_hash from user_account
                                                                 where username = 'coach1')
                        where username = ?""").param(username).update();
        WebSession staff = new WebSession(port);
        assertThat(location(staff.logInWithPassword(username, DemoUsers.PASSWORD))).endsWith("/mfa/enrol");
        assertThat(staff.get("/mfa/enrol").body()).contains("todennussovellus").doesNotContain("Ei todennussovellusta?");
        staff.post("/mfa/enrol/email", Map.of("email", "valmentaja@example.fi"));
        assertThat(mails("valmentaja@example.fi")).isZero();
    }
}
