package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SE3: a session ends after 30 idle minutes and, however active, after 10 hours. */
@PlaceraIT
class SessionTimeoutIT {

    @LocalServerPort int port;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void thirtyIdleMinutesEndTheSession() throws Exception {
        WebSession session = new WebSession(port);
        session.logIn("coach1", users);
        assertThat(session.get("/week").statusCode()).isEqualTo(200);
        long thirtyOneMinutes = Duration.ofMinutes(31).toMillis();
        jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
                        + "where principal_name = 'coach1'")
                .params(thirtyOneMinutes, thirtyOneMinutes).update();
        assertThat(session.get("/week").headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void tenHoursEndEvenAnActiveSession() throws Exception {
        WebSession session = new WebSession(port);
        session.logIn("coach2", users);
        Duration before = users.clock().offset();
        // the session began in real time; the clock already runs ahead by the offset, so count from there
        users.clock().advance(Duration.ofHours(9).plusMinutes(59).minus(before));
        try {
            assertThat(session.get("/week").statusCode()).isEqualTo(200);
            users.clock().advance(Duration.ofMinutes(2));
            assertThat(session.get("/week").headers().firstValue("Location").orElseThrow()).contains("/login?expired");
            assertThat(session.get("/week").headers().firstValue("Location").orElseThrow()).contains("/login");
        } finally {
            users.clock().resetTo(before);
        }
    }
}
