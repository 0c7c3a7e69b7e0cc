package fi.placera.planning.internal;

import fi.placera.audit.RecordRevisions;
import fi.placera.audit.RecordRevisions.Action;
import fi.placera.audit.RecordRevisions.NewRevision;
import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.consent.Consents;
import fi.placera.planning.ActionPlan;
import fi.placera.planning.ActionPlans;
import fi.placera.planning.PlanReview;
import fi.placera.planning.PlanVersion;
import fi.placera.planning.ReviewDue;
import static fi.placera.platform.Checks.LONG_TEXT;
import static fi.placera.platform.Checks.limited;
import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.required;

import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Action plans in PostgreSQL, each version kept in {@code action_plan_version}. */
@Service
class JdbcActionPlans implements ActionPlans {

    /** The kind of record in the history of corrections and voids. */
    private static final String REVIEW_KIND = "PLAN_REVIEW";

    private final JdbcClient jdbc;
    private final Consents consents;
    private final RecordRevisions revisions;
    private final Clock clock;

    JdbcActionPlans(JdbcClient jdbc, Consents consents, RecordRevisions revisions, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Override
    public Optional<ActionPlan> planOf(UUID clientId) {
        return jdbc.sql("""
                        select id, client_id, started_on, goals, steps, responsibilities, version
                        from action_plan where client_id = ?""")
                .param(clientId)
                .query((rs, row) -> new ActionPlan(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .optional();
    }

    @Override
    @Transactional
    public ActionPlan start(UUID clientId, short areaId, LocalDate startedOn, String goals, String steps,
            String responsibilities, UUID savedBy) {
        if (consents.agreementOf(clientId).isEmpty()) {
            throw Rejection.beforeTheAgreement();
        }
        notInFuture(startedOn, clock, "startedOn");
        PlanText text = PlanText.checked(goals, steps, responsibilities);
        UUID id = UUID.randomUUID();
        int stored = jdbc.sql("""
                        insert into action_plan (id, client_id, area_id, started_on, goals, steps, responsibilities, version)
                        values (?, ?, ?, ?, ?, ?, ?, 1) on conflict (client_id) do nothing""")
                .params(id, clientId, areaId, startedOn, text.goals(), text.steps(), text.responsibilities())
                .update();
        if (stored == 1) {
            keepVersion(id, 1, text, savedBy);
        }
        return planOf(clientId).orElseThrow();
    }

    @Override
    @Transactional
    public ActionPlan revise(UUID clientId, int version, String goals, String steps, String responsibilities,
            UUID savedBy) {
        PlanText text = PlanText.checked(goals, steps, responsibilities);
        ActionPlan current = planOf(clientId).orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        int saved = jdbc.sql("""
                        update action_plan set goals = ?, steps = ?, responsibilities = ?, version = version + 1
                        where client_id = ? and version = ?""")
                .params(text.goals(), text.steps(), text.responsibilities(), clientId, version)
                .update();
        if (saved == 0) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        keepVersion(current.id(), version + 1, text, savedBy);
        return planOf(clientId).orElseThrow();
    }

    @Override
    public void review(UUID clientId, LocalDate reviewedOn, Integer milestone, String whatChanged, UUID recordedBy) {
        ActionPlan plan = planOf(clientId).orElseThrow(() -> new Rejection(null, "plan.required"));
        notInFuture(reviewedOn, clock, "reviewedOn");
        if (reviewedOn.isBefore(plan.startedOn())) {
            throw new Rejection("reviewedOn", "plan.review.before-start");
        }
        if (milestone != null && !MILESTONES.contains(milestone)) {
            throw new Rejection("milestone", "validation.required");
        }
        if (whatChanged == null || whatChanged.isBlank()) {
            throw new Rejection("whatChanged", "validation.required");
        }
        limited(whatChanged, LONG_TEXT, "whatChanged");
        int stored = jdbc.sql("""
                        insert into action_plan_review (id, plan_id, area_id, reviewed_on, milestone, what_changed, recorded_by)
                        select ?, id, area_id, ?, ?, ?, ? from action_plan where client_id = ?
                        on conflict (plan_id, milestone) where voided_at is null do nothing""")
                .params(UUID.randomUUID(), reviewedOn, milestone, whatChanged.strip(), recordedBy, clientId)
                .update();
        if (stored == 0) {
            throw new Rejection("milestone", "plan.review.already-done");
        }
    }

    @Override
    public List<ReviewDue> reviewsDue(UUID clientId) {
        return reviewsDue(List.of(clientId)).getOrDefault(clientId, List.of());
    }

    @Override
    public Map<UUID, List<ReviewDue>> reviewsDue(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select p.client_id, p.started_on,
                               array(select r.milestone from action_plan_review r
                                     where r.plan_id = p.id and r.milestone is not null and r.voided_at is null) as done
                        from action_plan p where p.client_id in (:clients)""")
                .param("clients", clientIds)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class),
                        reviewPoints(rs.getObject(2, LocalDate.class), Set.of((Integer[]) rs.getArray(3).getArray()))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<ReviewDue> reviewPoints(LocalDate startedOn, Set<Integer> done) {
        return MILESTONES.stream()
                .map(months -> new ReviewDue(months, startedOn.plusMonths(months), done.contains(months))).toList();
    }

    @Override
    public List<PlanReview> reviews(UUID clientId) {
        return jdbc.sql("""
                        select r.id, r.reviewed_on, r.milestone, r.what_changed from action_plan_review r
                        join action_plan p on p.id = r.plan_id where p.client_id = ? and r.voided_at is null
                        order by r.reviewed_on, r.id""")
                .param(clientId)
                .query((rs, row) -> new PlanReview(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        (Integer) rs.getObject(3), rs.getString(4)))
                .list();
    }

    /** A review as its void needs it. */
    private record Voidable(UUID recordedBy, LocalDate reviewedOn, Integer milestone, String whatChanged) {
    }

    @Override
    @Transactional
    public void voidReview(UUID clientId, short areaId, UUID reviewId, String reason, UUID revisedBy,
            Consumer<UUID> checkReviser) {
        Voidable review = jdbc.sql("""
                        select r.recorded_by, r.reviewed_on, r.milestone, r.what_changed from action_plan_review r
                        join action_plan p on p.id = r.plan_id
                        where r.id = ? and p.client_id = ? and r.voided_at is null""")
                .params(reviewId, clientId)
                .query((rs, row) -> new Voidable(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        (Integer) rs.getObject(3), rs.getString(4)))
                .optional().orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        checkReviser.accept(review.recordedBy());
        String why = RecordRevisions.reason(reason, "voidReason");
        if (jdbc.sql("update action_plan_review set voided_at = ? where id = ? and voided_at is null")
                .params(Timestamp.from(clock.instant()), reviewId).update() != 1) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        revisions.record(new NewRevision(REVIEW_KIND, reviewId, clientId, areaId, Action.VOIDED, List.of(
                new Previous("reviewedOn", review.reviewedOn().toString()),
                new Previous("milestone", review.milestone() == null ? "" : review.milestone().toString()),
                new Previous("whatChanged", review.whatChanged())), why, revisedBy));
    }

    @Override
    public List<Revision> reviewVoidsOf(UUID clientId) {
        return revisions.ofClient(REVIEW_KIND, clientId);
    }

    @Override
    public List<PlanVersion> history(UUID clientId) {
        return jdbc.sql("""
                        select v.version, v.goals, v.steps, v.responsibilities, v.saved_at from action_plan_version v
                        join action_plan p on p.id = v.plan_id where p.client_id = ? order by v.version desc""")
                .param(clientId)
                .query((rs, row) -> new PlanVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private void keepVersion(UUID planId, int version, PlanText text, UUID savedBy) {
        jdbc.sql("""
                        insert into action_plan_version (plan_id, version, goals, steps, responsibilities, saved_at, saved_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, version, text.goals(), text.steps(), text.responsibilities(),
                        Timestamp.from(clock.instant()), savedBy)
                .update();
    }

    /** The plan's texts as saved: goals required, every text within the limit, blanks stored as nothing. */
    private record PlanText(String goals, String steps, String responsibilities) {

        static PlanText checked(String goals, String steps, String responsibilities) {
            return new PlanText(required(goals, LONG_TEXT, "goals"), optional(steps, LONG_TEXT, "steps"),
                    optional(responsibilities, LONG_TEXT, "responsibilities"));
        }
    }
}
