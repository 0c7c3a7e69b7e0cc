package fi.placera.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an erasure (GDPR art. 17) does with each table that holds a client's data: erase the client's rows or keep
 * them, each with the ground the client is told. Every table the schema discovery of {@link ClientDataExport} finds
 * must have a rule here; an erasure refuses to run while one is missing and {@code ErasureCoverageIT} fails for a new
 * client table without one. The table-by-table reasoning is in docs/decisions/0025-erasure.md.
 */
public final class ErasureRules {

    private ErasureRules() {
    }

    /** Erase the client's rows, or keep them; {@code what} and {@code ground} are message keys shown to the client. */
    public record Rule(boolean erase, String what, String ground) {
    }

    /** A group of tables treated alike, as the client and staff see it. */
    public record Group(String what, List<String> tables, String ground) {
    }

    private static final Rule ACCESS_LOG = new Rule(false, "rights.retained.access-log", "rights.ground.access-log");
    private static final Rule CLIENT_DOCUMENT = new Rule(false, "rights.retained.service-record",
            "rights.ground.client-documents");
    private static final Rule ACCOUNTABILITY = new Rule(false, "rights.retained.requests", "rights.ground.accountability");
    private static final Rule PORTAL = new Rule(true, "rights.erased.portal", "rights.erase-ground.portal");
    private static final Rule CONTACT_DETAILS = new Rule(true, "rights.erased.contact-details",
            "rights.erase-ground.contact-details");
    private static final Rule QUESTIONNAIRES = new Rule(true, "rights.erased.questionnaires",
            "rights.erase-ground.questionnaires");

    /** Table name → rule. */
    public static final Map<String, Rule> RULES = rules();

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new TreeMap<>();
        for (String table : List.of("access_log", "break_glass_access")) {
            rules.put(table, ACCESS_LOG);
        }
        for (String table : List.of("client", "client_external_ref", "referral", "outreach_attempt",
                "cooperation_agreement", "consent", "action_plan", "action_plan_version", "action_plan_review",
                "benefits_counselling", "counselling_due", "vocational_profile", "profile_meeting",
                "disclosure_discussion", "employer_contact", "employer_agreement", "job", "job_terms_change", "study",
                "job_lead", "team_meeting_job_lead", "support_due", "support_contact", "support_tapering", "support_end", "record_revision",
                "service_end", "care_team_meeting_item", "agency_contact", "evaluation_safety_alert", "client_meeting",
                "appointment", "coach_assignment", "client_wait", "team_transfer", "area_handover", "client_arrival",
                // kept facts (decision 0087): derived from retained records by triggers, so retained with them
                "clients_facts_episode", "clients_facts_phase")) {
            rules.put(table, CLIENT_DOCUMENT);
        }
        for (String table : List.of("rights_request", "rights_request_event", "client_restriction",
                "client_withdrawal", "client_correction")) {
            rules.put(table, ACCOUNTABILITY);
        }
        for (String table : List.of("client_comment", "client_comment_reply", "client_account", "client_invite")) {
            rules.put(table, PORTAL);
        }
        rules.put("client_contact", CONTACT_DETAILS);
        for (String table : List.of("evaluation_response", "evaluation_answer", "evaluation_link")) {
            rules.put(table, QUESTIONNAIRES);
        }
        return Map.copyOf(rules);
    }

    /** The kept tables, grouped as the client is told. */
    public static List<Group> retained() {
        return groups(false);
    }

    /** The erased tables, grouped as the client is told. */
    public static List<Group> erased() {
        return groups(true);
    }

    private static List<Group> groups(boolean erase) {
        Map<Rule, List<String>> grouped = new LinkedHashMap<>();
        new TreeMap<>(RULES).forEach((table, rule) -> {
            if (rule.erase() == erase) {
                grouped.computeIfAbsent(rule, key -> new ArrayList<>()).add(table);
            }
        });
        return grouped.entrySet().stream()
                .map(entry -> new Group(entry.getKey().what(), List.copyOf(entry.getValue()), entry.getKey().ground()))
                .sorted(java.util.Comparator.comparing(Group::what)).toList();
    }
}
