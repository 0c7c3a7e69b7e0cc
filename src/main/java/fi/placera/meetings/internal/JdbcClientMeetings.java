package fi.placera.meetings.internal;

import fi.placera.audit.RecordRevisions;
import fi.placera.audit.RecordRevisions.Action;
import fi.placera.audit.RecordRevisions.NewRevision;
import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Replaced;
import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.clients.ClientSummary;
import fi.placera.clients.Revisers;
import fi.placera.identity.PlaceraUser;
import java.sql.Timestamp;
import static fi.placera.platform.Checks.chosen;
import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.meetings.ClientMeetings;
import fi.placera.platform.Rejection;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings with the client and appointments in PostgreSQL. */
@Service
class JdbcClientMeetings implements ClientMeetings {

    private static final int PLACE = 200;
    private static final int OTHERS = 300;

    private static final String APPOINTMENT = """
            select a.id, a.idempotency_key, a.client_id, a.area_id, a.coach_staff_id, a.day, a.starts_at, a.ends_at,
                   a.place, a.others, a.note, a.cancelled,
                   exists (select 1 from client_meeting m where m.appointment_id = a.id and m.voided_at is null) as held, a.recorded_by
            from appointment a
            """;

    /** The kind of record in the history of corrections and voids. */
    private static final String RECORD_KIND = "CLIENT_MEETING";

    private final JdbcClient jdbc;
    private final Revisers revisers;
    private final RecordRevisions revisions;
    private final Clock clock;

