package fi.placera.planning.internal;

import static fi.placera.platform.Checks.LONG_TEXT;
import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.required;

import fi.placera.audit.RecordRevisions.Action;
import fi.placera.audit.RecordRevisions.NewRevision;
import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Replaced;
import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.audit.RecordRevisions;
import fi.placera.consent.Consents;
import fi.placera.planning.VocationalProfiles;
import fi.placera.planning.VocationalProfiles.TrackerProfile;
import fi.placera.platform.BatchRejection;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import fi.placera.platform.persistence.BatchColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vocational profiles in PostgreSQL: one row per saved version, meetings numbered per client. */
@Service
class JdbcVocationalProfiles implements VocationalProfiles {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    /** The kind of record in the history of corrections and voids. */
    private static final String MEETING_KIND = "PROFILE_MEETING";
    private static final String DISCUSSION_KIND = "DISCLOSURE_DISCUSSION";

    private final JdbcClient jdbc;
    private final Consents consents;
    private final RecordRevisions revisions;
    private final Clock clock;

    JdbcVocationalProfiles(JdbcClient jdbc, Consents consents, RecordRevisions revisions, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** A profile meeting as its void needs it. */
    private record Voidable(UUID id, UUID recordedBy, LocalDate metOn, String covered) {
    }

    @Override
    @Transactional
    public void voidMeeting(UUID clientId, short areaId, int number, String reason, UUID revisedBy,
            Consumer<UUID> checkReviser) {
        Voidable meeting = jdbc.sql("""
                        select id, recorded_by, met_on, covered from profile_meeting
                        where client_id = ? and number = ? and voided_at is null""")
                .params(clientId, number)
                .query((rs, row) -> new Voidable(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .optional().orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        checkReviser.accept(meeting.recordedBy());
        String why = RecordRevisions.reason(reason, "voidReason");
        if (jdbc.sql("update profile_meeting set voided_at = ? where id = ? and voided_at is null")
                .params(Timestamp.from(clock.instant()), meeting.id()).update() != 1) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        revisions.record(new NewRevision(MEETING_KIND, meeting.id(), clientId, areaId, Action.VOIDED,
                List.of(new Previous("metOn", meeting.metOn().toString()), new Previous("covered", meeting.covered())),
                why, revisedBy));
    }

    @Override
    @Transactional
    public void correctMeeting(UUID clientId, short areaId, int number, LocalDate metOn, String covered, String reason,
            UUID revisedBy, Consumer<UUID> checkReviser) {
        // read under a lock: a meeting changed or voided in between is not corrected from what was read before
        Voidable meeting = jdbc.sql("""
                        select id, recorded_by, met_on, covered from profile_meeting
                        where client_id = ? and number = ? and voided_at is null for update""")
                .params(clientId, number)
                .query((rs, row) -> new Voidable(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .optional().orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        checkReviser.accept(meeting.recordedBy());
        String why = RecordRevisions.reason(reason, "correctionReason");
        notInFuture(metOn, clock, "correctedMetOn");
        String text = required(covered, LONG_TEXT, "correctedCovered");
        List<Previous> previous = new Replaced().field("metOn", meeting.metOn(), metOn)
                .field("covered", meeting.covered(), text).orNothingChanged();
        jdbc.sql("update profile_meeting set met_on = ?, covered = ? where id = ?").params(metOn, text, meeting.id())
                .update();
        revisions.record(new NewRevision(MEETING_KIND, meeting.id(), clientId, areaId, Action.CORRECTED, previous, why,
                revisedBy));
    }

    @Override
    public List<Revision> meetingVoidsOf(UUID clientId) {
        return revisions.ofClient(MEETING_KIND, clientId);
    }

    @Override
    public Optional<Profile> profileOf(UUID clientId) {
        return history(clientId).stream().findFirst();
    }

    @Override
    public Profile save(UUID clientId, short areaId, int basedOnVersion, Content content, UUID savedBy) {
        agreed(clientId);
        Content checked = checked(content);
        if (profileOf(clientId).map(Profile::version).orElse(0) != basedOnVersion) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        try {
            jdbc.sql("""
                            insert into vocational_profile (client_id, version, area_id, strengths, interests, goals, education,
                                work_history, skills, support_needs, preferred_work, preferred_hours, preferred_location,
                                disclosure_preference, saved_at, saved_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(clientId, basedOnVersion + 1, areaId, checked.strengths(), checked.interests(), checked.goals(),
                            checked.education(), checked.workHistory(), checked.skills(), checked.supportNeeds(),
                            checked.preferredWork(), checked.preferredHours(), checked.preferredLocation(),
                            checked.disclosure().name(), Timestamp.from(clock.instant()), savedBy)
                    .update();
        } catch (DuplicateKeyException savedMeanwhile) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        return profileOf(clientId).orElseThrow();
    }

    @Override
    @Transactional
    public int recordFromTracker(List<TrackerProfile> profiles) {
        Set<UUID> agreed = consents.agreementsOf(profiles.stream().map(TrackerProfile::clientId).toList()).keySet();
        BatchRejection.checkEach(profiles, profile -> {
            if (!agreed.contains(profile.clientId())) {
                throw Rejection.beforeTheAgreement();
            }
            notInFuture(profile.madeOn(), clock, "profileMetOn");
            required(profile.covered(), LONG_TEXT, "profileCovered");
        });
        int meetings = recordTrackerMeetings(profiles);
        jdbc.sql("""
                        insert into vocational_profile (client_id, version, area_id, disclosure_preference, saved_at, saved_by)
                        select client_id, 1, area_id, ?, saved_at, saved_by
                        from unnest(?::uuid[], ?::smallint[], ?::timestamptz[], ?::uuid[])
                             as tracker (client_id, area_id, saved_at, saved_by)
                        where not exists (select 1 from vocational_profile v where v.client_id = tracker.client_id)
                        on conflict do nothing""")
                .params(Disclosure.UNDECIDED.name(), BatchColumns.of(profiles, TrackerProfile::clientId),
                        BatchColumns.of(profiles, TrackerProfile::areaId),
                        BatchColumns.of(profiles, profile -> profile.madeOn().atStartOfDay(FINLAND).toInstant()),
                        BatchColumns.of(profiles, TrackerProfile::recordedBy))
                .update();
        return meetings;
    }

    /** The profiles' meetings, numbered after each client's earlier ones in the profiles' order. */
    private int recordTrackerMeetings(List<TrackerProfile> profiles) {
        try {
            return jdbc.sql("""
                            insert into profile_meeting (id, client_id, area_id, number, met_on, covered, recorded_by,
                                                         idempotency_key)
                            select id, client_id, area_id,
                                   coalesce((select max(number) from profile_meeting p where p.client_id = tracker.client_id), 0)
                                   + row_number() over (partition by client_id order by ordinal),
                                   met_on, covered, recorded_by, idempotency_key
                            from unnest(?::uuid[], ?::uuid[], ?::smallint[], ?::date[], ?::text[], ?::uuid[], ?::uuid[])
                                 with ordinality as tracker (id, client_id, area_id, met_on, covered, recorded_by,
                                                             idempotency_key, ordinal)
                            on conflict (idempotency_key) do nothing""")
                    .params(BatchColumns.of(profiles, profile -> UUID.randomUUID()),
                            BatchColumns.of(profiles, TrackerProfile::clientId),
                            BatchColumns.of(profiles, TrackerProfile::areaId),
                            BatchColumns.of(profiles, TrackerProfile::madeOn),
                            BatchColumns.of(profiles, profile -> required(profile.covered(), LONG_TEXT, "profileCovered")),
                            BatchColumns.of(profiles, TrackerProfile::recordedBy),
                            BatchColumns.of(profiles, TrackerProfile::meetingKey))
                    .update();
        } catch (DuplicateKeyException sameNumberMeanwhile) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
    }

    @Override
    public List<Profile> history(UUID clientId) {
        return jdbc.sql("""
                        select version, strengths, interests, goals, education, work_history, skills, support_needs,
                               preferred_work, preferred_hours, preferred_location, disclosure_preference, saved_at
                        from vocational_profile where client_id = ? order by version desc""")
                .param(clientId)
                .query((rs, row) -> profile(rs))
                .list();
    }

    @Override
    public void recordMeeting(UUID idempotencyKey, UUID clientId, short areaId, LocalDate metOn, String covered,
            UUID recordedBy) {
        agreed(clientId);
        notInFuture(metOn, clock, "profileMetOn");
        String text = required(covered, LONG_TEXT, "profileCovered");
        try {
            jdbc.sql("""
                            insert into profile_meeting (id, client_id, area_id, number, met_on, covered, recorded_by,
                                                         idempotency_key)
                            select ?, ?, ?, coalesce(max(number), 0) + 1, ?, ?, ?, ? from profile_meeting where client_id = ?
                            on conflict (idempotency_key) do nothing""")
                    .params(UUID.randomUUID(), clientId, areaId, metOn, text, recordedBy, idempotencyKey, clientId)
                    .update();
        } catch (DuplicateKeyException sameNumberMeanwhile) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
    }

    @Override
    public List<Meeting> meetings(UUID clientId) {
        return jdbc.sql("""
                        select number, met_on, covered from profile_meeting where client_id = ? and voided_at is null
                        order by number""")
                .param(clientId)
                .query((rs, row) -> new Meeting(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    @Override
    public Map<UUID, Progress> progressOf(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Progress> progress = new HashMap<>();
        jdbc.sql("""
                        select client_id, count(*) from profile_meeting where client_id in (:clients) and voided_at is null
                        group by client_id""")
                .param("clients", clientIds)
                .query(rs -> { progress.put(rs.getObject(1, UUID.class), new Progress(rs.getInt(2), false)); });
        jdbc.sql("""
                        select distinct on (client_id) client_id, preferred_work is not null from vocational_profile
                        where client_id in (:clients) order by client_id, version desc""")
                .param("clients", clientIds)
                .query(rs -> {
                    UUID client = rs.getObject(1, UUID.class);
                    int meetings = progress.containsKey(client) ? progress.get(client).meetings() : 0;
                    progress.put(client, new Progress(meetings, rs.getBoolean(2)));
                });
        return progress;
    }

    @Override
    public void recordDisclosureDiscussion(UUID idempotencyKey, UUID clientId, short areaId,
            DisclosureDiscussion discussion, UUID recordedBy) {
        agreed(clientId);
        notInFuture(discussion.discussedOn(), clock, "discussedOn");
        if (discussion.decision() == null) {
            throw new Rejection("disclosureDecision", "validation.required");
        }
        if (discussion.revisitOn() != null && discussion.revisitOn().isBefore(discussion.discussedOn())) {
            throw new Rejection("revisitOn", "disclosure.revisit.before");
        }
        jdbc.sql("""
                        insert into disclosure_discussion (id, client_id, area_id, discussed_on, pros, cons, agreed_wording,
                                                           decision, revisit_on, recorded_by, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), clientId, areaId, discussion.discussedOn(),
                        optional(discussion.pros(), LONG_TEXT, "disclosurePros"),
                        optional(discussion.cons(), LONG_TEXT, "disclosureCons"),
                        optional(discussion.agreedWording(), LONG_TEXT, "agreedWording"), discussion.decision().name(),
                        discussion.revisitOn(), recordedBy, idempotencyKey)
                .update();
    }

    @Override
    public List<RecordedDisclosureDiscussion> recordedDisclosureDiscussions(UUID clientId) {
        return jdbc.sql("""
                        select discussed_on, pros, cons, agreed_wording, decision, revisit_on, idempotency_key
                        from disclosure_discussion where client_id = ? and voided_at is null order by discussed_on, id""")
                .param(clientId)
                .query((rs, row) -> new RecordedDisclosureDiscussion(rs.getObject(7, UUID.class),
                        new DisclosureDiscussion(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                                rs.getString(4), Disclosure.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class))))
                .list();
    }

    /** A disclosure discussion as its void needs it. */
    private record VoidableDiscussion(UUID id, UUID recordedBy, LocalDate discussedOn, String decision) {
    }

    @Override
    @Transactional
    public void voidDisclosureDiscussion(UUID clientId, short areaId, UUID key, String reason, UUID revisedBy,
            Consumer<UUID> checkReviser) {
        VoidableDiscussion discussion = jdbc.sql("""
                        select id, recorded_by, discussed_on, decision from disclosure_discussion
                        where client_id = ? and idempotency_key = ? and voided_at is null""")
                .params(clientId, key)
                .query((rs, row) -> new VoidableDiscussion(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .optional().orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        checkReviser.accept(discussion.recordedBy());
        String why = RecordRevisions.reason(reason, "voidReason");
        if (jdbc.sql("update disclosure_discussion set voided_at = ? where id = ? and voided_at is null")
                .params(Timestamp.from(clock.instant()), discussion.id()).update() != 1) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        revisions.record(new NewRevision(DISCUSSION_KIND, discussion.id(), clientId, areaId, Action.VOIDED,
                List.of(new Previous("discussedOn", discussion.discussedOn().toString()),
                        new Previous("decision", discussion.decision())),
                why, revisedBy));
    }

    @Override
    public List<Revision> disclosureVoidsOf(UUID clientId) {
        return revisions.ofClient(DISCUSSION_KIND, clientId);
    }

    private void agreed(UUID clientId) {
        if (consents.agreementOf(clientId).isEmpty()) {
            throw Rejection.beforeTheAgreement();
        }
    }

    /** Every text within the limit and blanks as nothing; a profile is built over meetings, so any one text will do. */
    private static Content checked(Content c) {
        Content checked = new Content(optional(c.strengths(), LONG_TEXT, "profileStrengths"),
                optional(c.interests(), LONG_TEXT, "profileInterests"), optional(c.goals(), LONG_TEXT, "profileGoals"),
                optional(c.education(), LONG_TEXT, "profileEducation"),
                optional(c.workHistory(), LONG_TEXT, "profileWorkHistory"), optional(c.skills(), LONG_TEXT, "profileSkills"),
                optional(c.supportNeeds(), LONG_TEXT, "profileSupportNeeds"),
                optional(c.preferredWork(), LONG_TEXT, "preferredWork"),
                optional(c.preferredHours(), LONG_TEXT, "preferredHours"),
                optional(c.preferredLocation(), LONG_TEXT, "preferredLocation"),
                c.disclosure() == null ? Disclosure.UNDECIDED : c.disclosure());
        boolean empty = Stream.of(checked.strengths(), checked.interests(), checked.goals(), checked.education(),
                checked.workHistory(), checked.skills(), checked.supportNeeds(), checked.preferredWork(),
                checked.preferredHours(), checked.preferredLocation()).allMatch(text -> text == null);
        if (empty) {
            throw new Rejection(null, "profile.empty");
        }
        return checked;
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(rs.getInt(1), new Content(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                Disclosure.valueOf(rs.getString(12))), rs.getTimestamp(13).toInstant());
    }
}
