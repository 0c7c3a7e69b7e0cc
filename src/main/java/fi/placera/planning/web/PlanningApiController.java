package fi.placera.planning.web;

import static fi.placera.platform.Checks.present;

import fi.placera.audit.AccessAction;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.planning.ActionPlan;
import fi.placera.planning.ActionPlans;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.BenefitsCounselling.Counsellor;
import fi.placera.planning.BenefitsCounselling.Session;
import fi.placera.planning.BenefitsCounselling.Topic;
import fi.placera.planning.CounsellingDue;
import fi.placera.planning.PlanReview;
import fi.placera.planning.ReviewDue;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.ConflictOnStaleVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The action plan and benefits counselling over REST. */
@RestController
@RequestMapping("/api/v1/clients/{id}")
@Tag(name = "Action plan and benefits counselling")
class PlanningApiController {

    private final ClientRecords records;

    private final ActionPlans plans;
    private final BenefitsCounselling counselling;

    PlanningApiController(ClientRecords records, ActionPlans plans, BenefitsCounselling counselling) {
        this.records = records;
        this.plans = plans;
        this.counselling = counselling;
    }

    record PlanView(ActionPlan plan, List<ReviewDue> reviewsDue, List<PlanReview> reviews) {
    }

    /** A new plan needs {@code startedOn}; a revision needs the {@code version} it was based on. */
    record PlanRequest(LocalDate startedOn, Integer version, String goals, String steps, String responsibilities) {
    }

    record ReviewRequest(LocalDate reviewedOn, Integer milestone, String whatChanged) {
    }

    /** A counselling session; {@code key} makes sending it twice harmless. */
    record CounsellingRequest(UUID key, LocalDate counselledOn, Counsellor counsellor, String adviserName,
            Set<Topic> topics, String outcome) {
    }

    record CounsellingView(List<Session> sessions, List<CounsellingDue> dues) {
    }

    @GetMapping("/plan")
    @Operation(operationId = "getPlan",
            summary = "The action plan with its reviews and the reviews due at 3, 6 and 12 months")
    PlanView plan(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        ActionPlan plan = plans.planOf(records.get(user, id, InformationKind.ACTION_PLAN, "API: action plan")
                        .clientId()).orElseThrow(NotFound::new);
        return new PlanView(plan, plans.reviewsDue(id), plans.reviews(id));
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/plan")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "startPlan", summary = "Agree the first plan; needs the cooperation agreement")
    PlanView start(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @RequestBody PlanRequest request) {
        ClientScope client = records.get(user, id, InformationKind.ACTION_PLAN, "API: action plan");
        plans.start(id, client.areaId(), present(request.startedOn(), "startedOn"), request.goals(), request.steps(),
                request.responsibilities(), user.accountId());
        return plan(user, id);
    }

    @AccessIntent(AccessAction.UPDATE)
    @PutMapping("/plan")
    @Operation(operationId = "revisePlan",
            summary = "Save a new version of the plan; 409 when someone saved since the version sent")
    @ConflictOnStaleVersion
    PlanView revise(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @RequestBody PlanRequest request) {
        records.get(user, id, InformationKind.ACTION_PLAN, "API: action plan");
        plans.revise(id, present(request.version(), "version"), request.goals(), request.steps(),
                request.responsibilities(), user.accountId());
        return plan(user, id);
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/plan/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "reviewPlan",
            summary = "Record a review: a scheduled one (milestone 3, 6 or 12) or one whenever needed (no milestone)")
    PlanView review(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @RequestBody ReviewRequest request) {
        records.get(user, id, InformationKind.ACTION_PLAN, "API: action plan");
        plans.review(id, present(request.reviewedOn(), "reviewedOn"), request.milestone(), request.whatChanged(),
                user.accountId());
        return plan(user, id);
    }

    @GetMapping("/counselling")
    @Operation(summary = "Benefits counselling sessions and when counselling is due")
    CounsellingView counselling(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        records.get(user, id, InformationKind.BENEFITS, "API: benefits counselling");
        return new CounsellingView(counselling.sessions(id), counselling.dues(id));
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/counselling")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a benefits counselling session; needs the cooperation agreement")
    CounsellingView counsel(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody CounsellingRequest request) {
        ClientScope client = records.get(user, id, InformationKind.BENEFITS, "API: benefits counselling");
        counselling.record(new Session(present(request.key(), "key"), id, client.areaId(), request.counselledOn(),
                request.counsellor(), request.adviserName(), request.topics(), request.outcome(), user.accountId()));
        return counselling(user, id);
    }

    /** A void: why the record was recorded by mistake. */
    record VoidRequest(String reason) {
    }

    /** A session as it should have been recorded, and why it is corrected. */
    record CounsellingCorrectionRequest(LocalDate counselledOn, Counsellor counsellor, String adviserName,
            Set<Topic> topics, String outcome, String reason) {
    }

    @PostMapping("/plan/reviews/{reviewId}/void")
    @Operation(operationId = "voidPlanReview", summary = "Void a review recorded by mistake, with a reason: kept with its"
            + " history, gone from the scheduled reviews; only who recorded it or the team leader")
    PlanView voidReview(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID reviewId,
            @RequestBody VoidRequest request) {
        ClientScope client = records.get(user, id, InformationKind.ACTION_PLAN, "API: action plan");
        plans.voidReview(id, client.areaId(), reviewId, request.reason(), user.accountId(),
                recordedBy -> records.checkMayRevise(user, id, recordedBy));
        return plan(user, id);
    }

    @PostMapping("/counselling/{key}/correct")
    @Operation(operationId = "correctCounselling", summary = "Correct a session recorded wrong, with a reason; the"
            + " values replaced stay in its history; only who recorded it or the team leader")
    CounsellingView correctSession(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @PathVariable UUID key, @RequestBody CounsellingCorrectionRequest request) {
        ClientScope client = records.get(user, id, InformationKind.BENEFITS, "API: benefits counselling");
        counselling.correctSession(id, client.areaId(), key, new BenefitsCounselling.Correction(
                        present(request.counselledOn(), "correctedCounselledOn"), request.counsellor(),
                        request.adviserName(), request.topics(), request.outcome()), request.reason(), user.accountId(),
                recordedBy -> records.checkMayRevise(user, id, recordedBy));
        return counselling(user, id);
    }

    @PostMapping("/counselling/{key}/void")
    @Operation(operationId = "voidCounselling", summary = "Void a session recorded by mistake, with a reason: kept with"
            + " its history, it meets no due and leaves V1; only who recorded it or the team leader")
    CounsellingView voidSession(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @PathVariable UUID key, @RequestBody VoidRequest request) {
        ClientScope client = records.get(user, id, InformationKind.BENEFITS, "API: benefits counselling");
        counselling.voidSession(id, client.areaId(), key, request.reason(), user.accountId(),
                recordedBy -> records.checkMayRevise(user, id, recordedBy));
        return counselling(user, id);
    }
}
