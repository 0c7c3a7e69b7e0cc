package fi.placera.clients.internal;

import fi.placera.audit.AccessAction;
import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.clients.ShownClient;
import fi.placera.identity.AccessDecision;
import fi.placera.identity.AccessDecisions;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PageAccess;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.Organisation;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import fi.placera.platform.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client registry. Every client it hands out has passed the access decision, which also logged
 * the read; a client the user may not see is indistinguishable from one that does not exist.
 */
@Service
public class ClientRegistry implements ClientDirectory {

    /** The purpose logged when a registration finds the identity code taken; the client's log page names it. */
    static final String IDENTITY_CODE_CHECK = "identity code check at registration";
    /** The security log (LG7): the refusal is an event there too, naming the account, never the code. */
    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");
    private static final int CODES_PER_READ = 10_000;

    private final ClientRepository clients;
    private final AccessDecisions access;
    private final Organisation organisation;
    private final Caseloads caseloads;
    private final CoachAssignments coaches;
    private final WaitingList waiting;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ClientRegistry(ClientRepository clients, AccessDecisions access, Organisation organisation, Caseloads caseloads,
            CoachAssignments coaches, WaitingList waiting, Clock clock, PlatformTransactionManager transactions) {
        this.clients = clients;
        this.access = access;
        this.organisation = organisation;
        this.caseloads = caseloads;
        this.coaches = coaches;
        this.waiting = waiting;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * The clients of the user's IPS teams that the user may see; each listing is a logged read. Without
     * {@code withEnded} only those whose service goes on: a list opened every day must not read (and log in their
     * access log) the names of everyone the team ever served.
     */
    public List<Client> caseload(PlaceraUser user, boolean withEnded) {
        Set<UUID> teams = organisation.membershipsOf(user.staffMemberId()).ipsTeams();
        if (user.areaId() == null || teams.isEmpty()) {
            return List.of();
        }
        return shown(user, clients.findByAreaAndTeams(user.areaId(), teams, withEnded));
    }

    /**
     * The clients of the user's IPS teams that match the search and are the coach's ({@code coach} null: any coach's),
     * not yet read: a list chooses which of them to show and reads those alone through {@link #shown}, so that only a
     * client shown is a logged read (decision 0058). Never another team's client, whatever was typed.
     */
    public List<Client> matching(PlaceraUser user, ClientSearch search, UUID coach, boolean withEnded) {
        Set<UUID> teams = organisation.membershipsOf(user.staffMemberId()).ipsTeams();
        if (user.areaId() == null || teams.isEmpty()) {
            return List.of();
        }
        Set<UUID> referenced = search.reference()
                .map(reference -> Set.copyOf(clients.findByAreaAndTeamsAndReference(user.areaId(), teams, reference)))
                .orElse(Set.of());
        return clients.findByAreaAndTeams(user.areaId(), teams, withEnded).stream()
                .filter(client -> coach == null || coach.equals(client.coachStaffId()))
                .filter(client -> search.matches(client, referenced)).toList();
    }

    /** The clients a list shows, each decided and logged as a caseload read; those the user may not see left out. */
    public List<Client> shown(PlaceraUser user, List<Client> listed) {
        return readable(user, listed, "caseload list");
    }

    /**
     * The coach's own clients whose service goes on, each read decided and logged. My week needs only these:
     * deciding every client the team ever had, or a coach's years of ended services, made it slow at region scale
     * (issue 10's benchmark).
     */
    public List<Client> ownCaseload(PlaceraUser user) {
        if (user.areaId() == null || user.staffMemberId() == null) {
            return List.of();
        }
        return readable(user, clients.findInServiceByAreaAndCoach(user.areaId(), user.staffMemberId()), "my week");
    }

    /**
     * A client and the kinds of their information the user may read, for a page that shows several kinds: it opens
     * when the user may read every kind it {@code needs}, and its one access-log row names those and the kinds of
     * {@code whenReadable} the user may read (see {@link AccessDecisions#decidePage}).
     */
    public Optional<Readable> clientPage(PlaceraUser user, UUID id, Set<InformationKind> needs,
            Set<InformationKind> whenReadable, String purpose) {
        Optional<Client> client = clients.findById(id);
        PageAccess decided = access.decidePage(user, scopeOf(client, id, user), needs, whenReadable, purpose);
        return decided.opens() ? client.map(found -> new Readable(found, decided.readable(), decided.writes()))
                : Optional.empty();
    }

    /**
     * A client with the kinds of their information the user may read, and whether the user {@code writes} about the
     * client (their coach and IPS team do; a care-team member and an emergency reader only read).
     */
    public record Readable(Client client, Set<InformationKind> kinds, boolean writes) {
    }

    /**
     * A client whose read this request has already decided and logged ({@link #client}): the record page shown again
     * after one of its forms was refused.
     */
    public Client decided(UUID id) {
        return clients.findById(id).orElseThrow(NotFound::new);
    }

    /** One client, if the user may see them; the read or the refusal is logged either way. */
    public Optional<Client> client(PlaceraUser user, UUID id, String purpose) {
        return client(user, id, InformationKind.IDENTITY, purpose);
    }

    /** One client, if the user may see this kind of their information (a care team needs the client's consent to it). */
    public Optional<Client> client(PlaceraUser user, UUID id, InformationKind kind, String purpose) {
        Optional<Client> client = clients.findById(id);
        return access.decide(user, scopeOf(client, id, user), kind, purpose, AccessAction.VIEW).granted() ? client
                : Optional.empty();
    }

    /** A missing client is decided (and refused, and logged) like one the user may not see. */
    private static ClientScope scopeOf(Optional<Client> client, UUID id, PlaceraUser user) {
        return client.map(Client::scope)
                .orElseGet(() -> new ClientScope(id, user.areaId() == null ? 0 : user.areaId(), null, null));
    }

    /**
     * Registers a client in one of the user's IPS teams with the coach chosen (a coach registering is the coach), which
     * takes a place in the coach's caseload. When no coach of the team has room the client is registered all the same
     * and waits on the team's list (decision 0069); while some coach has room, a coach must be chosen. All of it
     * happens or none; a second submission of the same form finds the client registered by the first.
     */
    public Client register(PlaceraUser user, Client client) {
        if (!organisation.membershipsOf(user.staffMemberId()).ipsTeams().contains(client.ipsTeamId())) {
            throw new Rejection("ipsTeamId", "client.team.not-yours");
        }
        Optional<Client> registered = clients.findById(client.id());
        if (registered.isPresent()) {
            return registered.get();
        }
        // a coach registers their own client; only a team leader chooses another coach (decision 0069)
        if (client.coachStaffId() != null && !client.coachStaffId().equals(user.staffMemberId())
                && !user.has(Role.TEAM_LEADER)) {
            throw new Rejection("coachStaffId", "client.coach.leader-only");
        }
        if (client.coachStaffId() != null && !caseloads.coachOf(client.coachStaffId(), client.ipsTeamId())) {
            throw new Rejection("coachStaffId", "client.coach.not-of-team");
        }
        try {
            return transactions.execute(status -> {
                LocalDate today = LocalDate.now(clock);
                Client saved = clients.save(withCoachOrWaiting(client));
                if (saved.coachStaffId() == null) {
                    waiting.start(saved, today);
                } else {
                    coaches.first(saved, today, user.accountId());
                }
                return saved;
            });
        } catch (RuntimeException e) {
            if (!AggregateWrites.causedBy(e, DuplicateKeyException.class)) {
                throw e;
            }
            return clients.findById(client.id()).orElseThrow(() -> identityCodeRefusal(user, client));
        }
    }

    /**
     * The refusal of a taken identity code (decision 0074): a client the registering person may read whose episode
     * ended is offered to be referred again (a new episode of the same client); anyone else learns nothing.
     */
    private Rejection identityCodeRefusal(PlaceraUser user, Client client) {
        Optional<Client> existing = clients.findByAreaIdAndIdentityCode(client.areaId(), client.identityCode());
        Optional<AccessDecision> decision = existing.map(taken -> identityCodeCheck(user, taken));
        // an emergency grant reads, it does not open the way to a new episode
        boolean ofTheTeam = decision.filter(AccessDecision::granted)
                .filter(granted -> granted.ground() != AccessDecision.Ground.BREAK_GLASS).isPresent();
        if (ofTheTeam && !clients.inService(existing.get().id())) {
            return new Rejection("identityCode", "client.identity-code.refer-again", existing.get().firstName(),
                    existing.get().lastName());
        }
        return new Rejection("identityCode", "client.identity-code.taken");
    }

    /** The client with the coach's place taken, or without a coach when no coach of the team has room. */
    private Client withCoachOrWaiting(Client client) {
        if (client.coachStaffId() == null) {
            if (caseloads.roomInTeam(client.ipsTeamId())) {
                throw new Rejection("coachStaffId", "client.coach.required");
            }
            return client;
        }
        try {
            caseloads.assign(client.coachStaffId(), client.ipsTeamId(), client.areaId());
            return client;
        } catch (Rejection full) {
            if (caseloads.roomInTeam(client.ipsTeamId())) {
                throw full;
            }
            return client.waiting();
        }
    }

    /**
     * The people waiting on the team's list, longest first, for its leader; each shown row a logged read. Nobody for
     * someone who does not lead the team.
     */
    public List<WaitingList.Waiting> waitingIn(PlaceraUser user, UUID ipsTeamId) {
        if (user.areaId() == null || !user.has(Role.TEAM_LEADER)
                || !organisation.membershipsOf(user.staffMemberId()).ipsTeams().contains(ipsTeamId)) {
            return List.of();
        }
        List<WaitingList.Waiting> waits = waiting.waitingIn(user.areaId(), ipsTeamId);
        Set<UUID> readable = Set.copyOf(readable(user, waits.stream().map(WaitingList.Waiting::client).toList(),
                "waiting list").stream().map(Client::id).toList());
        return waits.stream().filter(wait -> readable.contains(wait.client().id())).toList();
    }

    /**
     * Whether the identity code is a client's of the area already, perhaps of another team. The refusal that follows
     * must not say so (that alone tells that the person is in IPS), and looking the code up is a look at that client:
     * it is decided and logged like any read, so the client sees that someone searched for them (decision 0034). The
     * registration form and the tracker import (decision 0046) both ask here.
     */
    boolean identityCodeTaken(PlaceraUser user, short areaId, String identityCode) {
        Optional<Client> existing = clients.findByAreaIdAndIdentityCode(areaId, identityCode);
        existing.ifPresent(client -> identityCodeCheck(user, client));
        return existing.isPresent();
    }

    /** Which of the codes are clients' of the area already: {@link #identityCodeTaken} for many codes in one read. */
    Set<String> identityCodesTaken(PlaceraUser user, short areaId, Collection<String> identityCodes) {
        List<String> codes = List.copyOf(identityCodes);
        // in reads of a bounded number of codes: a statement takes at most 32,767 parameters
        List<Client> existing = IntStream.iterate(0, from -> from < codes.size(), from -> from + CODES_PER_READ)
                .mapToObj(from -> codes.subList(from, Math.min(from + CODES_PER_READ, codes.size())))
                .flatMap(some -> clients.findByAreaIdAndIdentityCodeIn(areaId, some).stream()).toList();
        existing.forEach(client -> identityCodeCheck(user, client));
        return existing.stream().map(Client::identityCode).collect(Collectors.toSet());
    }

    /** The logged look at the client whose identity code was met again, and the security event it is. */
    private AccessDecision identityCodeCheck(PlaceraUser user, Client client) {
        SECURITY.atWarn().addKeyValue("event", "identity_code_taken").addKeyValue("account", user.accountId())
                .log("security event identity_code_taken");
        return access.decide(user, client.scope(), InformationKind.IDENTITY, IDENTITY_CODE_CHECK, AccessAction.VIEW);
    }

    @Override
    public Optional<ClientSummary> find(PlaceraUser user, UUID id, String purpose) {
        return client(user, id, purpose).map(Client::summary);
    }

    @Override
    public Optional<ClientSummary> find(PlaceraUser user, UUID id, InformationKind kind, String purpose) {
        return client(user, id, kind, purpose).map(Client::summary);
    }

    @Override
    public Optional<ShownClient> page(PlaceraUser user, UUID id, Set<InformationKind> needs,
            Set<InformationKind> whenReadable, String purpose) {
        return clientPage(user, id, needs, whenReadable, purpose)
                .map(readable -> new ShownClient(readable.client().summary(), readable.kinds(), readable.writes()));
    }

    @Override
    public Optional<String> preferredLanguage(UUID clientId) {
        return clients.findById(clientId).map(Client::preferredLanguage);
    }

    @Override
    public Optional<ClientSummary> self(UUID clientId) {
        return clients.findById(clientId).map(Client::summary);
    }

    @Override
    public Map<UUID, String> namesOf(PlaceraUser user, Collection<UUID> ids, String purpose) {
        Set<UUID> named = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (named.isEmpty() || user.areaId() == null) {
            return Map.of();
        }
        Set<UUID> teams = organisation.membershipsOf(user.staffMemberId()).ipsTeams();
        List<Client> ofTeams = clients.findAllById(named).stream()
                .filter(client -> client.areaId() == user.areaId() && teams.contains(client.ipsTeamId())).toList();
        return readable(user, ofTeams, purpose).stream().map(Client::summary)
                .collect(Collectors.toMap(ClientSummary::id, ClientSummary::name));
    }

    @Override
    public boolean inService(UUID clientId) {
        return clients.inService(clientId);
    }

    @Override
    public List<ClientSummary> caseloadOf(PlaceraUser user) {
        return caseload(user, false).stream().map(Client::summary).toList();
    }

    /**
     * Emergency access to read these kinds of the information of a client of the user's area, if such a client
     * exists; refused otherwise.
     */
    public void breakGlass(PlaceraUser user, UUID id, String reason, Set<InformationKind> kinds) {
        Client client = clients.findById(id).filter(found -> user.areaId() != null && found.areaId() == user.areaId())
                .orElseThrow(() -> new Rejection(null, "access.break-glass.not-allowed"));
        access.breakGlass(user, client.scope(), reason, kinds);
    }

    /** The clients the user may see, each decided and logged (in one write for the whole list). */
    private List<Client> readable(PlaceraUser user, List<Client> listed, String purpose) {
        List<AccessDecision> decisions = access.decideAll(user, listed.stream().map(Client::scope).toList(),
                InformationKind.IDENTITY, purpose, AccessAction.VIEW);
        return IntStream.range(0, listed.size()).filter(i -> decisions.get(i).granted()).mapToObj(listed::get).toList();
    }
}
