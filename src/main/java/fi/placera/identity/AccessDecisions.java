package fi.placera.identity;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessLog;
import fi.placera.audit.AccessOutcome;
import fi.placera.audit.AccessRecord;
import fi.placera.identity.AccessDecision.Ground;
import fi.placera.identity.internal.BreakGlassGrants;
import fi.placera.identity.web.RequestIntents;
import fi.placera.identity.internal.SecurityEvents;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.StaffMemberships;
import fi.placera.platform.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The one place that decides whether a staff member may see a client's data, and logs the answer.
 * A staff member sees a client only through a relationship: the client's own coach; the coaches
 * and team leader of the client's IPS team; a care-team member for the kinds of information the
 * client consented to share with that care team; or an emergency (break-the-glass) grant, which reads the kinds
 * of information chosen when the glass was broken and never writes. Managers and evaluators never see individual
 * records. Only the client's own coach or a team leader of the client's team invites the client to their own pages.
 * Everything else is denied. Each decision is logged as the request's action ({@link AccessIntent}), so a write is
 * never logged as a read.
 */
@Service
public class AccessDecisions {

    /** Roles whose work may justify emergency access to a record outside their relationship. */
    private static final Set<Role> MAY_BREAK_GLASS = EnumSet.of(Role.COACH, Role.TEAM_LEADER, Role.CARE_TEAM_MEMBER);
    private static final int MIN_REASON_LENGTH = 10;
    /** The relationships that write about a client (the URL rules let only coaches and team leaders post, too). */
    private static final Set<Ground> WRITING_GROUNDS = EnumSet.of(Ground.OWN_CASELOAD, Ground.IPS_TEAM);

    private final Organisation organisation;
    private final ObjectProvider<ConsentLookup> consents;
    private final ObjectProvider<ProcessingRestrictions> restrictions;
    private final BreakGlassGrants breakGlass;
    private final AccessLog accessLog;
    private final SecurityEvents securityEvents;
    private final Map<Short, String> areaCodes = new ConcurrentHashMap<>();

    AccessDecisions(Organisation organisation, ObjectProvider<ConsentLookup> consents,
            ObjectProvider<ProcessingRestrictions> restrictions, BreakGlassGrants breakGlass, AccessLog accessLog,
            SecurityEvents securityEvents) {
        this.organisation = organisation;
        this.consents = consents;
        this.restrictions = restrictions;
        this.breakGlass = breakGlass;
        this.accessLog = accessLog;
        this.securityEvents = securityEvents;
    }

    /** Decides, writes exactly one access-log row (granted or denied), and returns the decision. */
    public AccessDecision decide(PlaceraUser user, ClientScope client, InformationKind kind, String purpose,
            AccessAction action) {
        return decideEach(user, List.of(client), kind, purpose, actionOfRequest(action)).get(0);
    }

    /**
     * Decides each client of a list as {@link #decide} does, in the list's order, and writes their access-log rows
     * (one per client) in one round trip: a list page must not pay a statement and a commit per client. A list is
     * read to be shown (a form shown again lists the caseload), so its rows keep the caller's action: a write decides
     * the one client it writes about.
     */
    public List<AccessDecision> decideAll(PlaceraUser user, List<ClientScope> clients, InformationKind kind,
            String purpose, AccessAction action) {
        return decideEach(user, clients, kind, purpose, action);
    }

    private List<AccessDecision> decideEach(PlaceraUser user, List<ClientScope> clients, InformationKind kind,
            String purpose, AccessAction done) {
        Supplier<StaffMemberships> memberships = memoized(() -> organisation.membershipsOf(user.staffMemberId()));
        Map<UUID, Role> restricted = restrictionsOf(clients);
        List<AccessDecision> decisions = new ArrayList<>(clients.size());
        List<AccessRecord> records = new ArrayList<>(clients.size());
        for (ClientScope client : clients) {
            AccessDecision decision = decideWithoutLogging(user, client, kind, done, memberships, restricted);
            decisions.add(decision);
            records.add(record(user, client, kind.name(), purpose, done, decision));
        }
        accessLog.recordAll(records);
        return decisions;
    }

