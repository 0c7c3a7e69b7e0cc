package fi.placera.identity.internal;

import fi.placera.notifications.Notifications;
import fi.placera.notifications.Notifications.Kind;
import fi.placera.platform.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mailed one-time codes, a client's alternative to an authenticator app: {@value #DIGITS} random digits, valid
 * {@link #VALIDITY}, stored only as SHA-256 salted with the account id, at most {@value #MAX_ATTEMPTS} tries per code
 * and used once; a new code at most every {@link #RESEND_AFTER} and {@value #MAX_PER_HOUR} an hour. The mail goes
 * through {@link Notifications} in the same transaction.
 */
@Service
public class EmailCodes {

    static final int DIGITS = 8;
    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    static final int MAX_PER_HOUR = 5;
    static final int MAX_ATTEMPTS = 5;

    /** Whether a code was sent, or why not. */
    public enum Sent { SENT, TOO_SOON, TOO_MANY }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Notifications notifications;
    private final SecureRandom random = new SecureRandom();

    EmailCodes(JdbcClient jdbc, Clock clock, Notifications notifications) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notifications = notifications;
    }

    public boolean isEnrolled(UUID accountId) {
        return addressOf(accountId).isPresent();
    }

    public Optional<String> addressOf(UUID accountId) {
        return jdbc.sql("select email from mfa_email where account_id = :id").param("id", accountId)
                .query(String.class).optional();
    }

    /** Sends a new code to the address (the enrolled one, or one being enrolled), unless the rate limit says no. */
    @Transactional
    public Sent send(UUID accountId, String address, Locale locale) {
        Instant now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", "mfa_email_code:" + accountId)
                .query(Object.class).single();
        record Previous(Instant sentAt, Instant windowStart, int sentInWindow) {
        }
        Optional<Previous> previous = jdbc.sql("""
                        select sent_at, window_start, sent_in_window from mfa_email_code where account_id = :id""")
                .param("id", accountId)
                .query((rs, row) -> new Previous(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getInt(3)))
                .optional();
        Instant windowStart = now;
        int sentInWindow = 1;
        if (previous.isPresent()) {
            if (previous.get().sentAt().plus(RESEND_AFTER).isAfter(now)) {
                return Sent.TOO_SOON;
            }
            if (previous.get().windowStart().plus(Duration.ofHours(1)).isAfter(now)) {
                if (previous.get().sentInWindow() >= MAX_PER_HOUR) {
                    return Sent.TOO_MANY;
                }
                windowStart = previous.get().windowStart();
                sentInWindow = previous.get().sentInWindow() + 1;
            }
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < DIGITS; i++) {
            code.append(random.nextInt(10));
        }
        jdbc.sql("""
                        insert into mfa_email_code (account_id, code_hash, expires_at, attempts, sent_at, window_start,
                                                    sent_in_window)
                        values (:id, :hash, :expires, 0, :now, :window, :count)
                        on conflict (account_id) do update set code_hash = excluded.code_hash,
                            expires_at = excluded.expires_at, attempts = 0, sent_at = excluded.sent_at,
                            window_start = excluded.window_start, sent_in_window = excluded.sent_in_window""")
                .param("id", accountId).param("hash", hash(accountId, code.toString()))
                .param("expires", Timestamp.from(now.plus(VALIDITY))).param("now", Timestamp.from(now))
                .param("window", Timestamp.from(windowStart)).param("count", sentInWindow).update();
        notifications.toAddress(address, locale, Kind.LOGIN_CODE,
                List.of(code.toString(), Long.toString(VALIDITY.toMinutes())));
        return Sent.SENT;
    }

    /** Uses up the account's code if this is it and it is still valid; a wrong one counts against the code. */
    @Transactional
    public boolean verify(UUID accountId, String code) {
        if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
            countAttempt(accountId);
            return false;
        }
        // used up by expiring it now (the row keeps the rate limit's window); a conditional update, so only one use
        int used = jdbc.sql("""
                        update mfa_email_code set expires_at = :now, code_hash = repeat('0', 64)
                        where account_id = :id and code_hash = :hash and expires_at > :now and attempts < :max""")
                .param("id", accountId).param("hash", hash(accountId, code.strip()))
                .param("now", Timestamp.from(clock.instant())).param("max", MAX_ATTEMPTS).update();
        if (used == 1) {
            return true;
        }
        countAttempt(accountId);
        return false;
    }

    /** Enrols the address after its code was proven. */
    @Transactional
    public boolean enrol(UUID accountId, String address, String code) {
        if (!Checks.plausibleEmail(address) || !verify(accountId, code)) {
            return false;
        }
        jdbc.sql("""
                        insert into mfa_email (account_id, email, enrolled_at) values (:id, :email, :at)
                        on conflict (account_id) do update set email = excluded.email, enrolled_at = excluded.enrolled_at""")
                .param("id", accountId).param("email", address).param("at", Timestamp.from(clock.instant())).update();
        return true;
    }

    private void countAttempt(UUID accountId) {
        jdbc.sql("update mfa_email_code set attempts = attempts + 1 where account_id = :id").param("id", accountId)
                .update();
    }

    static String hash(UUID accountId, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((accountId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
