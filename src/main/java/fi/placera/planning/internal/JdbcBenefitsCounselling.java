package fi.placera.planning.internal;

import fi.placera.audit.RecordRevisions;
import fi.placera.audit.RecordRevisions.Action;
import fi.placera.audit.RecordRevisions.NewRevision;
import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Replaced;
import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.platform.persistence.AggregateWrites;
import java.sql.Timestamp;
import java.util.function.Consumer;
import org.springframework.transaction.annotation.Transactional;
import static fi.placera.platform.Checks.LONG_TEXT;
import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.required;

import fi.placera.consent.Consents;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.CounsellingDue;
import fi.placera.platform.IpsModel;
import fi.placera.platform.Rejection;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Benefits counselling in PostgreSQL. The due at the start of the service follows from the cooperation
 * agreement; dues raised by job events are rows of {@code counselling_due}. A due is met by any session on
 * or after its {@code metFrom} day, so it never needs updating.
 */
@Service
class JdbcBenefitsCounselling implements BenefitsCounselling {

    private static final int NAME = 200;
    /** The kind of record in the history of corrections and voids. */
    private static final String RECORD_KIND = "COUNSELLING_SESSION";

    private final JdbcClient jdbc;
    private final Consents consents;
    private final RecordRevisions revisions;
    private final Clock clock;

