package fi.placera.fidelity.web;

import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.typed;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.NewReview;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.fidelity.FidelityReviews.Source;
import fi.placera.fidelity.internal.ReviewAccess;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A team's fidelity reviews: the list, opening a review (Placera pre-scores it) and scoring it from draft to
 * agreed to published. Who may do what is {@link ReviewAccess}'s decision.
 */
@Controller
class FidelityReviewController {

    /** A new review looks back this many months by default: reviews are repeated every six months. */
    private static final int DEFAULT_MONTHS = 6;

    private final FidelityReviews reviews;
    private final ReviewAccess access;
    private final ReviewViews views;
    private final Clock clock;

    FidelityReviewController(FidelityReviews reviews, ReviewAccess access, ReviewViews views, Clock clock) {
        this.reviews = reviews;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    /** The steps a review's form can take; each saves what was typed first. */
    enum Step { SAVE, AGREE, PUBLISH }

    /** A new review as typed. */
    record NewReviewInput(String key, String team, String from, String to, String reviewedOn, String reviewers) {
    }

    @GetMapping("/fidelity")
    String list(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String team, Model model) {
        IpsTeamSummary shown = access.team(user, team);
        model.addAttribute("teams", access.teams(user));
        model.addAttribute("team", shown);
        model.addAttribute("works", access.works(user, shown));
        model.addAttribute("reviews", access.reviewsOf(user, shown).stream().map(views::summary).toList());
        return "fidelity/reviews";
    }

    @GetMapping("/fidelity/new")
    String newReview(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String team,
            Model model) {
        IpsTeamSummary shown = workedTeam(user, team);
        LocalDate today = LocalDate.now(clock);
        NewReviewInput input = new NewReviewInput(UUID.randomUUID().toString(), shown.code(),
                typed(today.minusMonths(DEFAULT_MONTHS)), typed(today), typed(today), "");
        return newForm(shown, input, new MapBindingResult(new HashMap<>(), "review"), model);
    }

    @PostMapping("/fidelity")
    String open(@AuthenticationPrincipal PlaceraUser user, NewReviewInput input, Model model) {
        IpsTeamSummary shown = workedTeam(user, input.team());
        BindingResult errors = new MapBindingResult(new HashMap<>(), "review");
        Optional<LocalDate> from = date(input.from(), "from", errors);
        Optional<LocalDate> to = date(input.to(), "to", errors);
        Optional<LocalDate> reviewedOn = date(input.reviewedOn(), "reviewedOn", errors);
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        AtomicReference<UUID> opened = new AtomicReference<>();
        if (!Forms.saved(errors, () -> opened.set(reviews.open(new NewReview(key, shown.areaId(), shown.id(),
                from.get(), to.get(), reviewedOn.get(), ReviewInput.lines(input.reviewers()), user.accountId()))))) {
            return newForm(shown, input, errors, model);
        }
        return "redirect:/fidelity/" + opened.get();
    }

    @GetMapping("/fidelity/{id}")
    String review(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Locale locale, Model model) {
        Review review = access.workable(user, id);
        if (review.published()) {
            return "redirect:/fidelity/" + id + "/report";
        }
        return form(user, review, ReviewInput.of(review), new MapBindingResult(new HashMap<>(), "review"), locale,
                model);
    }

    @PostMapping("/fidelity/{id}")
    String save(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "SAVE") Step step,
            Locale locale, Model model) {
        Review stored = access.workable(user, id);
        ReviewInput input = new ReviewInput(form);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "review");
        Review typed = input.applyTo(stored, errors);
        Consumer<Review> action = switch (step) {
            case SAVE -> reviews::save;
            case AGREE -> reviews::agree;
            case PUBLISH -> reviews::publish;
        };
        if (!Forms.saved(errors, () -> action.accept(typed))) {
            return form(user, stored, input, errors, locale, model);
        }
        return step == Step.PUBLISH ? "redirect:/fidelity/" + id + "/report" : "redirect:/fidelity/" + id + "?saved";
    }

    private String newForm(IpsTeamSummary team, NewReviewInput input, BindingResult errors, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "fidelity/new-review";
    }

    private String form(PlaceraUser user, Review review, ReviewInput input, BindingResult errors, Locale locale,
            Model model) {
        model.addAttribute("team", access.teamOf(user, review));
        model.addAttribute("review", review);
        model.addAttribute("summary", views.summary(review));
        model.addAttribute("items", views.items(review, locale));
        model.addAttribute("overlapping", reviews.overlapping(review));
        model.addAttribute("sources", Source.values());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "fidelity/review";
    }

    private IpsTeamSummary workedTeam(PlaceraUser user, String code) {
        IpsTeamSummary team = access.team(user, code);
        if (!access.works(user, team)) {
            throw new NotFound();
        }
        return team;
    }
}
