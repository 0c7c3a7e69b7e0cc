package fi.placera.meetings.internal;

import static fi.placera.platform.Checks.LONG_TEXT;
import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.identity.ConsentLookup;
import fi.placera.identity.InformationKind;
import fi.placera.meetings.CareTeamMeetings;
import fi.placera.platform.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Care-team meetings in PostgreSQL. */
@Service
class JdbcCareTeamMeetings implements CareTeamMeetings {

    private static final int ITEM = 2000;
    private static final int AGENDA_ITEM = 1000;
    /** The care team sees its latest meetings, a year of weekly ones. */
    private static final int MEETINGS_SHOWN = 52;

    private final JdbcClient jdbc;
    private final ConsentLookup consents;
    private final Clock clock;

    JdbcCareTeamMeetings(JdbcClient jdbc, ConsentLookup consents, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(Meeting meeting) {
        present(meeting.careTeamId(), "careTeamId");
        notInFuture(meeting.heldOn(), clock, "heldOn");
        for (Item item : meeting.items()) {
            required(item.note(), ITEM, "itemNote");
            if (!consents.sharesWithCareTeam(item.clientId(), meeting.careTeamId(), InformationKind.SERVICE_RECORD)) {
                throw new Rejection("itemClientId", "meetings.item.no-consent");
            }
        }
        UUID id = UUID.randomUUID();
        int stored = jdbc.sql("""
                        insert into care_team_meeting (id, area_id, care_team_id, held_on, coach_staff_id, coach_attended,
                                                       notes, recorded_by, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(id, meeting.areaId(), meeting.careTeamId(), meeting.heldOn(), meeting.coachStaffId(),
                        meeting.coachAttended(), optional(meeting.notes(), LONG_TEXT, "meetingNotes"),
                        meeting.recordedBy(), meeting.idempotencyKey())
                .update();
        if (stored == 1) {
            meeting.items().forEach(item -> jdbc.sql("""
                            insert into care_team_meeting_item (meeting_id, client_id, area_id, note) values (?, ?, ?, ?)""")
                    .params(id, item.clientId(), meeting.areaId(), item.note().strip()).update());
        }
    }

    @Override
    public List<Meeting> of(UUID coachStaffId) {
        return jdbc.sql("""
                        select id, idempotency_key, area_id, care_team_id, held_on, coach_staff_id, coach_attended, notes,
                               recorded_by
                        from care_team_meeting where coach_staff_id = ? order by held_on desc, id""")
                .param(coachStaffId).query(this::meeting).list();
    }

    @Override
    public List<Meeting> ofCareTeams(Collection<UUID> careTeamIds) {
        if (careTeamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, idempotency_key, area_id, care_team_id, held_on, coach_staff_id, coach_attended, notes,
                               recorded_by
                        from care_team_meeting where care_team_id in (:careTeams) order by held_on desc, id
                        limit :shown""")
                .param("careTeams", careTeamIds).param("shown", MEETINGS_SHOWN).query(this::meeting).list();
    }

    private Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getObject(2, UUID.class), rs.getShort(3), rs.getObject(4, UUID.class),
                rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class), rs.getBoolean(7), rs.getString(8),
                items(rs.getObject(1, UUID.class)), rs.getObject(9, UUID.class));
    }

    @Override
    public void addAgendaItem(AgendaItem item) {
        present(item.careTeamId(), "careTeamId");
        jdbc.sql("""
                        insert into care_team_agenda_item (id, area_id, care_team_id, text, added_by, added_at,
                                                           idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), item.areaId(), item.careTeamId(), required(item.text(), AGENDA_ITEM, "text"),
                        item.addedBy(), Timestamp.from(clock.instant()), item.idempotencyKey())
                .update();
    }

    @Override
    public List<AgendaItem> openAgenda(Collection<UUID> careTeamIds) {
        if (careTeamIds.isEmpty()) {
            return List.of();
        }
        // an item added on the day of a meeting held is that meeting's; from the next day on it waits for the next one
        return jdbc.sql("""
                        select a.idempotency_key, a.area_id, a.care_team_id, a.text, a.added_by, a.added_at
                        from care_team_agenda_item a
                        where a.care_team_id in (:careTeams)
                          and not exists (select 1 from care_team_meeting m where m.care_team_id = a.care_team_id
                                          and m.held_on >= cast(a.added_at at time zone :zone as date))
                        order by a.added_at, a.id""")
                .param("careTeams", careTeamIds).param("zone", clock.getZone().getId())
                .query((rs, row) -> new AgendaItem(rs.getObject(1, UUID.class), rs.getShort(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    private List<Item> items(UUID meetingId) {
        return jdbc.sql("select client_id, note from care_team_meeting_item where meeting_id = ? order by client_id")
                .param(meetingId)
                .query((rs, row) -> new Item(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }
}