    JdbcBenefitsCounselling(JdbcClient jdbc, Consents consents, RecordRevisions revisions, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** The names of a form's fields, for a refusal next to the right one: the session form's or the correction's. */
    private record Fields(String day, String counsellor, String adviser, String topics, String outcome) {
    }

    private static final Fields RECORDED = new Fields("counselledOn", "counsellor", "adviserName", "topics",
            "counsellingOutcome");
    private static final Fields CORRECTED = new Fields("correctedCounselledOn", "correctedCounsellor",
            "correctedAdviserName", "correctedTopics", "correctedOutcome");

    /** The session as it may be stored: not in the future, a counsellor (an adviser named), a topic. */
    private Correction checked(Correction session, Fields fields) {
        notInFuture(session.counselledOn(), clock, fields.day());
        if (session.counsellor() == null) {
            throw new Rejection(fields.counsellor(), "validation.required");
        }
        String adviser = session.counsellor() == Counsellor.BENEFITS_ADVISER
                ? required(session.adviserName(), NAME, fields.adviser()) : null;
        if (session.topics() == null || session.topics().isEmpty()) {
            throw new Rejection(fields.topics(), "counselling.topics.required");
        }
        return new Correction(session.counselledOn(), session.counsellor(), adviser, session.topics(),
                optional(session.outcome(), LONG_TEXT, fields.outcome()));
    }

    @Override
    public void record(Session session) {
        if (consents.agreementOf(session.clientId()).isEmpty()) {
            throw Rejection.beforeTheAgreement();
        }
        Correction checked = checked(new Correction(session.counselledOn(), session.counsellor(),
                session.adviserName(), session.topics(), session.outcome()), RECORDED);
        jdbc.sql("""
                        insert into benefits_counselling (id, client_id, area_id, counselled_on, counsellor, adviser_name,
                                                          topics, outcome, recorded_by, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), session.clientId(), session.areaId(), checked.counselledOn(),
                        checked.counsellor().name(), checked.adviserName(), postgresArray(checked.topics()),
                        checked.outcome(), session.recordedBy(), session.idempotencyKey())
                .update();
    }

    @Override
    public List<Session> sessions(UUID clientId) {
        return jdbc.sql("""
                        select idempotency_key, client_id, area_id, counselled_on, counsellor, adviser_name, topics, outcome,
                               recorded_by
                        from benefits_counselling where client_id = ? and voided_at is null
                        order by counselled_on, id""")
                .param(clientId)
                .query((rs, row) -> session(rs))
                .list();
    }

    /** A session as its void needs it. */
    private record Voidable(UUID id, UUID recordedBy, LocalDate counselledOn, String counsellor, String topics) {
    }

    @Override
    @Transactional
    public void voidSession(UUID clientId, short areaId, UUID sessionKey, String reason, UUID revisedBy,
            Consumer<UUID> checkReviser) {
        Voidable session = jdbc.sql("""
                        select id, recorded_by, counselled_on, counsellor, array_to_string(topics, ',')
                        from benefits_counselling where idempotency_key = ? and client_id = ? and voided_at is null""")
                .params(sessionKey, clientId)
                .query((rs, row) -> new Voidable(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .optional().orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        checkReviser.accept(session.recordedBy());
        String why = RecordRevisions.reason(reason, "voidReason");
        if (jdbc.sql("update benefits_counselling set voided_at = ? where id = ? and voided_at is null")
                .params(Timestamp.from(clock.instant()), session.id()).update() != 1) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        revisions.record(new NewRevision(RECORD_KIND, session.id(), clientId, areaId, Action.VOIDED, List.of(
                new Previous("counselledOn", session.counselledOn().toString()),
                new Previous("counsellor", session.counsellor()), new Previous("topics", session.topics())),
                why, revisedBy));
    }

    @Override
    @Transactional
    public void correctSession(UUID clientId, short areaId, UUID sessionKey, Correction correction, String reason,
            UUID revisedBy, Consumer<UUID> checkReviser) {
        // read under a lock: a session changed or voided in between is not corrected from what was read before
        UUID id = jdbc.sql("""
                        select id from benefits_counselling where idempotency_key = ? and client_id = ? and voided_at is null
                        for update""")
                .params(sessionKey, clientId).query(UUID.class).optional()
                .orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        Session session = sessions(clientId).stream().filter(s -> s.idempotencyKey().equals(sessionKey)).findFirst()
                .orElseThrow();
        checkReviser.accept(session.recordedBy());
        String why = RecordRevisions.reason(reason, "correctionReason");
        Correction to = checked(correction, CORRECTED);
        List<Previous> previous = changed(session, to);
        jdbc.sql("""
                        update benefits_counselling set counselled_on = ?, counsellor = ?, adviser_name = ?,
                                                        topics = ?::text[], outcome = ?
                        where id = ?""")
                .params(to.counselledOn(), to.counsellor().name(), to.adviserName(), postgresArray(to.topics()),
                        to.outcome(), id)
                .update();
        revisions.record(new NewRevision(RECORD_KIND, id, clientId, areaId, Action.CORRECTED, previous, why, revisedBy));
    }

    /** The fields the correction changes, with the values they had; refused when it changes none. */
    private static List<Previous> changed(Session from, Correction to) {
        return new Replaced().field("counselledOn", from.counselledOn(), to.counselledOn())
                .field("counsellor", from.counsellor(), to.counsellor())
                .field("adviserName", from.adviserName(), to.adviserName())
                .field("topics", names(from.topics()), names(to.topics()))
                .field("counsellingOutcome", from.outcome(), to.outcome())
                .orNothingChanged();
    }

    private static String names(Collection<? extends Enum<?>> topics) {
        return topics.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public List<Revision> voidsOf(UUID clientId) {
        return revisions.ofClient(RECORD_KIND, clientId);
    }

    @Override
    public void raiseDue(UUID clientId, short areaId, DueReason reason, UUID sourceId, LocalDate dueOn) {
        if (reason == DueReason.SERVICE_START) {
            throw new IllegalArgumentException("the start-of-service due follows from the agreement");
        }
        int daysBefore = reason == DueReason.JOB_START ? IpsModel.COUNSELLING_COUNTS_DAYS_BEFORE_JOB_START
                : IpsModel.COUNSELLING_COUNTS_DAYS_BEFORE_CHANGE;
        LocalDate metFrom = dueOn.minusDays(daysBefore);
        // a job or change recorded after its day raises the due on the day it is recorded, not already overdue
        // (decision 0062); counselling before the change still counts
        LocalDate today = LocalDate.now(clock);
        LocalDate due = dueOn.isBefore(today) ? today : dueOn;
        jdbc.sql("""
                        insert into counselling_due (id, client_id, area_id, reason, source_id, due_on, met_from)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (reason, source_id, due_on) do nothing""")
                .params(UUID.randomUUID(), clientId, areaId, reason.name(), sourceId, due, metFrom)
                .update();
    }

    @Override
    public List<CounsellingDue> dues(UUID clientId) {
        return dues(List.of(clientId)).getOrDefault(clientId, List.of());
    }

    @Override
    public Map<UUID, List<CounsellingDue>> dues(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LocalDate> lastSessions = new HashMap<>();
        jdbc.sql("""
                        select client_id, max(counselled_on) from benefits_counselling
                        where client_id in (:clients) and voided_at is null group by client_id""")
                .param("clients", clientIds)
                .query(rs -> { lastSessions.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)); });
        Map<UUID, List<CounsellingDue>> dues = new HashMap<>();
        consents.agreementsOf(clientIds).forEach((client, agreement) -> dues.computeIfAbsent(client, any -> new ArrayList<>())
                .add(due(DueReason.SERVICE_START, agreement.agreedOn().plusDays(IpsModel.COUNSELLING_DUE_DAYS_AFTER_ENROLMENT),
                        agreement.agreedOn().minusDays(IpsModel.COUNSELLING_COUNTS_DAYS_BEFORE_ENROLMENT), lastSessions.get(client))));
        jdbc.sql("select client_id, reason, due_on, met_from from counselling_due where client_id in (:clients)")
                .param("clients", clientIds)
                .query(rs -> {
                    UUID client = rs.getObject(1, UUID.class);
                    dues.computeIfAbsent(client, any -> new ArrayList<>()).add(due(DueReason.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), lastSessions.get(client)));
                });
        dues.values().forEach(list -> list.sort(Comparator.comparing(CounsellingDue::dueOn)));
        return dues;
    }

    /** Met by a session on or after {@code metFrom}; {@code lastSession} is null when there was none. */
    private static CounsellingDue due(DueReason reason, LocalDate dueOn, LocalDate metFrom, LocalDate lastSession) {
        return new CounsellingDue(reason, dueOn, lastSession != null && !lastSession.isBefore(metFrom));
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getShort(3),
                rs.getObject(4, LocalDate.class), Counsellor.valueOf(rs.getString(5)), rs.getString(6),
                topics(rs.getArray(7)), rs.getString(8), rs.getObject(9, UUID.class));
    }

    private static Set<Topic> topics(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Topic::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
    }

    /** PostgreSQL's array literal of enum names, which contain no characters that need quoting. */
    private static String postgresArray(Set<Topic> topics) {
        return topics.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }
}