    /**
     * Decides a page that shows several kinds of the client's information, and writes one access-log row for it
     * (LG1: one view, one row) naming the kinds the page showed. The page opens when the user may read every kind
     * it {@code needs}; of the kinds it shows {@code whenReadable}, only those the user may read are shown and
     * logged. Returns every kind of the client's information the user may read (for links to other pages), none
     * when the page is refused, and whether the user writes about the client (the page offers its forms only then).
     */
    public PageAccess decidePage(PlaceraUser user, ClientScope client, Set<InformationKind> needs,
            Set<InformationKind> whenReadable, String purpose) {
        AccessAction done = actionOfRequest(AccessAction.VIEW);
        Supplier<StaffMemberships> memberships = memoized(() -> organisation.membershipsOf(user.staffMemberId()));
        Map<UUID, Role> restricted = restrictionsOf(List.of(client));
        Map<InformationKind, AccessDecision> byKind = new EnumMap<>(InformationKind.class);
        for (InformationKind kind : InformationKind.values()) {
            byKind.put(kind, decideWithoutLogging(user, client, kind, done, memberships, restricted));
        }
        Set<InformationKind> readable = byKind.entrySet().stream().filter(entry -> entry.getValue().granted())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(() -> EnumSet.noneOf(InformationKind.class)));
        boolean opens = readable.containsAll(needs);
        Set<InformationKind> shown = EnumSet.copyOf(needs);
        if (opens) {
            whenReadable.stream().filter(readable::contains).forEach(shown::add);
        }
        AccessDecision decision = needs.stream().map(byKind::get).filter(refused -> !refused.granted()).findFirst()
                .orElse(byKind.get(needs.iterator().next()));
        accessLog.record(record(user, client, shown.stream().map(Enum::name).collect(Collectors.joining(",")), purpose,
                done, decision));
        return opens ? new PageAccess(readable, WRITING_GROUNDS.contains(decision.ground())) : PageAccess.REFUSED;
    }

    /**
     * Opens emergency access for three hours, to read the kinds of the client's information the emergency needs (who
     * the client is always among them). Refused for roles that may not, across welfare areas, and without a reason
     * of at least a few words.
     */
    public Instant breakGlass(PlaceraUser user, ClientScope client, String reason, Set<InformationKind> kinds) {
        if (user.roles().stream().noneMatch(MAY_BREAK_GLASS::contains) || !sameArea(user, client)) {
            throw new Rejection(null, "access.break-glass.not-allowed");
        }
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
            throw new Rejection("reason", "access.break-glass.reason");
        }
        Set<InformationKind> needed = EnumSet.of(InformationKind.IDENTITY);
        needed.addAll(kinds);
        return breakGlass.open(user.accountId(), client.clientId(), client.areaId(), reason.strip(), needed);
    }

    /**
     * Writes the access-log row for client information the user gave to a party outside Placera (for example
     * employment services), so that the client can later see who received their data and on what basis.
     */
    public void disclosed(PlaceraUser user, UUID clientId, short clientAreaId, InformationKind kind, String purpose,
            String recipient, String legalBasis) {
        accessLog.record(AccessRecord.disclosure(user.accountId(), user.getUsername(), mainRole(user),
                areaCode(user.areaId()), clientAreaId, clientId, kind.name(), purpose, recipient, legalBasis));
    }

    /**
     * The action the request does: the caller's, unless the caller only reads and the request's handler does more
     * ({@link AccessIntent}; a request with an unsafe method writes). A read decided on the way to a write is the write.
     */
    private static AccessAction actionOfRequest(AccessAction action) {
        return action.isRead() ? RequestIntents.current().orElse(action) : action;
    }

    private static boolean requestReads() {
        return RequestIntents.current().map(AccessAction::isRead).orElse(true);
    }

    /**
     * The access-log row of a decision; an emergency access is marked as such. A refused write and a refused
     * emergency access are security events too.
     */
    private AccessRecord record(PlaceraUser user, ClientScope client, String kinds, String purpose, AccessAction action,
            AccessDecision decision) {
        AccessRecord record = AccessRecord.read(user.accountId(), user.getUsername(), mainRole(user),
                areaCode(user.areaId()), client.areaId(), client.clientId(), kinds, purpose, action,
                decision.granted() ? AccessOutcome.GRANTED : AccessOutcome.DENIED);
        boolean emergency = decision.ground() == Ground.BREAK_GLASS;
        if (!decision.granted() && (emergency || !action.isRead())) {
            securityEvents.clientActionRefused(user, action, emergency ? "emergency_access_reads_only" : "no_relationship");
        }
        return emergency ? record.asBreakGlass() : record;
    }

    /** {@code restricted}: the clients among those decided whose records are restricted, to the role that may read. */
    private AccessDecision decideWithoutLogging(PlaceraUser user, ClientScope client, InformationKind kind,
            AccessAction action, Supplier<StaffMemberships> membershipsOfUser, Map<UUID, Role> restricted) {
        AccessDecision decision = decideByRelationship(user, client, kind, action, membershipsOfUser, restricted);
        if (action == AccessAction.INVITE && decision.granted() && !mayInvite(user, decision)) {
            return AccessDecision.denied();
        }
        return decision;
    }

    /**
     * Only the client's own coach or a team leader of the client's team invites the client to their own pages, which
     * makes the client's account: who holds the account reads everything about the client.
     */
    private static boolean mayInvite(PlaceraUser user, AccessDecision decision) {
        return decision.ground() == Ground.OWN_CASELOAD
                || decision.ground() == Ground.IPS_TEAM && user.has(Role.TEAM_LEADER);
    }

    private AccessDecision decideByRelationship(PlaceraUser user, ClientScope client, InformationKind kind,
            AccessAction action, Supplier<StaffMemberships> membershipsOfUser, Map<UUID, Role> restricted) {
        if (!sameArea(user, client) || user.staffMemberId() == null) {
            return AccessDecision.denied();
        }
        Role mayStillRead = restricted.get(client.clientId());
        // team leaders handle the area's rights requests and lift restrictions, so they always keep their access
        if (mayStillRead != null && !user.has(mayStillRead) && !user.has(Role.TEAM_LEADER)) {
            return AccessDecision.denied();
        }
        if (user.has(Role.COACH) && user.staffMemberId().equals(client.coachStaffId())) {
            return AccessDecision.grantedBy(Ground.OWN_CASELOAD);
        }
        StaffMemberships memberships = membershipsOfUser.get();
        if ((user.has(Role.COACH) || user.has(Role.TEAM_LEADER)) && client.ipsTeamId() != null
                && memberships.ipsTeams().contains(client.ipsTeamId())) {
            return AccessDecision.grantedBy(Ground.IPS_TEAM);
        }
        if (user.has(Role.CARE_TEAM_MEMBER) && consentedToAnyOf(memberships, client, kind)) {
            return AccessDecision.grantedBy(Ground.CARE_TEAM_CONSENT);
        }
        if (user.roles().stream().anyMatch(MAY_BREAK_GLASS::contains)) {
            Set<InformationKind> granted = breakGlass.activeKinds(user.accountId(), client.clientId());
            if (!granted.isEmpty()) {
                // an emergency grant reads what the emergency needs; every write goes through the client's own team
                return granted.contains(kind) && action.isRead() && requestReads()
                        ? AccessDecision.grantedBy(Ground.BREAK_GLASS)
                        : AccessDecision.refusedOn(Ground.BREAK_GLASS);
            }
        }
        return AccessDecision.denied();
    }

    private boolean consentedToAnyOf(StaffMemberships memberships, ClientScope client, InformationKind kind) {
        ConsentLookup lookup = consents.getIfAvailable();
        return lookup != null && memberships.careTeams().stream()
                .anyMatch(careTeam -> lookup.sharesWithCareTeam(client.clientId(), careTeam, kind));
    }

    private static boolean sameArea(PlaceraUser user, ClientScope client) {
        return user.areaId() != null && user.areaId() == client.areaId();
    }

    /** Area codes are the law's fixed codes (never edited), so one read per area serves every later log row. */
    private String areaCode(Short areaId) {
        return areaId == null ? null : areaCodes.computeIfAbsent(areaId,
                id -> organisation.area(id).map(area -> area.code()).orElse(null));
    }

    /** The restricted records among these clients, in one read (none until the portal module is there). */
    private Map<UUID, Role> restrictionsOf(List<ClientScope> clients) {
        ProcessingRestrictions lookup = restrictions.getIfAvailable();
        return lookup == null ? Map.of() : lookup.restrictedAmong(clients.stream().map(ClientScope::clientId).toList());
    }

    /** Reads the memberships once, and only if a decision needs them (a coach's own clients do not). */
    private static <T> Supplier<T> memoized(Supplier<T> read) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = read.get();
                }
                return value;
            }
        };
    }

    private static String mainRole(PlaceraUser user) {
        return user.roles().stream().sorted().findFirst().map(Role::name).orElse("NONE");
    }
}
