package fi.placera.reporting.web;

import fi.placera.identity.CallingSystem;
import fi.placera.identity.PlaceraUser;
import fi.placera.reporting.internal.OutcomeReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outcome report as JSON, field names as in data-exchange.md section 2. */
@RestController
@Tag(name = "Reports")
class OutcomesApiController {

    private final OutcomeReports reports;

    OutcomesApiController(OutcomeReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/outcomes")
    @Operation(summary = "The outcome report of an IPS team or a welfare area for a period (both days included); "
            + "outside the team small cells are the string <5")
    Map<String, Object> outcomes(@AuthenticationPrincipal PlaceraUser user, @AuthenticationPrincipal CallingSystem system,
            @Parameter(description = "IPS team code") @RequestParam(required = false) String team,
            @Parameter(description = "welfare area code") @RequestParam(required = false) String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        // a signed-in person, or a system of an area with its client-credentials token (decision 0077)
        return (system != null ? reports.report(system, team, area, from, to) : reports.report(user, team, area, from, to))
                .withSubject();
    }
}
