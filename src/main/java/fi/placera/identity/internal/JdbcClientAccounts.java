package fi.placera.identity.internal;

import fi.placera.audit.AccessAction;
import fi.placera.identity.ClientAccounts;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.notifications.Notifications;
import fi.placera.platform.Rejection;
import fi.placera.platform.web.Languages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and client accounts in {@code client_invite} and {@code client_account}. A token is 32 random bytes
 * (256 bits) from {@link SecureRandom}, given out once in the link; only its SHA-256 hash is stored, so a copy of
 * the database does not open anyone's invitation.
 */
@Service
class JdbcClientAccounts implements ClientAccounts {

    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 100;
    static final String USERNAME = "^[a-z0-9][a-z0-9._-]{2,63}$";
    /** A password hash no passphrase matches, as an erased account has. */
    private static final String NO_PASSPHRASE = "!";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final SecurityEvents securityEvents;
    private final Notifications notifications;
    private final SecureRandom random = new SecureRandom();

    JdbcClientAccounts(JdbcClient jdbc, Clock clock, AccountRepository accounts, PasswordEncoder passwords,
            PasswordPolicy policy, SecurityEvents securityEvents, Notifications notifications) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.securityEvents = securityEvents;
    }

    @Override
    public Invitation invite(UUID clientId, short areaId, String clientName, Locale language, PlaceraUser invitedBy) {
        if (hasAccount(clientId)) {
            // worded like any refusal: whether a client uses their own pages is the client's business
            securityEvents.clientActionRefused(invitedBy, AccessAction.INVITE, "client_has_account");
            throw new Rejection(null, "portal.invite.refused");
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(INVITE_VALIDITY);
        jdbc.sql("""
                        insert into client_invite (token_hash, client_id, area_id, display_name, language, invited_by,
                                                   invited_at, expires_at)
                        values (:hash, :client, :area, :name, :language, :by, :at, :expires)""")
                .param("hash", hash(token)).param("client", clientId).param("area", areaId)
                .param("name", clientName).param("language", language.getLanguage())
                .param("by", invitedBy.accountId()).param("at", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update();
        return new Invitation(token, expires);
    }

    @Override
    public boolean usable(String token) {
        return pending(token).isPresent();
    }

    @Override
    public Optional<Locale> language(String token) {
        return pending(token).flatMap(invite -> Languages.byTag(invite.language()));
    }

    @Override
    @Transactional
    public void accept(String token, String username, String passphrase, String repeated) {
        Pending invite = pending(token).orElseThrow(() -> new Rejection(null, "portal.invite.unusable"));
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches(USERNAME)) {
            throw new Rejection("username", "portal.invite.username.format");
        }
        if (accounts.usernameTaken(name)) {
            throw new Rejection("username", "portal.invite.username.taken");
        }
        policy.problemWith(passphrase, List.of(name, invite.firstName())).ifPresent(key -> {
            throw new Rejection("passphrase", key);
        });
        if (!passphrase.equals(repeated)) {
            throw new Rejection("repeated", "portal.invite.passphrase.mismatch");
        }
        // the conditional update uses the invitation up once, even when the form is sent twice at the same time
        int used = jdbc.sql("""
                        update client_invite set used_at = :now
                        where token_hash = :hash and used_at is null and expires_at > :now""")
                .param("now", Timestamp.from(clock.instant())).param("hash", hash(token)).update();
        if (used != 1 || hasAccount(invite.clientId())) {
            throw new Rejection(null, "portal.invite.unusable");
        }
        UUID accountId = UUID.randomUUID();
        Account account = new Account(accountId, name, invite.firstName(), Set.of(Role.CLIENT), invite.areaId(), null,
                true, 0);
        if (!accounts.insert(account, passwords.encode(passphrase), false)) {
            throw new Rejection("username", "portal.invite.username.taken");
        }
        jdbc.sql("""
                        insert into client_account (account_id, client_id, area_id, created_at)
                        values (:account, :client, :area, :at)""")
                .param("account", accountId).param("client", invite.clientId()).param("area", invite.areaId())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The account of a client who signed in with strong identification (decision 0077): their account, or a new one
     * without a usable passphrase (strong identification is the way in) when the client has none yet. The caller has
     * decided that the client may sign in (an agreement in force).
     */
    @Transactional
    UUID identifiedAccount(UUID clientId, short areaId, String displayName) {
        Optional<UUID> existing = jdbc.sql("select account_id from client_account where client_id = :client")
                .param("client", clientId).query(UUID.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] suffix = new byte[8];
        random.nextBytes(suffix);
        UUID accountId = UUID.randomUUID();
        if (!accounts.insert(new Account(accountId, "client-" + HexFormat.of().formatHex(suffix), displayName,
                Set.of(Role.CLIENT), areaId, null, true, 0), NO_PASSPHRASE, false)) {
            throw new IllegalStateException("a random user name was taken");
        }
        jdbc.sql("""
                        insert into client_account (account_id, client_id, area_id, created_at)
                        values (:account, :client, :area, :at)""")
                .param("account", accountId).param("client", clientId).param("area", areaId)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return accountId;
    }

    @Override
    public Optional<UUID> clientOf(PlaceraUser user) {
        if (user == null || !user.has(Role.CLIENT)) {
            return Optional.empty();
        }
        return jdbc.sql("select client_id from client_account where account_id = :account")
                .param("account", user.accountId()).query(UUID.class).optional();
    }

    @Override
    @Transactional
    public boolean close(UUID clientId) {
        Optional<UUID> account = jdbc.sql("select account_id from client_account where client_id = :client")
                .param("client", clientId).query(UUID.class).optional();
        account.ifPresent(id -> {
            jdbc.sql("select username from user_account where id = :id").param("id", id).query(String.class).optional()
                    .ifPresent(accounts::deleteSessionsOf);
            byte[] suffix = new byte[8];
            random.nextBytes(suffix);
            jdbc.sql("""
                            update user_account set enabled = false, username = :username, display_name = 'erased',
                                   password_hash = '!', version = version + 1
                            where id = :id""")
                    .param("username", "erased-" + HexFormat.of().formatHex(suffix)).param("id", id).update();
            jdbc.sql("delete from mfa_recovery_code where account_id = :id").param("id", id).update();
            jdbc.sql("delete from mfa_credential where account_id = :id").param("id", id).update();
            jdbc.sql("select email from mfa_email where account_id = :id").param("id", id).query(String.class)
                    .optional().ifPresent(notifications::forget);
            jdbc.sql("delete from mfa_email where account_id = :id").param("id", id).update();
            jdbc.sql("delete from mfa_email_code where account_id = :id").param("id", id).update();
        });
        return account.isPresent();
    }

    @Override
    public Optional<InvitationState> latestInvitation(UUID clientId) {
        return jdbc.sql("""
                        select invited_at, expires_at, used_at from client_invite where client_id = :client
                        order by invited_at desc limit 1""")
                .param("client", clientId)
                .query((rs, row) -> new InvitationState(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional();
    }

    @Override
    public boolean hasAccount(UUID clientId) {
        return jdbc.sql("select count(*) from client_account where client_id = :client").param("client", clientId)
                .query(Integer.class).single() > 0;
    }

    private Optional<Pending> pending(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select client_id, area_id, display_name, language from client_invite
                        where token_hash = :hash and used_at is null and expires_at > :now""")
                .param("hash", hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new Pending(rs.getObject("client_id", UUID.class), rs.getShort("area_id"),
                        rs.getString("display_name"), rs.getString("language")))
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Pending(UUID clientId, short areaId, String firstName, String language) {
    }
}
