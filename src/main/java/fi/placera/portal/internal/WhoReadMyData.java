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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The client's "who has read or received my data" (client data act 703/2023, LG3): every row of the access log about
 * the client in the last two years, newest first — when, which organisation and role, what kind of data, why, and
 * whether it was allowed. Staff are named only where the area's policy says so.
 *
 * <p>The client's page shows it {@link #byDay by day and reader}: one page view writes a row per request, and 47 rows
 * for one session tell the client less than one line saying who read which kinds of their data that day and why. The
 * client's copy of their data keeps every row ({@link #of}).
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

    /** A disclosure: to whom and on what basis. */
    public record Disclosure(String recipient, String legalBasis) {
    }

    /**
     * What one reader did with the client's data on one day, as one line: the kinds of data, the purposes (message
     * keys, see {@link #purposeKey}) and the actions in the order they first happened, how many rows of the log the
     * line stands for, and the disclosures made. Refused attempts and emergency reads are lines of their own.
     */
    public record DayLine(LocalDate day, Instant last, String organisation, String role, String name,
            List<String> kinds, List<String> purposeKeys, List<AccessAction> actions, AccessOutcome outcome,
            boolean emergency, List<Disclosure> disclosures, int rows) {
    }

    /** The message key of a purpose as the log keeps it: {@code API: jobs} → {@code portal.purpose.api-jobs}. */
    public static String purposeKey(String purpose) {
        return "portal.purpose." + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    /**
     * The client's log by day (Finnish time) and reader, newest first. The reader is told apart by account even where
     * the page shows roles only, so two members of a care team on one day are two lines.
     */
    public List<DayLine> byDay(Me me, Locale locale) {
        List<AccessLogEntry> entries = entries(me);
        List<Line> lines = lines(me, entries, locale);
        Map<List<Object>, List<Line>> groups = new LinkedHashMap<>();
        for (int at = lines.size() - 1; at >= 0; at--) {
            Line line = lines.get(at);
            groups.computeIfAbsent(List.of(line.occurredAt().atZone(HELSINKI).toLocalDate(), entries.get(at).username(),
                    line.role(), line.outcome(), line.emergency()), key -> new ArrayList<>()).add(line);
        }
        return groups.values().stream().map(WhoReadMyData::dayLine)
                .sorted(Comparator.comparing(DayLine::last).reversed()).toList();
    }

    /** The lines of one day and reader, oldest first, as one. */
    private static DayLine dayLine(List<Line> lines) {
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> purposes = new LinkedHashSet<>();
        Set<AccessAction> actions = new LinkedHashSet<>();
        Set<Disclosure> disclosures = new LinkedHashSet<>();
        for (Line line : lines) {
            kinds.addAll(line.kinds());
            purposes.add(purposeKey(line.purpose()));
            actions.add(line.action());
            if (line.recipient() != null) {
                disclosures.add(new Disclosure(line.recipient(), line.legalBasis()));
            }
        }
        Line first = lines.get(0);
        Line last = lines.get(lines.size() - 1);
        return new DayLine(last.occurredAt().atZone(HELSINKI).toLocalDate(), last.occurredAt(), first.organisation(),
                first.role(), first.name(), List.copyOf(kinds), List.copyOf(purposes), List.copyOf(actions),
                first.outcome(), first.emergency(), List.copyOf(disclosures), lines.size());
    }

    /** Every row, newest first: the client's copy of their data lists them all. */
    public List<Line> of(Me me, Locale locale) {
        return lines(me, entries(me), locale);
    }

    private List<AccessLogEntry> entries(Me me) {
        Instant since = clock.instant().atZone(HELSINKI).minusYears(YEARS).toInstant();
        return accessLog.accessesOfClient(me.areaId(), me.clientId(), since);
    }

    private List<Line> lines(Me me, List<AccessLogEntry> entries, Locale locale) {
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
