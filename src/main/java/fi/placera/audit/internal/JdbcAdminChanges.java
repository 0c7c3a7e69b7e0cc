package fi.placera.audit.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChangeEntry;
import fi.placera.audit.AdminChangeQuery;
import fi.placera.audit.AdminChanges;
import fi.placera.platform.Administrator;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail in {@code admin_change}, which the application role may only insert into and read. */
@Service
class JdbcAdminChanges implements AdminChanges {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAdminChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(Administrator by, AdminChange change) {
        jdbc.sql("""
                        insert into admin_change (occurred_at, account_id, username, area_id, object_kind, object_id,
                                                  action, before_value, after_value)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), by.accountId(), by.username(), change.areaId(),
                        change.objectKind(), change.objectId(), change.action(), change.before(), change.after())
                .update();
    }

    @Override
    @Transactional
    public void deploymentSetting(String setting, String value) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", "admin_change:" + setting)
                .query(Object.class).single();
        Optional<String> last = jdbc.sql("""
                        select after_value from admin_change where object_kind = ? and object_id = ?
                        order by id desc limit 1""")
                .params(SETTING, setting).query(String.class).optional();
        if (last.isEmpty() || !last.get().equals(value)) {
            record(Administrator.deployment(), AdminChange.of(SETTING, setting, null, "SETTING_CHANGED",
                    last.orElse(null), value));
        }
    }

    @Override
    public List<AdminChangeEntry> list(Administrator reader, AdminChangeQuery query) {
        return jdbc.sql("""
                        select occurred_at, username, area_id, object_kind, object_id, action, before_value, after_value
                        from admin_change
                        where (cast(:area as smallint) is null or area_id = :area)
                          and (cast(:who as text) is null or username = :who)
                          and (cast(:kind as text) is null or object_kind = :kind)
                          and (cast(:object as text) is null or starts_with(object_id, :object))
                          and (cast(:from as timestamptz) is null or occurred_at >= :from)
                          and (cast(:until as timestamptz) is null or occurred_at < :until)
                        order by occurred_at desc, id desc
                        limit :page""")
                .param("area", reader.areaId())
                .param("who", query.username())
                .param("kind", query.objectKind())
                .param("object", query.objectId())
                .param("from", query.from() == null ? null : Timestamp.from(query.from()))
                .param("until", query.until() == null ? null : Timestamp.from(query.until()))
                .param("page", PAGE)
                .query((rs, row) -> new AdminChangeEntry(rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), rs.getObject("area_id", Short.class), rs.getString("object_kind"),
                        rs.getString("object_id"), rs.getString("action"), rs.getString("before_value"),
                        rs.getString("after_value")))
                .list();
    }
}
