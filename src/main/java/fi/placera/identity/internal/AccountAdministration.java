package fi.placera.identity.internal;

import fi.placera.organisation.Organisation;
import fi.placera.organisation.StaffMemberSummary;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creating and editing accounts, setting passwords, and ending a user's sessions: disabling an
 * account or changing its password ends every session it has (SE2).
 */
@Service
public class AccountAdministration {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Organisation organisation;

    AccountAdministration(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy,
            Organisation organisation) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.organisation = organisation;
    }

    public List<Account> accounts() {
        return accounts.findAll();
    }

    public Optional<Account> account(UUID id) {
        return accounts.findById(id);
    }

    /** A new account; submitting the same form twice creates it once. */
    public void create(Account account, String password) {
        requireRoles(account);
        requirePlaceInOrganisation(account);
        requireAcceptable(password, account);
        if (accounts.findById(account.id()).isPresent()) {
            return;
        }
        if (accounts.usernameTaken(account.username())) {
            throw new Rejection("username", "account.username.taken");
        }
        if (!accounts.insert(account, passwords.encode(password)) && accounts.findById(account.id()).isEmpty()) {
            throw new Rejection("username", "account.username.taken");
        }
    }

    public void update(Account changed) {
        requireRoles(changed);
        requirePlaceInOrganisation(changed);
        Account current = accounts.findById(changed.id()).orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        if (!accounts.update(changed) && !sameExceptVersion(accounts.findById(changed.id()).orElse(current), changed)) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        if (current.enabled() && !changed.enabled()) {
            endSessions(current.username());
        }
    }

    /** Sets a new password and ends every session of the account. */
    public void setPassword(UUID accountId, String password) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        requireAcceptable(password, account);
        accounts.setPasswordHash(accountId, passwords.encode(password));
        endSessions(account.username());
    }

    /**
     * The user changes their own password: the current one must be right, the new one acceptable;
     * every other session of theirs ends, the one they are using stays.
     */
    public void changeOwnPassword(UUID accountId, String current, String replacement, String currentSessionId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        String hash = accounts.passwordHashOf(accountId).orElse("");
        if (current == null || current.length() > PasswordPolicy.MAX_LENGTH * 4 || !passwords.matches(current, hash)) {
            throw new Rejection("currentPassword", "password.current.wrong");
        }
        requireAcceptable(replacement, account);
        accounts.setPasswordHash(accountId, passwords.encode(replacement));
        accounts.deleteOtherSessionsOf(account.username(), currentSessionId);
    }

    /** Ends every session of the user, on every node (sessions live in the database). */
    public int endSessions(String username) {
        return accounts.deleteSessionsOf(username);
    }

    private void requireAcceptable(String password, Account account) {
        List<String> personal = Stream.concat(Stream.of(account.username()),
                Arrays.stream(account.displayName().split("[\\s.-]+"))).toList();
        policy.problemWith(password, personal).ifPresent(key -> {
            throw new Rejection("password", key);
        });
    }

    private static void requireRoles(Account account) {
        if (account.roles().isEmpty()) {
            throw new Rejection("roles", "account.roles.required");
        }
    }

    /**
     * The account's area and staff member exist, and the staff member works in that area: the account's
     * area scopes every client its user reads or registers, the staff member their teams.
     */
    private void requirePlaceInOrganisation(Account account) {
        if (account.areaId() != null && organisation.area(account.areaId()).isEmpty()) {
            throw new Rejection("areaId", "organisation.area.unknown");
        }
        if (account.staffMemberId() == null) {
            return;
        }
        StaffMemberSummary member = organisation.staffMember(account.staffMemberId())
                .orElseThrow(() -> new Rejection("staffMemberId", "account.staff-member.unknown"));
        if (account.areaId() == null || member.areaId() != account.areaId()) {
            throw new Rejection("staffMemberId", "account.staff-member.other-area");
        }
    }

    private static boolean sameExceptVersion(Account stored, Account submitted) {
        return stored.equals(new Account(submitted.id(), stored.username(), submitted.displayName(), submitted.roles(),
                submitted.areaId(), submitted.staffMemberId(), submitted.enabled(), stored.version()));
    }
}
