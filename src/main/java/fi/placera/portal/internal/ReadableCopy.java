package fi.placera.portal.internal;

import fi.placera.platform.pdf.PdfBuilder;
import fi.placera.platform.web.Formats;
import java.io.ByteArrayOutputStream;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postgresql.util.PGobject;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client's copy of their data as a document for a person: the same tables as the JSON copy, grouped into sections
 * in plain language (my details, my plan, my consents…), every table and field named in the reader's language, codes
 * translated, dates as people write them, linked records by their names (the employer, the team, the coach) and
 * nothing of Placera's own bookkeeping (identifiers, versions, keys against double saving, empty fields).
 * {@code ReadableCopyIT} holds the lists below to account against the schema.
 */
@Component
public class ReadableCopy {

    /** The sections in reading order, and the tables in each, in reading order. */
    public static final Map<String, List<String>> SECTIONS = sections();

    /** Columns with codes, and the prefix of the message keys that translate them (the pages' own where there is one). */
    public static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("client.preferred_language", "copy.language."),
            Map.entry("evaluation_link.language", "copy.language."),
            Map.entry("cooperation_agreement.how_agreed", "consent.how."),
            Map.entry("service_end.how_agreed", "consent.how."),
            Map.entry("job.contract_type", "jobs.contract."),
            Map.entry("job.wage_basis", "jobs.wage."),
            Map.entry("record_revision.action", "revision.action."),
            Map.entry("record_revision.record_kind", "revision.kind."),
            Map.entry("job_terms_change.wage_basis", "jobs.wage."),
            Map.entry("job.end_reason", "jobs.end."),
            Map.entry("employer_contact.mode", "employer.contact.mode."),
            Map.entry("employer_contact.purpose", "employer.contact.purpose."),
            Map.entry("benefits_counselling.topics", "counselling.topic."),
            Map.entry("benefits_counselling.counsellor", "counselling.counsellor."),
            Map.entry("counselling_due.reason", "counselling.due."),
            Map.entry("disclosure_discussion.decision", "disclosure."),
            Map.entry("vocational_profile.disclosure_preference", "disclosure."),
            Map.entry("job_lead.kind", "lead.kind."),
            Map.entry("job_lead.status", "lead.status."),
            Map.entry("outreach_attempt.channel", "referral.channel."),
            Map.entry("outreach_attempt.outcome", "referral.outcome."),
            Map.entry("referral.source", "referral.source."),
            Map.entry("referral.end_reason", "referral.end."),
            Map.entry("service_end.reason", "service.reason."),
            Map.entry("service_end.destination", "service.destination."),
            Map.entry("team_transfer.outcome", "transfer.outcome."),
            Map.entry("rights_request.kind", "rights.kind."),
            Map.entry("rights_request.state", "rights.state."),
            Map.entry("rights_request_event.state", "rights.state."),
            Map.entry("support_contact.with_whom", "support.with."),
            Map.entry("support_due.kind", "support.due."),
            Map.entry("agency_contact.agency", "meetings.agency.agency."),
            Map.entry("agency_contact.mode", "meetings.agency.mode."),
            Map.entry("client_meeting.mode", "meetings.client.mode."),
            Map.entry("client_meeting.participants", "meetings.client.participant."),
            Map.entry("consent.party_type", "consent.party."),
            Map.entry("consent.kind", "information."),
            Map.entry("break_glass_access.kinds", "information."),
            Map.entry("client_restriction.allowed_role", "role."),
            Map.entry("client_correction.field", "rights.correction.field."),
            Map.entry("client_comment.topic", "information."),
            Map.entry("evaluation_response.timepoint", "evaluation.timepoint."),
            Map.entry("evaluation_response.state", "copy.value.evaluation_response.state."),
            Map.entry("evaluation_response.answered_by", "copy.value.evaluation_response.answered_by."));

    /** Placera's bookkeeping, never shown to the person (the JSON copy has it). */
    public static final Set<String> BOOKKEEPING = Set.of("id", "area_id", "version", "idempotency_key", "correlation_id",
            "seq", "client_ref", "token_hash", "entry_id", "ordinal");

    /** Linked records shown by name: the table linked to, and how its name is read (:id, :language). */
    private static final Map<String, String> NAMES = Map.of(
            "employer", "select name from employers_facts_employer where employer_id = :id",
            "ips_team", "select name from organisation_facts_team_name where ips_team_id = :id",
            "care_team", "select name from organisation_facts_care_team_name where care_team_id = :id",
            "staff_member", "select first_name || ' ' || last_name from organisation_facts_staff where staff_member_id = :id",
            "evaluation_instrument", "select coalesce(names ->> :language, code) from evaluation_facts_instrument_name where instrument_id = :id",
            "care_team_meeting", "select held_on from meetings_facts_meeting_day where meeting_id = :id",
            "team_meeting", "select held_on from meetings_facts_meeting_day where meeting_id = :id");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    ReadableCopy(JdbcClient jdbc, MessageSource messages, Formats formats, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("details", List.of("client", "client_contact", "client_account", "referral", "outreach_attempt",
                "cooperation_agreement", "service_end", "client_external_ref", "coach_assignment", "client_wait",
                "team_transfer", "area_handover", "client_arrival"));
        sections.put("plan", List.of("action_plan", "action_plan_review", "action_plan_version", "client_comment",
                "client_comment_reply",
                "vocational_profile", "disclosure_discussion", "benefits_counselling", "counselling_due"));
        sections.put("consents", List.of("consent", "client_withdrawal"));
        sections.put("jobs", List.of("job", "job_terms_change", "study", "job_lead", "employer_contact",
                "employer_agreement"));
        sections.put("support", List.of("support_contact", "support_due", "support_tapering", "support_end"));
        sections.put("meetings", List.of("profile_meeting", "care_team_meeting_item", "team_meeting_job_lead",
                "agency_contact", "client_meeting", "appointment"));
        sections.put("questionnaires", List.of("evaluation_response", "evaluation_answer", "evaluation_link",
                "evaluation_safety_alert"));
        sections.put("requests", List.of("rights_request", "rights_request_event", "client_correction",
                "client_restriction", "record_revision"));
        sections.put("access", List.of("break_glass_access"));
        return sections;
    }

    /**
     * The copy as a PDF in the reader's language, from the client's rows table by table (values as the database gave
     * them) and the schema's links between tables.
     */
    byte[] pdf(Map<String, List<Map<String, Object>>> tables, List<ClientDataExport.ForeignKey> foreignKeys,
            List<WhoReadMyData.Line> accessLog, String title, Locale locale) {
        Map<String, String> links = foreignKeys.stream().collect(Collectors.toMap(
                key -> key.table() + "." + key.column(), ClientDataExport.ForeignKey::parentTable, (first, second) -> first));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBuilder pdf = PdfBuilder.open(out, title, locale)) {
            pdf.title(title);
            pdf.note(text("copy.made", locale, formats.dateTime(clock.instant(), locale)));
            SECTIONS.forEach((section, inSection) -> {
                pdf.heading(text("copy.section." + section, locale));
                for (String table : inSection) {
                    List<Map<String, Object>> rows = tables.getOrDefault(table, List.of());
                    pdf.subheading(text("copy.table." + table, locale) + " (" + rows.size() + ")");
                    rows.stream().map(row -> fields(table, row, links, locale)).filter(fields -> !fields.isEmpty())
                            .forEach(pdf::fields);
                }
                if ("access".equals(section)) {
                    accessLog(pdf, accessLog, locale);
                }
            });
        }
        return out.toByteArray();
    }

    private void accessLog(PdfBuilder pdf, List<WhoReadMyData.Line> lines, Locale locale) {
        pdf.subheading(text("portal.log.title", locale) + " (" + lines.size() + ")");
        for (WhoReadMyData.Line line : lines) {
            String who = (line.name() == null ? "" : line.name() + ", ") + text("role." + line.role(), locale);
            String kinds = line.kinds().stream().map(kind -> text("information." + kind, locale))
                    .collect(Collectors.joining(", "));
            String purpose = messages.getMessage("portal.purpose." + line.purpose().replace(' ', '-'), null,
                    line.purpose(), locale);
            pdf.text(text("copy.access.line", locale, formats.dateTime(line.occurredAt(), locale),
                    line.organisation() == null ? who : who + ", " + line.organisation(), kinds,
                    text("portal.log.action." + line.action(), locale), purpose));
        }
    }

    /**
     * What each table and column of the JSON copy means, in the reader's language: for each table its title and, for
     * each column (given in the schema's order), its label or what kind of bookkeeping it is.
     */
    Map<String, Object> fields(Map<String, Map<String, String>> columnsByTable, Locale locale) {
        Map<String, Object> tables = new LinkedHashMap<>();
        columnsByTable.forEach((table, columns) -> {
            Map<String, String> described = new LinkedHashMap<>();
            columns.forEach((column, type) -> described.put(column, describe(column, type, locale)));
            tables.put(table, Map.of("title", text("copy.table." + table, locale), "columns", described));
        });
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("about", text("copy.json.about", locale));
        fields.put("tables", tables);
        return fields;
    }

    private String describe(String column, String type, Locale locale) {
        if ("id".equals(column)) {
            return text("copy.json.id", locale);
        }
        if (BOOKKEEPING.contains(column) || "bytea".equals(type)) {
            return text("copy.json.internal", locale);
        }
        return messages.getMessage("copy.field." + column, null, null, locale) != null
                ? text("copy.field." + column, locale) : text("copy.json.reference", locale);
    }

    /** One row as label and value lines: bookkeeping and empty fields left out, linked records by name. */
    private List<Map.Entry<String, String>> fields(String table, Map<String, Object> row, Map<String, String> links,
            Locale locale) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        row.forEach((column, value) -> {
            if (value == null || BOOKKEEPING.contains(column) || value instanceof byte[]) {
                return;
            }
            String shown;
            if (value instanceof UUID id) {
                String linked = links.get(table + "." + column);
                if (linked == null || !NAMES.containsKey(linked)) {
                    return;
                }
                shown = jdbc.sql(NAMES.get(linked)).param("id", id).param("language", locale.getLanguage())
                        .query((rs, number) -> rs.getObject(1)).optional()
                        .map(name -> shown(column, name, locale)).orElse(null);
            } else {
                shown = shown(table + "." + column, value, locale);
            }
            if (shown != null && !shown.isBlank()) {
                fields.add(new SimpleEntry<>(text("copy.field." + column, locale), shown));
            }
        });
        return fields;
    }

    private String shown(String column, Object value, Locale locale) {
        if (value instanceof Timestamp timestamp) {
            return formats.dateTime(timestamp.toInstant(), locale);
        }
        if (value instanceof java.sql.Date date) {
            return formats.date(date.toLocalDate(), locale);
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime().toString().replace(':', '.');
        }
        if (value instanceof Boolean yes) {
            return text(yes ? "copy.yes" : "copy.no", locale);
        }
        if (value instanceof Number number) {
            return formats.number(number, locale);
        }
        if (value instanceof Array array) {
            try {
                return Arrays.stream((Object[]) array.getArray()).map(element -> shown(column, element, locale))
                        .collect(Collectors.joining(", "));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        String text = value instanceof PGobject object ? object.getValue() : value.toString();
        String codes = CODES.get(column);
        return codes == null ? text : messages.getMessage(codes + text, null, text, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
