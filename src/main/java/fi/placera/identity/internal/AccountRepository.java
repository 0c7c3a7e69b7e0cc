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

    public List<Account> findAll() {
        return jdbc.sql("""
                        select id, username, display_name, enabled, area_id, staff_member_id, version
                        from user_account order by username""")
                .query((rs, row) -> account(rs.getObject("id", UUID.class), rs))
                .list();
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
    public boolean insert(Account account, String passwordHash) {
        int inserted = jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, enabled, area_id,
                                                  staff_member_id, version)
                        values (?, ?, ?, ?, ?, ?, ?, 0)
                        on conflict do nothing""")
                .params(account.id(), account.username(), account.displayName(), passwordHash, account.enabled(),
                        account.areaId(), account.staffMemberId())
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

    public void setPasswordHash(UUID accountId, String passwordHash) {
        jdbc.sql("update user_account set password_hash = ?, version = version + 1 where id = ?")
                .params(passwordHash, accountId)
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
