package fi.placera.identity.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their roles in {@code user_account} and {@code account_role}. */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlaceraUser> findByUsername(String username) {
        return jdbc.sql("""
                        select id, username, display_name, password_hash, enabled, area_id, staff_member_id
                        from user_account where username = ?""")
                .param(username)
                .query((rs, row) -> new PlaceraUser(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rolesOf(rs.getObject("id", UUID.class)),
                        (Short) rs.getObject("area_id", Short.class), rs.getObject("staff_member_id", UUID.class),
                        rs.getBoolean("enabled"), rs.getString("password_hash")))
                .optional();
    }

    /** The accounts of one welfare area, or every account for null (a national administrator's list). */
    public List<Account> findAll(Short areaId) {
        return jdbc.sql("""
                        select id, username, display_name, enabled, area_id, staff_member_id, version
                        from user_account where cast(:area as smallint) is null or area_id = :area
                        order by username""")
                .param("area", areaId)
                .query((rs, row) -> account(rs.getObject("id", UUID.class), rs))
                .list();
    }

    /** Whether any enabled account is an administrator (of an area, or national with {@code nationalOnly}). */
    public boolean administratorExists(boolean nationalOnly) {
        return jdbc.sql("""
                        select exists (select 1 from user_account a join account_role r on r.account_id = a.id
                                       where r.role = 'ADMIN' and a.enabled
                                         and (not :national or a.area_id is null))""")
                .param("national", nationalOnly).query(Boolean.class).single();
    }

    /** Whether the user must choose a new password before anything else: an administrator set the current one. */
    public boolean passwordChangeRequired(UUID accountId) {
        return jdbc.sql("select password_change_required from user_account where id = ?").param(accountId)
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * Removes the account's second factor (authenticator secret, recovery codes, e-mail address and pending code),
     * so that the next login enrols a new one.
     */
    public void deleteSecondFactor(UUID accountId) {
        jdbc.sql("""
                        with credential as (delete from mfa_credential where account_id = :account),
                             recovery as (delete from mfa_recovery_code where account_id = :account),
                             address as (delete from mfa_email where account_id = :account)
                        delete from mfa_email_code where account_id = :account""")
                .param("account", accountId).update();
    }

    public Optional<Account> findById(UUID id) {
        return jdbc.sql("""
                        select id, username, display_name, enabled, area_id, staff_member_id, version
                        from user_account where id = ?""")
                .param(id)
                .query((rs, row) -> account(id, rs))
                .optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from user_account where username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    @Transactional
    /** A new account; {@code changeRequired} when an administrator chose the password (the user replaces it). */
    public boolean insert(Account account, String passwordHash, boolean changeRequired) {
        int inserted = jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, enabled, area_id,
                                                  staff_member_id, password_change_required, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 0)
                        on conflict do nothing""")
                .params(account.id(), account.username(), account.displayName(), passwordHash, account.enabled(),
                        account.areaId(), account.staffMemberId(), changeRequired)
                .update();
        if (inserted == 1) {
            replaceRoles(account.id(), account.roles());
        }
        return inserted == 1;
    }

    /** Saves the editable fields if the account is still at the version the form loaded. */
    @Transactional
    public boolean update(Account account) {
        int updated = jdbc.sql("""
                        update user_account set display_name = ?, enabled = ?, area_id = ?, staff_member_id = ?,
                               version = version + 1
                        where id = ? and version = ?""")
                .params(account.displayName(), account.enabled(), account.areaId(), account.staffMemberId(),
                        account.id(), account.version())
                .update();
        if (updated == 1) {
            replaceRoles(account.id(), account.roles());
        }
        return updated == 1;
    }

    /** Sets the password; {@code changeRequired} when an administrator set it, so that the user replaces it. */
    public void setPasswordHash(UUID accountId, String passwordHash, boolean changeRequired) {
        jdbc.sql("""
                        update user_account set password_hash = ?, password_change_required = ?, version = version + 1
                        where id = ?""")
                .params(passwordHash, changeRequired, accountId)
                .update();
    }

    /**
     * Ends the user's sessions by removing them from Spring Session's table (by the principal name it
     * indexes); works from the web application and from operator commands alike.
     */
    public int deleteSessionsOf(String username) {
        return jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
    }

    /** Ends the user's other sessions, keeping the one they are using. */
    public int deleteOtherSessionsOf(String username, String keptSessionId) {
        return jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
                .params(username, keptSessionId).update();
    }

    public Optional<String> passwordHashOf(UUID accountId) {
        return jdbc.sql("select password_hash from user_account where id = ?").param(accountId)
                .query(String.class).optional();
    }

    private void replaceRoles(UUID accountId, Set<Role> roles) {
        jdbc.sql("delete from account_role where account_id = ?").param(accountId).update();
        for (Role role : roles) {
            jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(accountId, role.name()).update();
        }
    }

    private Set<Role> rolesOf(UUID accountId) {
        List<Role> roles = jdbc.sql("select role from account_role where account_id = ?").param(accountId)
                .query((rs, row) -> Role.valueOf(rs.getString(1))).list();
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private Account account(UUID id, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Account(id, rs.getString("username"), rs.getString("display_name"), rolesOf(id),
                rs.getObject("area_id", Short.class), rs.getObject("staff_member_id", UUID.class),
                rs.getBoolean("enabled"), rs.getInt("version"));
    }
}
