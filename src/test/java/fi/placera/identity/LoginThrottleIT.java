package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** AU3: password guessing is throttled without locking anyone out for good. */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoUsers users;
    @Autowired Clock clock;

    private String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void guessingIsThrottledWithinTenAttemptsEvenForTheRightPasswordAndOthersAreUnaffected(CapturedOutput output)
            throws Exception {
        // the application's clock, which other classes of the same JVM (and the colleague's sign-in below) move
        Instant started = clock.instant();
        WebSession attacker = new WebSession(port);
        int refusedAfter = -1;
        for (int attempt = 1; attempt <= 50 && refusedAfter < 0; attempt++) {
            if (location(attacker.logInWithPassword("teamleader", "guess-" + attempt)).contains("locked")) {
                refusedAfter = attempt;
            }
        }
        assertThat(refusedAfter).isBetween(2, 10);
        assertThat(location(attacker.logInWithPassword("teamleader", DemoUsers.PASSWORD))).contains("/login?locked");

        WebSession colleague = new WebSession(port);
        assertThat(location(colleague.logIn("coach2", users))).doesNotContain("error", "locked");

        assertThat(output.getOut()).contains("login_failure", "login_throttled");
        assertThat(output.getOut()).doesNotContain("guess-1");
        Instant lockedUntil = jdbc.sql("select locked_until from login_throttle "
                + "where username = 'teamleader' and client_address <> '*'").query(Timestamp.class).single().toInstant();
        assertThat(lockedUntil).isAfterOrEqualTo(started.plus(Duration.ofSeconds(30))).isBefore(clock.instant().plus(Duration.ofMinutes(16)));
        jdbc.sql("delete from login_throttle where username = 'teamleader'").update();
        assertThat(location(new WebSession(port).logIn("teamleader", users))).endsWith("/");
    }
}
