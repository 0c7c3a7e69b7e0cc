package fi.placera.planning;

import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Clients' action plans. Refusals are {@link fi.placera.platform.Rejection}s with a field and message key. */
public interface ActionPlans {

    /** Review points after the start of the plan, in months. */
    List<Integer> MILESTONES = IpsModel.PLAN_REVIEW_MONTHS;

    Optional<ActionPlan> planOf(UUID clientId);

    /** Agrees the first plan; refused without a cooperation agreement. */
    ActionPlan start(UUID clientId, short areaId, LocalDate startedOn, String goals, String steps,
            String responsibilities, UUID savedBy);

    /** Saves a new version if nobody saved since {@code version}; otherwise a conflict, the text kept by the caller. */
    ActionPlan revise(UUID clientId, int version, String goals, String steps, String responsibilities, UUID savedBy);

    void review(UUID clientId, LocalDate reviewedOn, Integer milestone, String whatChanged, UUID recordedBy);

    List<ReviewDue> reviewsDue(UUID clientId);

    /** The review points of these clients' plans, by client, in one read; clients without a plan are left out. */
    Map<UUID, List<ReviewDue>> reviewsDue(Collection<UUID> clientIds);

    List<PlanReview> reviews(UUID clientId);

    /**
     * Voids a review recorded by mistake, with a reason (decision 0082): kept with its history, it leaves the
     * scheduled reviews, whose milestone can be recorded again. {@code checkReviser} is given who recorded it and
     * refuses (a Rejection) a user who may not void it; a review not of this client, or already voided, is a conflict.
     */
    void voidReview(UUID clientId, short areaId, UUID reviewId, String reason, UUID revisedBy,
            Consumer<UUID> checkReviser);

    /** The voids of the client's plan reviews, oldest first. */
    List<Revision> reviewVoidsOf(UUID clientId);

    List<PlanVersion> history(UUID clientId);
}
