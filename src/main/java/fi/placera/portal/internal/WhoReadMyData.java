package fi.placera.portal.internal;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessLog;
import fi.placera.audit.AccessLogEntry;
import fi.placera.audit.AccessOutcome;
import fi.placera.identity.StaffAccounts;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The client's "who has read or received my data" (client data act 703/2023, LG3): every row of the access log about
 * the client in the last two years, newest first — when, which organisation and role, what kind of data, why, and
 * whether it was allowed. Staff are named only where the area's policy says so.
 */
@Service
public class WhoReadMyData {

    /** How far back the list goes. */
    public static final int YEARS = 2;
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final AccessLog accessLog;
    private final StaffAccounts staff;
    private final Organisation organisation;
    private final PortalProperties properties;
    private final Clock clock;

    WhoReadMyData(AccessLog accessLog, StaffAccounts staff, Organisation organisation, PortalProperties properties,
            Clock clock) {
        this.accessLog = accessLog;
        this.staff = staff;
        this.organisation = organisation;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One line as the client sees it; {@code name} is null where the area shows roles only. {@code dataKind} lists
     * the kinds of information a page showed, comma-separated.
     */
    public record Line(Instant occurredAt, String organisation, String role, String name, String dataKind, String purpose,
            AccessAction action, AccessOutcome outcome, boolean emergency, String recipient, String legalBasis) {

        /** The kinds of information, one by one (a page that shows the plan and the profile is one line). */
        public List<String> kinds() {
            return List.of(dataKind.split(","));
        }
    }

    public List<Line> of(Me me, Locale locale) {
        Instant since = clock.instant().atZone(HELSINKI).minusYears(YEARS).toInstant();
        List<AccessLogEntry> entries = accessLog.accessesOfClient(me.areaId(), me.clientId(), since);
        boolean names = properties.staffNamesIn(me.areaId()) == PortalProperties.StaffNames.NAME;
        Map<String, String> displayNames = names
                ? staff.displayNames(entries.stream().map(AccessLogEntry::username).toList()) : Map.of();
        return entries.stream().map(entry -> new Line(entry.occurredAt(), organisationOf(entry.orgUnit(), locale),
                entry.role(), names ? displayNames.getOrDefault(entry.username(), entry.username()) : null,
                entry.dataKind(), entry.purpose(), entry.action(), entry.outcome(), entry.breakGlass(), entry.recipient(),
                entry.legalBasis())).toList();
    }

    /** The welfare area's name for its code, as the log keeps the code. */
    private String organisationOf(String orgUnit, Locale locale) {
        if (orgUnit == null) {
            return null;
        }
        return organisation.areas().stream().filter(area -> orgUnit.equals(area.code())).findFirst()
                .map(area -> area.name(locale)).orElse(orgUnit);
    }
}
