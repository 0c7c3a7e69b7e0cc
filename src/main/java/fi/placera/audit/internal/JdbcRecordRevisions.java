package fi.placera.audit.internal;

import fi.placera.audit.RecordRevisions;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Revisions in {@code record_revision}: the fields and their previous values as two parallel text arrays. */
@Service
class JdbcRecordRevisions implements RecordRevisions {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcRecordRevisions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(NewRevision revision) {
        jdbc.sql("""
                        insert into record_revision (id, record_kind, record_id, client_id, area_id, action, fields,
                                                     previous_values, reason, revised_at, revised_by)
                        values (:id, :kind, :record, :client, :area, :action, :fields, :values, :reason, :at, :by)""")
                .param("id", UUID.randomUUID()).param("kind", revision.recordKind())
                .param("record", revision.recordId()).param("client", revision.clientId())
                .param("area", revision.areaId()).param("action", revision.action().name())
                .param("fields", revision.previous().stream().map(Previous::field).toArray(String[]::new))
                .param("values", revision.previous().stream().map(Previous::value).toArray(String[]::new))
                .param("reason", RecordRevisions.reason(revision.reason(), "reason"))
                .param("at", Timestamp.from(clock.instant())).param("by", revision.revisedBy())
                .update();
    }

    @Override
    public List<Revision> ofClient(String recordKind, UUID clientId) {
        return revisions(recordKind, clientId, List.of());
    }

    @Override
    public List<Revision> ofRecords(String recordKind, Collection<UUID> recordIds) {
        return revisions(recordKind, null, recordIds);
    }

    /** The revisions of one kind of the client's records or of the records named, with who made them. */
    private List<Revision> revisions(String recordKind, UUID clientId, Collection<UUID> recordIds) {
        return jdbc.sql("""
                        select r.record_id, r.action, r.fields, r.previous_values, r.reason, r.revised_at, r.revised_by,
                               s.first_name || ' ' || s.last_name
                        from record_revision r
                        left join identity_facts_account_staff a on a.account_id = r.revised_by
                        left join organisation_facts_staff s on s.staff_member_id = a.staff_member_id
                        where r.record_kind = :kind and (r.client_id = :client or r.record_id = any (:records))
                        order by r.revised_at, r.id""")
                .param("kind", recordKind).param("client", clientId)
                .param("records", recordIds.toArray(UUID[]::new))
                .query((rs, row) -> revision(rs))
                .list();
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(rs.getObject(1, UUID.class), Action.valueOf(rs.getString(2)),
                previous(rs.getArray(3), rs.getArray(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
                rs.getObject(7, UUID.class), rs.getString(8));
    }

    private static List<Previous> previous(Array fields, Array values) throws SQLException {
        String[] names = (String[]) fields.getArray();
        String[] previous = (String[]) values.getArray();
        List<Previous> list = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            list.add(new Previous(names[i], previous[i]));
        }
        return list;
    }
}
