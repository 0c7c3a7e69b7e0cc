package fi.placera.planning.web;

import static fi.placera.platform.web.FormValues.date;

import fi.placera.audit.AccessAction;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.planning.ActionPlans;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The client's action plan: agreeing it, revising it, reviewing it. */
@Controller
@RequestMapping("/clients/{id}/plan")
class PlanController {

    private final ClientRecords records;

    private final ActionPlans plans;

    PlanController(ClientRecords records, ActionPlans plans) {
        this.records = records;
        this.plans = plans;
    }

    /** The plan form as posted; the version is the one the user started editing. */
    record PlanInput(String startedOn, String goals, String steps, String responsibilities, Integer version) {
    }

    /** The review form as posted. */
    record ReviewInput(String reviewedOn, String milestone, String whatChanged) {
    }

    @PostMapping
    String save(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, PlanInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "action plan");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "plan");
        if (input.version() != null) {
            return records.savedOrAgain(id, Part.PLAN, model, errors, "plan", input, () -> plans.revise(id, input.version(),
                    input.goals(), input.steps(), input.responsibilities(), user.accountId()));
        }
        Optional<LocalDate> start = date(input.startedOn(), "startedOn", errors);
        return records.savedOrAgain(id, Part.PLAN, model, errors, "plan", input, () -> plans.start(id, client.areaId(),
                start.get(), input.goals(), input.steps(), input.responsibilities(), user.accountId()));
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/reviews")
    String review(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ReviewInput input, Model model) {
        records.get(user, id, InformationKind.IDENTITY, "action plan");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "review");
        Optional<LocalDate> day = date(input.reviewedOn(), "reviewedOn", errors);
        Integer milestone = milestone(input.milestone(), errors);
        return records.savedOrAgain(id, Part.PLAN, model, errors, "review", input,
                () -> plans.review(id, day.get(), milestone, input.whatChanged(), user.accountId()));
    }

    /** A void of a review; {@code review} says which review's form to show again with what was typed. */
    record VoidInput(String review, String voidReason) {
    }

    /** A review recorded by mistake (decision 0082): kept with its history, it leaves the scheduled reviews. */
    @PostMapping("/reviews/{review}/void")
    String voidReview(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID review,
            VoidInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "action plan");
        return records.savedOrAgain(id, Part.PLAN, model, new MapBindingResult(new HashMap<>(), "void"), "void", input,
                () -> plans.voidReview(id, client.areaId(), review, input.voidReason(), user.accountId(),
                        recordedBy -> records.checkMayRevise(user, id, recordedBy)));
    }

    /** Empty = a review whenever needed; otherwise 3, 6 or 12. */
    private static Integer milestone(String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.rejectValue("milestone", "validation.required");
            return null;
        }
    }
}
