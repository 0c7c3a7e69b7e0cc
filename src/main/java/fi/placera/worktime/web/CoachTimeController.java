package fi.placera.worktime.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Formats;
import fi.placera.platform.web.Forms;
import fi.placera.worktime.CoachTime;
import fi.placera.worktime.CoachTime.Activity;
import fi.placera.worktime.CoachTime.Place;
import fi.placera.worktime.CoachTime.Week;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in staff member records their time of one ISO week, by activity and place. */
@Controller
@RequestMapping("/time")
class CoachTimeController {

    /** The week in links and the form: an ISO date, 2026-11-30. */
    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    private final CoachTime coachTime;
    private final Formats formats;
    private final Clock clock;

    CoachTimeController(CoachTime coachTime, Formats formats, Clock clock) {
        this.coachTime = coachTime;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String week, Model model) {
        Week recorded = coachTime.weekOf(staffMember(user), monday(week));
        return render(recorded, HoursForm.showing(recorded, formats), new MapBindingResult(Map.of(), "time"), model);
    }

    @PostMapping
    String record(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String week,
            @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        UUID staffMember = staffMember(user);
        LocalDate monday = monday(week);
        HoursForm form = HoursForm.typed(fields);
        BindingResult errors = new MapBindingResult(form.texts(), "time");
        Map<Activity, Map<Place, BigDecimal>> hours = form.hours(errors);
        if (!Forms.saved(errors, () -> coachTime.record(staffMember, user.areaId(), monday, hours, user.accountId()))) {
            return render(coachTime.weekOf(staffMember, monday), form, errors, model);
        }
        redirect.addFlashAttribute("saved", formats.date(monday) + "–" + formats.date(monday.plusDays(6)));
        return "redirect:/time?week=" + monday;
    }

    private String render(Week week, HoursForm form, BindingResult errors, Model model) {
        model.addAttribute("week", week);
        model.addAttribute("weekNumber", week.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        model.addAttribute("latestWeek", !week.monday().isBefore(CoachTime.mondayOf(LocalDate.now(clock))));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("activities", Activity.values());
        model.addAttribute("places", Place.values());
        return "worktime/time";
    }

    /** The Monday of the week asked for (any day of it), the current week when none; 400 for anything else. */
    private LocalDate monday(String week) {
        if (week == null || week.isBlank()) {
            return CoachTime.mondayOf(LocalDate.now(clock));
        }
        try {
            if (week.strip().matches(ISO_DATE)) {
                return CoachTime.mondayOf(LocalDate.parse(week.strip()));
            }
        } catch (DateTimeException e) {
            // an impossible date such as 2026-02-30 is as bad as no date at all
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }

    /** Time is recorded by staff members only; an account without one has no such page. */
    private static UUID staffMember(PlaceraUser user) {
        if (user.staffMemberId() == null || user.areaId() == null) {
            throw new NotFound();
        }
        return user.staffMemberId();
    }
}
