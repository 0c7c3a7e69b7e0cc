package fi.placera.identity.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.identity.Role;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.StaffMemberSummary;
import fi.placera.platform.AdminRefusals;
import fi.placera.platform.Administrator;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and editing accounts, setting passwords, resetting second factors and ending a user's sessions:
 * disabling an account, changing its password or resetting its second factor ends every session it has (SE2).
 *
 * <p>An administrator acts only within their office (issue 21): an area administrator on the accounts of their
 * area, never on an administrator's account, and never grants the administrator role; a national administrator on
 * every account. Every change writes one row to the audit trail, in the same transaction.
 */
@Service
public class AccountAdministration {

    static final String ACCOUNT = "ACCOUNT";
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Organisation organisation;
    private final AdminChanges changes;
    private final SecurityEvents events;

    AccountAdministration(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy,
            Organisation organisation, AdminChanges changes, SecurityEvents events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.organisation = organisation;
        this.changes = changes;
        this.events = events;
    }

    /** The accounts this administrator may see: their area's, or every account for a national administrator. */
    public List<Account> accounts(Administrator by) {
        return accounts.findAll(by.areaId());
    }

    /** The account, if it lies within the administrator's area; another area's is as missing as an unknown one. */
    public Optional<Account> account(Administrator by, UUID id) {
        Optional<Account> account = accounts.findById(id);
        if (account.isPresent() && !by.covers(account.get().areaId())) {
            AdminRefusals.outsideArea(by, ACCOUNT);
            return Optional.empty();
        }
        return account;
    }

    /** A new account; submitting the same form twice creates it once. */
    @Transactional
    public void create(Administrator by, Account account, String password) {
        requireRoles(account);
        requireWithinOffice(by, account);
        requirePlaceInOrganisation(account);
        requireAcceptable(password, account);
        if (accounts.findById(account.id()).isPresent()) {
            return;
        }
        if (accounts.usernameTaken(account.username())) {
            throw new Rejection("username", "account.username.taken");
        }
        if (!accounts.insert(account, passwords.encode(password), true)) {
            if (accounts.findById(account.id()).isEmpty()) {
                throw new Rejection("username", "account.username.taken");
            }
            return;
        }
        changes.record(by, AdminChange.of(ACCOUNT, account.id(), account.areaId(), "ACCOUNT_CREATED", null,
                summary(account)));
    }

    @Transactional
    public void update(Administrator by, Account changed) {
        requireRoles(changed);
        Account current = accounts.findById(changed.id()).orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        requireMayManage(by, current);
        requireWithinOffice(by, changed);
        requirePlaceInOrganisation(changed);
        if (current.enabled() && !changed.enabled() && current.staffMemberId() != null) {
            organisation.requireNoClientsInService(current.staffMemberId(), null, "enabled");
        }
        if (!accounts.update(changed)) {
            if (!sameExceptVersion(accounts.findById(changed.id()).orElse(current), changed)) {
                throw new Rejection(null, AggregateWrites.CONFLICT);
            }
            return;
        }
        changes.record(by, AdminChange.of(ACCOUNT, changed.id(), changed.areaId(), updateAction(current, changed),
                summary(current), summary(changed)));
        if (current.enabled() && !changed.enabled()) {
            accounts.deleteSessionsOf(current.username());
        }
    }

    /** Sets a new password, which the user must change at their next login, and ends every session of the account. */
    @Transactional
    public void setPassword(Administrator by, UUID accountId, String password) {
        Account account = managed(by, accountId);
        requireAcceptable(password, account);
        accounts.setPasswordHash(accountId, passwords.encode(password), true);
        accounts.deleteSessionsOf(account.username());
        changes.record(by, AdminChange.of(ACCOUNT, accountId, account.areaId(), "PASSWORD_SET", null, null));
    }

    /**
     * Removes the account's second factor: the user enrols a new one at their next login, and every session of
     * theirs ends (a lost or stolen phone must not keep a session open).
     */
    @Transactional
    public void resetSecondFactor(Administrator by, UUID accountId) {
        Account account = managed(by, accountId);
        accounts.deleteSecondFactor(accountId);
        accounts.deleteSessionsOf(account.username());
        events.secondFactorReset(accountId, by.accountId());
        changes.record(by, AdminChange.of(ACCOUNT, accountId, account.areaId(), "SECOND_FACTOR_RESET", null, null));
    }

    /** Ends every session of the user, on every node (sessions live in the database); returns how many. */
    @Transactional
    public int endSessions(Administrator by, UUID accountId) {
        Account account = managed(by, accountId);
        int ended = accounts.deleteSessionsOf(account.username());
        changes.record(by, AdminChange.of(ACCOUNT, accountId, account.areaId(), "SESSIONS_ENDED", null,
                "sessions=" + ended));
        return ended;
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
        accounts.setPasswordHash(accountId, passwords.encode(replacement), false);
        accounts.deleteOtherSessionsOf(account.username(), currentSessionId);
    }

    private Account managed(Administrator by, UUID accountId) {
        Account account = account(by, accountId).orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        requireMayManage(by, account);
        return account;
    }

    /**
     * Only a national administrator manages administrators' accounts — an area administrator's own included, so
     * that nobody raises their own roles.
     */
    private static void requireMayManage(Administrator by, Account account) {
        if (!by.national() && account.roles().contains(Role.ADMIN)) {
            throw AdminRefusals.refused(by, "roles", "account.admin.national-only");
        }
    }

    /** An area administrator keeps the account in their area and never grants the administrator role. */
    private static void requireWithinOffice(Administrator by, Account account) {
        if (!by.covers(account.areaId())) {
            throw AdminRefusals.refused(by, "areaId", "account.area.outside");
        }
        if (!by.national() && account.roles().contains(Role.ADMIN)) {
            throw AdminRefusals.refused(by, "roles", "account.admin.national-only");
        }
    }

    private static String updateAction(Account before, Account after) {
        if (before.enabled() != after.enabled()) {
            return after.enabled() ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED";
        }
        return before.roles().equals(after.roles()) ? "ACCOUNT_CHANGED" : "ROLES_CHANGED";
    }

    /** What the audit trail keeps of an account: never its password or second factor. */
    private static String summary(Account account) {
        return "username=" + account.username() + "; name=" + account.displayName() + "; roles="
                + account.roles().stream().map(Role::name).sorted().toList() + "; area=" + account.areaId()
                + "; staffMember=" + account.staffMemberId() + "; enabled=" + account.enabled();
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
