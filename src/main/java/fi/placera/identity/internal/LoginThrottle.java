package fi.placera.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing (ASVS V6.3, AU3): after {@value #FREE_ATTEMPTS} failures for one user
 * name from one address, that pair is refused for 30 seconds, doubling with each further failure up to
 * 15 minutes. A success clears it. Locks always expire, and other addresses are never affected, so an
 * attacker cannot lock a user out for good.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final int MAX_KEY_LENGTH = 128;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the pair may try again, if it is locked now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        return jdbc.sql("""
                        select locked_until from login_throttle
                        where username = ? and client_address = ? and locked_until > ?""")
                .params(key(username), key(address), Timestamp.from(clock.instant()))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into login_throttle (username, client_address, failures, last_failure_at)
                        values (?, ?, 1, ?)
                        on conflict (username, client_address)
                        do update set failures = login_throttle.failures + 1, last_failure_at = excluded.last_failure_at
                        returning failures""")
                .params(key(username), key(address), Timestamp.from(now))
                .query(Integer.class).single();
        if (failures >= FREE_ATTEMPTS) {
            jdbc.sql("update login_throttle set locked_until = ? where username = ? and client_address = ?")
                    .params(Timestamp.from(now.plus(lockFor(failures))), key(username), key(address))
                    .update();
        }
    }

    public void succeeded(String username, String address) {
        jdbc.sql("delete from login_throttle where username = ? and client_address = ?")
                .params(key(username), key(address)).update();
    }

    static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /** Oversized input is cut, so a 1 MB user name cannot bloat the table. */
    private static String key(String value) {
        String text = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        return text.length() > MAX_KEY_LENGTH ? text.substring(0, MAX_KEY_LENGTH) : text;
    }
}
