package fi.placera.portal.internal;

import java.util.List;

/**
 * What an erasure request cannot remove, with the legal ground, as the client is told. Placera does not erase on
 * its own: the team leader decides with the area's data protection officer what may go; these records stay.
 */
public final class Retention {

    private Retention() {
    }

    /** A kind of record that is kept, the tables it lives in, and the message key of its legal ground. */
    public record Retained(String what, List<String> tables, String ground) {
    }

    public static final List<Retained> RETAINED = List.of(
            new Retained("rights.retained.access-log", List.of("access_log", "access_log_seal", "break_glass_access"),
                    "rights.ground.access-log"),
            new Retained("rights.retained.service-record", List.of("client", "referral", "cooperation_agreement",
                    "consent", "action_plan", "action_plan_version", "action_plan_review", "vocational_profile",
                    "service_end"), "rights.ground.client-documents"),
            new Retained("rights.retained.requests", List.of("rights_request", "rights_request_event",
                    "client_restriction", "client_withdrawal"), "rights.ground.accountability"));
}