    JdbcClientMeetings(JdbcClient jdbc, Revisers revisers, RecordRevisions revisions, Clock clock) {
        this.jdbc = jdbc;
        this.revisers = revisers;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** A meeting note as its void needs it. */
    private record Voidable(UUID id, UUID recordedBy, LocalDate metOn, String mode, String participants) {
    }

    @Override
    @Transactional
    public void voidMeeting(PlaceraUser user, ClientSummary client, UUID meetingKey, String reason) {
        Voidable meeting = jdbc.sql("""
                        select id, recorded_by, met_on, mode, array_to_string(participants, ',') from client_meeting
                        where idempotency_key = ? and client_id = ? and voided_at is null""")
                .params(meetingKey, client.id())
                .query((rs, row) -> new Voidable(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .optional().orElseThrow(() -> new Rejection(null, "form.conflict"));
        revisers.checkMayRevise(user, client, meeting.recordedBy());
        String why = RecordRevisions.reason(reason, "voidReason");
        if (jdbc.sql("update client_meeting set voided_at = ? where id = ? and voided_at is null")
                .params(Timestamp.from(clock.instant()), meeting.id()).update() != 1) {
            throw new Rejection(null, "form.conflict");
        }
        revisions.record(new NewRevision(RECORD_KIND, meeting.id(), client.id(), client.areaId(), Action.VOIDED,
                List.of(new Previous("metOn", meeting.metOn().toString()), new Previous("meetingMode", meeting.mode()),
                        new Previous("participants", meeting.participants())),
                why, user.accountId()));
    }

    @Override
    @Transactional
    public void correctMeeting(PlaceraUser user, ClientSummary client, UUID meetingKey, Correction correction,
            String reason) {
        // read under a lock: a note changed or voided in between is not corrected from what was read before
        UUID id = jdbc.sql("""
                        select id from client_meeting where idempotency_key = ? and client_id = ? and voided_at is null
                        for update""")
                .params(meetingKey, client.id()).query(UUID.class).optional()
                .orElseThrow(() -> new Rejection(null, "form.conflict"));
        Meeting meeting = meetingsOf(client.id()).stream().filter(m -> m.idempotencyKey().equals(meetingKey))
                .findFirst().orElseThrow();
        revisers.checkMayRevise(user, client, meeting.recordedBy());
        String why = RecordRevisions.reason(reason, "correctionReason");
        notInFuture(correction.metOn(), clock, "correctedMetOn");
        present(correction.mode(), "correctedMode");
        chosen(correction.participants(), "meetings.client.participants.required", "correctedParticipants");
        String note = optional(correction.note(), NOTE_MAX, "correctedNote");
        List<Previous> previous = changed(meeting, correction, note);
        jdbc.sql("update client_meeting set met_on = ?, mode = ?, participants = ?::text[], note = ? where id = ?")
                .params(correction.metOn(), correction.mode().name(), array(correction.participants()), note, id)
                .update();
        revisions.record(new NewRevision(RECORD_KIND, id, client.id(), client.areaId(), Action.CORRECTED, previous, why,
                user.accountId()));
    }

    /** The fields the correction changes, with the values they had. */
    private static List<Previous> changed(Meeting from, Correction to, String note) {
        return new Replaced().field("metOn", from.metOn(), to.metOn())
                .field("meetingMode", from.mode(), to.mode())
                .field("participants", array(from.participants()).replaceAll("[{}]", ""),
                        array(to.participants()).replaceAll("[{}]", ""))
                .field("note", from.note(), note)
                .orNothingChanged();
    }

    /** PostgreSQL's array literal of the participants, in order; enum names need no quoting. */
    private static String array(Set<Participant> participants) {
        return participants.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    @Override
    public List<Revision> revisionsOf(UUID clientId) {
        return revisions.ofClient(RECORD_KIND, clientId);
    }

    @Override
    @Transactional
    public boolean record(Meeting meeting) {
        present(meeting.clientId(), "clientId");
        notInFuture(meeting.metOn(), clock, "metOn");
        present(meeting.startsAt(), "metAt");
        present(meeting.mode(), "mode");
        chosen(meeting.participants(), "meetings.client.participants.required", "participants");
        if (meeting.appointmentId() != null && appointment(meeting.clientId(), meeting.appointmentId())
                .filter(booked -> booked.open() && !booked.day().isAfter(LocalDate.now(clock))).isEmpty()) {
            throw new Rejection(null, "meetings.appointment.unknown");
        }
        // a second note for one appointment is the same form sent twice, as is a second use of the key
        return 1 == jdbc.sql("""
                        insert into client_meeting (id, client_id, area_id, met_on, starts_at, mode, place, participants,
                                                    others, note, appointment_id, recorded_by, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(UUID.randomUUID(), meeting.clientId(), meeting.areaId(), meeting.metOn(), meeting.startsAt(),
                        meeting.mode().name(), optional(meeting.place(), PLACE, "place"),
                        array(meeting.participants()),
                        optional(meeting.others(), OTHERS, "others"), optional(meeting.note(), NOTE_MAX, "note"),
                        meeting.appointmentId(), meeting.recordedBy(), meeting.idempotencyKey())
                .update();
    }

    @Override
    public List<Meeting> meetingsOf(UUID clientId) {
        return jdbc.sql("""
                        select idempotency_key, client_id, area_id, met_on, starts_at, mode, place, participants, others,
                               note, appointment_id, recorded_by
                        from client_meeting where client_id = ? and voided_at is null
                        order by met_on desc, starts_at desc, id""")
                .param(clientId).query(JdbcClientMeetings::meeting).list();
    }

    @Override
    public boolean book(Appointment appointment) {
        present(appointment.clientId(), "clientId");
        present(appointment.coachStaffId(), "clientId");
        LocalDate day = present(appointment.day(), "appointmentDay");
        if (day.isBefore(LocalDate.now(clock))) {
            throw new Rejection("appointmentDay", "meetings.appointment.past");
        }
        LocalTime start = present(appointment.startsAt(), "appointmentStart");
        if (!present(appointment.endsAt(), "appointmentEnd").isAfter(start)) {
            throw new Rejection("appointmentEnd", "meetings.appointment.end-before-start");
        }
        return 1 == jdbc.sql("""
                        insert into appointment (id, client_id, area_id, coach_staff_id, day, starts_at, ends_at, place,
                                                 others, note, recorded_by, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), appointment.clientId(), appointment.areaId(), appointment.coachStaffId(), day,
                        start, appointment.endsAt(), required(appointment.place(), PLACE, "appointmentPlace"),
                        optional(appointment.others(), OTHERS, "appointmentOthers"),
                        optional(appointment.note(), NOTE_MAX, "appointmentNote"), appointment.recordedBy(),
                        appointment.idempotencyKey())
                .update();
    }

    @Override
    public void cancel(UUID clientId, UUID appointmentId) {
        int cancelled = jdbc.sql("""
                        update appointment a set cancelled = true
                        where a.id = ? and a.client_id = ? and not a.cancelled
                          and not exists (select 1 from client_meeting m where m.appointment_id = a.id and m.voided_at is null)""")
                .params(appointmentId, clientId).update();
        if (cancelled == 0) {
            throw new Rejection(null, "meetings.appointment.unknown");
        }
    }

    @Override
    public Optional<Appointment> appointment(UUID clientId, UUID appointmentId) {
        // sql-reviewed: APPOINTMENT is a constant, values are parameters
        return jdbc.sql(APPOINTMENT + "where a.id = ? and a.client_id = ?").params(appointmentId, clientId)
                .query(JdbcClientMeetings::appointment).optional();
    }

    @Override
    public List<Appointment> appointmentsOf(UUID clientId) {
        // sql-reviewed: APPOINTMENT is a constant, values are parameters
        return jdbc.sql(APPOINTMENT + """
                        where a.client_id = ?
                        order by a.day < ?, case when a.day >= ? then a.day end, a.day desc, a.starts_at, a.id""")
                .params(clientId, LocalDate.now(clock), LocalDate.now(clock))
                .query(JdbcClientMeetings::appointment).list();
    }

    @Override
    public List<Appointment> comingOf(UUID clientId, LocalDate from) {
        // sql-reviewed: APPOINTMENT is a constant, values are parameters
        return jdbc.sql(APPOINTMENT + """
                        where a.client_id = ? and a.day >= ? and not a.cancelled
                          and not exists (select 1 from client_meeting m where m.appointment_id = a.id and m.voided_at is null)
                        order by a.day, a.starts_at, a.id""")
                .params(clientId, from).query(JdbcClientMeetings::appointment).list();
    }

    @Override
    public List<Appointment> coachesComing(UUID coachStaffId, LocalDate from, LocalDate until) {
        // sql-reviewed: APPOINTMENT is a constant, values are parameters
        return jdbc.sql(APPOINTMENT + """
                        where a.coach_staff_id = ? and a.day between ? and ? and not a.cancelled
                          and not exists (select 1 from client_meeting m where m.appointment_id = a.id and m.voided_at is null)
                        order by a.day, a.starts_at, a.id""")
                .params(coachStaffId, from, until).query(JdbcClientMeetings::appointment).list();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getShort(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class), Mode.valueOf(rs.getString(6)),
                rs.getString(7), participants(rs.getArray(8)), rs.getString(9), rs.getString(10),
                rs.getObject(11, UUID.class), rs.getObject(12, UUID.class));
    }

    private static Set<Participant> participants(Array array) throws SQLException {
        Set<Participant> participants = EnumSet.noneOf(Participant.class);
        Arrays.stream((String[]) array.getArray()).map(Participant::valueOf).forEach(participants::add);
        return participants;
    }

    private static Appointment appointment(ResultSet rs, int row) throws SQLException {
        return new Appointment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getShort(4), rs.getObject(5, UUID.class), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalTime.class), rs.getObject(8, LocalTime.class), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getBoolean(12), rs.getBoolean(13), rs.getObject(14, UUID.class));
    }
}
