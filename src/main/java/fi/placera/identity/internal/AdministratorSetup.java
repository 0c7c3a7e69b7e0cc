package fi.placera.identity.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.identity.Role;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.Administrator;
import fi.placera.platform.Rejection;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a database nobody can sign in to yet (issue 31 §6): an operator command creates the
 * account with a one-time setup link; whoever opens the link chooses the password, and the authenticator is enrolled
 * at the sign-in that follows, before any page opens. Only the link's SHA-256 is stored; it works once, for
 * {@link #VALID}.
 */
@Service
public class AdministratorSetup {

    /** How long a setup link works: long enough to hand it over, short enough that a forgotten one is harmless. */
    public static final Duration VALID = Duration.ofHours(2);
    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 64;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Organisation organisation;
    private final AdminChanges changes;
    private final SecureRandom random = new SecureRandom();

    AdministratorSetup(JdbcClient jdbc, Clock clock, AccountRepository accounts, PasswordEncoder passwords,
            PasswordPolicy policy, Organisation organisation, AdminChanges changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.organisation = organisation;
        this.changes = changes;
    }

    /** What the operator gets: the new account and the token of its setup link, shown once. */
    public record SetupLink(UUID accountId, String token, Instant expiresAt) {
    }

    /**
     * Creates a national administrator (no area code) or an area's administrator. Refused when an enabled
     * administrator exists already, unless {@code force}: the command is for the first start, not a back door.
     */
    @Transactional
    public SetupLink createAdministrator(String username, String displayName, String areaCode, boolean force) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches(JdbcClientAccounts.USERNAME)) {
            throw new Rejection("username", "account.username.format");
        }
        Short areaId = areaCode == null ? null : organisation.areas().stream()
                .filter(area -> area.code().equalsIgnoreCase(areaCode.strip())).findFirst().map(WelfareArea::id)
                .orElseThrow(() -> new Rejection("areaId", "organisation.area.unknown"));
        if (!force && accounts.administratorExists(false)) {
            throw new Rejection(null, "setup.admin.exists");
        }
        if (accounts.usernameTaken(name)) {
            throw new Rejection("username", "account.username.taken");
        }
        Account account = new Account(UUID.randomUUID(), name, displayName == null || displayName.isBlank() ? name
                : displayName.strip(), Set.of(Role.ADMIN), areaId, null, true, null);
        accounts.insert(account, passwords.encode(randomToken()), false);
        changes.record(Administrator.operator("create-admin"), AdminChange.of(AccountAdministration.ACCOUNT,
                account.id(), areaId, "ACCOUNT_CREATED", null, "username=" + name + "; roles=[ADMIN]; area=" + areaId));
        String token = randomToken();
        Instant expires = clock.instant().plus(VALID);
        jdbc.sql("insert into account_setup_link (token_hash, account_id, expires_at) values (:hash, :account, :expires)")
                .param("hash", JdbcClientAccounts.hash(token)).param("account", account.id())
                .param("expires", Timestamp.from(expires)).update();
        return new SetupLink(account.id(), token, expires);
    }

    /** Whether the link still works (exists, unused, not expired). */
    public boolean usable(String token) {
        return pending(token).isPresent();
    }

    /**
     * Sets the password chosen through the link and uses the link up; refused (nothing stored) when the password is
     * not acceptable, the two differ, or the link no longer works.
     */
    @Transactional
    public void complete(String token, String password, String repeated) {
        UUID accountId = pending(token).orElseThrow(() -> new Rejection(null, "setup.link.unusable"));
        Account account = accounts.findById(accountId).orElseThrow(() -> new Rejection(null, "setup.link.unusable"));
        policy.problemWith(password, java.util.List.of(account.username())).ifPresent(key -> {
            throw new Rejection("password", key);
        });
        if (!password.equals(repeated)) {
            throw new Rejection("repeated", "portal.invite.passphrase.mismatch");
        }
        int used = jdbc.sql("""
                        update account_setup_link set used_at = :now
                        where token_hash = :hash and used_at is null and expires_at > :now""")
                .param("now", Timestamp.from(clock.instant())).param("hash", JdbcClientAccounts.hash(token)).update();
        if (used != 1) {
            throw new Rejection(null, "setup.link.unusable");
        }
        accounts.setPasswordHash(accountId, passwords.encode(password), false);
        // a second factor left from an earlier setup of this account must not carry over
        accounts.deleteSecondFactor(accountId);
    }

    private Optional<UUID> pending(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select account_id from account_setup_link
                        where token_hash = :hash and used_at is null and expires_at > :now""")
                .param("hash", JdbcClientAccounts.hash(token)).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional();
    }

    private String randomToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
