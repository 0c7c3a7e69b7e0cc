package fi.placera.audit.web;

import fi.placera.audit.AdminChangeQuery;
import fi.placera.audit.AdminChanges;
import fi.placera.platform.Administrator;
import fi.placera.platform.web.FormValues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' audit trail (issue 21): an area administrator reads the changes of their area, a national
 * administrator every change; filtered by who, which object and when.
 */
@Controller
class AdminChangesController {

    /** The kinds of object the trail names, for the filter. */
    static final List<String> KINDS = List.of("ACCOUNT", "STAFF", "IPS_TEAM", "CARE_TEAM", "AREA", "INSTRUMENT", "STUDY",
            AdminChanges.SETTING, AdminChanges.SIGN_IN_PROVIDER, AdminChanges.CLIENT_SIGN_IN_PROVIDER,
            AdminChanges.INTEGRATION);
    private static final int MAX_FILTER = 200;

    private final AdminChanges changes;
    private final Clock clock;

    AdminChangesController(AdminChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping("/admin/changes")
    String list(Administrator by, @RequestParam(required = false) String who,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String object,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "filter");
        Optional<LocalDate> fromDay = FormValues.optionalDate(from, "from", errors);
        Optional<LocalDate> toDay = FormValues.optionalDate(to, "to", errors);
        AdminChangeQuery query = new AdminChangeQuery(filter(who), kind != null && KINDS.contains(kind) ? kind : null, filter(object),
                fromDay.map(this::startOf).orElse(null), toDay.map(day -> startOf(day.plusDays(1))).orElse(null));
        model.addAttribute("changes", errors.hasErrors() ? List.of() : changes.list(by, query));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("filter", new Filter(who, kind, object, from, to));
        model.addAttribute("errors", errors);
        model.addAttribute("national", by.national());
        model.addAttribute("page", AdminChanges.PAGE);
        return "audit/changes";
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** A typed filter, or none when blank; overlong input filters nothing rather than failing. */
    private static String filter(String text) {
        return text == null || text.isBlank() || text.length() > MAX_FILTER ? null : text.strip();
    }

    /** What the filter form shows again, as typed. */
    record Filter(String who, String kind, String object, String from, String to) {
    }
}
