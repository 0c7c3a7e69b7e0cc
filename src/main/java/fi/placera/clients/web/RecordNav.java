package fi.placera.clients.web;

import fi.placera.identity.InformationKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sub-navigation of a client's record (decision 0060, template {@code clients/nav}): its parts in order, and
 * which of them a reader is offered. The IPS team, who write, read every part; a reader who only reads (a care-team
 * member, an emergency reader) is offered the overview, the page they are on, and the parts whose kinds the page's
 * one logged read found readable, so that no link leads to a refusal.
 */
public final class RecordNav {

    public static final List<String> PARTS = List.of("overview", "referral", "consents", "plan", "profile",
            "counselling", "meetings", "jobs", "support", "evaluation", "record");

    private static final Map<String, Set<InformationKind>> NEEDS = Map.of(
            "referral", EnumSet.of(InformationKind.SERVICE_RECORD),
            "consents", EnumSet.of(InformationKind.SERVICE_RECORD),
            "plan", EnumSet.of(InformationKind.ACTION_PLAN),
            "profile", EnumSet.of(InformationKind.VOCATIONAL_PROFILE),
            "counselling", EnumSet.of(InformationKind.BENEFITS),
            "meetings", EnumSet.of(InformationKind.SERVICE_RECORD),
            "jobs", EnumSet.of(InformationKind.EMPLOYMENT),
            "support", EnumSet.of(InformationKind.EMPLOYMENT),
            "evaluation", EnumSet.of(InformationKind.EVALUATION),
            "record", ClientTimeline.KINDS);

    private RecordNav() {
    }

    /** Whether the part is offered: {@code writes} and {@code visible} are the page's model attributes, if set. */
    public static boolean offered(String part, String current, Boolean writes, Set<?> visible) {
        return "overview".equals(part) || part.equals(current) || Boolean.TRUE.equals(writes)
                || visible != null && visible.containsAll(NEEDS.get(part));
    }
}
