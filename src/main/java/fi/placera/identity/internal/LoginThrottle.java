package fi.placera.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password and code guessing (ASVS V6.3, AU3) at two levels. After {@value #FREE_ATTEMPTS} failures
 * for one user name from one address, that pair is refused for 30 seconds, doubling with each further failure up
 * to 15 minutes. Guesses spread over many addresses are counted for the account too (the row for
 * {@value #ANY_ADDRESS}): after {@value #FREE_ACCOUNT_ATTEMPTS} failures from all addresses together, the account
 * is refused everywhere with the same growing delays; for second-factor codes, already after {@value #FREE_ATTEMPTS}
 * (decision 0034). A success clears both. Locks always expire, so an attacker can slow a user down but never lock
 * them out for good.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    /** Failures of one account from all addresses together before every address is slowed down. */
    static final int FREE_ACCOUNT_ATTEMPTS = 8;
    /** The address column's value for the count over all addresses; never a real address. */
    static final String ANY_ADDRESS = "*";
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final int MAX_KEY_LENGTH = 128;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the user name may try again from the address, if it is locked now (for that address or for all). */
    public Optional<Instant> lockedUntil(String username, String address) {
        return jdbc.sql("""
                        select locked_until from login_throttle
                        where username = ? and client_address in (?, ?) and locked_until > ?
                        order by locked_until desc limit 1""")
                .params(key(username), key(address), ANY_ADDRESS, Timestamp.from(clock.instant()))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** A wrong password for the user name from the address. */
    public void failed(String username, String address) {
        count(key(username), key(address), FREE_ATTEMPTS);
        count(key(username), ANY_ADDRESS, FREE_ACCOUNT_ATTEMPTS);
    }

    /**
     * A wrong second-factor code (authenticator or e-mail), counted for the account alone: a second factor locked at
     * one address is locked at all of them. Whoever guesses codes has the password already, so this lock is no tool
     * for strangers to keep a user out.
     */
    public void codeFailed(String key) {
        count(key(key), ANY_ADDRESS, FREE_ATTEMPTS);
    }

    public void succeeded(String username, String address) {
        jdbc.sql("delete from login_throttle where username = ? and client_address in (?, ?)")
                .params(key(username), key(address), ANY_ADDRESS).update();
    }

    private void count(String username, String address, int freeAttempts) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into login_throttle (username, client_address, failures, last_failure_at)
                        values (?, ?, 1, ?)
                        on conflict (username, client_address)
                        do update set failures = login_throttle.failures + 1, last_failure_at = excluded.last_failure_at
                        returning failures""")
                .params(username, address, Timestamp.from(now))
                .query(Integer.class).single();
        if (failures >= freeAttempts) {
            jdbc.sql("update login_throttle set locked_until = ? where username = ? and client_address = ?")
                    .params(Timestamp.from(now.plus(lockFor(failures, freeAttempts))), username, address)
                    .update();
        }
    }

    /** The lock after this many failures: 30 s at the first failure past the free ones, doubling up to 15 min. */
    static Duration lockFor(int failures, int freeAttempts) {
        int doublings = Math.min(failures - freeAttempts, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /** Oversized input is cut, so a 1 MB user name cannot bloat the table. */
    private static String key(String value) {
        String text = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        return text.length() > MAX_KEY_LENGTH ? text.substring(0, MAX_KEY_LENGTH) : text;
    }
}
