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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Care-team meetings in PostgreSQL. */
@Service
class JdbcCareTeamMeetings implements CareTeamMeetings {

    private static final int ITEM = 2000;

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
                .param(coachStaffId)
                .query((rs, row) -> new Meeting(rs.getObject(2, UUID.class), rs.getShort(3), rs.getObject(4, UUID.class),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class), rs.getBoolean(7), rs.getString(8),
                        items(rs.getObject(1, UUID.class)), rs.getObject(9, UUID.class)))
                .list();
    }

    private List<Item> items(UUID meetingId) {
        return jdbc.sql("select client_id, note from care_team_meeting_item where meeting_id = ? order by client_id")
                .param(meetingId)
                .query((rs, row) -> new Item(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }
}
