package fi.placera.clients.web;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.ClientSearch;
import fi.placera.clients.internal.Referrals;
import fi.placera.clients.internal.CoachWeek;
import fi.placera.clients.internal.CoachWeek.ClientRow;
import fi.placera.clients.internal.CoachWeek.Phase;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import fi.placera.platform.web.FormValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The clients list (GET /clients, decision 0058): search by name, identity code or tracker reference, filters by phase
 * and coach, sorting, and one page of at most {@link #PAGE_SIZE} clients. Only the clients of the page are read and
 * logged; the others that match are counted, so that the coach knows to narrow the search.
 */
@Component
class CaseloadList {

    static final int PAGE_SIZE = 50;
    /** The coach filter's value for every coach of the user's teams. */
    static final String ALL_COACHES = "all";

    enum Sort { NAME, PHASE, COACH, SINCE }

    /** What the list's GET form sent, as typed: anything not understood is the default, never an error. */
    record Query(String q, String phase, String coach, String sort, String ended, String page) {
    }

    /** One client shown: the day is the enrolment (agreement), or the referral before it. */
    record Row(UUID id, String name, Phase phase, String coach, LocalDate since) {
    }

    /** The page: its rows, how many clients matched, and the filters in force (defaults filled in). */
    record Shown(List<Row> rows, int matched, int page, int pages, String q, Phase phase, String coach, Sort sort,
            boolean ended, List<TeamCoach> coaches) {

        public int first() {
            return matched == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
        }

        public int last() {
            return Math.min(page * PAGE_SIZE, matched);
        }

        public List<Phase> phases() {
            return List.of(Phase.values());
        }

        public List<Sort> sorts() {
            return List.of(Sort.values());
        }
    }

    private final ClientRegistry registry;
    private final CoachWeek week;
    private final Referrals referrals;
    private final Organisation organisation;
    private final Clock clock;

    CaseloadList(ClientRegistry registry, CoachWeek week, Referrals referrals, Organisation organisation, Clock clock) {
        this.registry = registry;
        this.week = week;
        this.referrals = referrals;
        this.organisation = organisation;
        this.clock = clock;
    }

    Shown of(PlaceraUser user, Query query) {
        ClientSearch search = ClientSearch.of(query.q());
        String coach = coachFilter(user, query.coach());
        boolean ended = "true".equals(query.ended());
        List<TeamCoach> coaches = coachesOf(user);
        Map<UUID, String> coachNames = coaches.stream()
                .collect(Collectors.toMap(TeamCoach::staffMemberId, TeamCoach::fullName, (a, b) -> a));
        List<Client> matching = registry.matching(user, search,
                ALL_COACHES.equals(coach) ? null : FormValues.uuid(coach), ended);
        Phase phase = named(Phase.class, query.phase());
        Sort sort = named(Sort.class, query.sort());
        List<Row> rows = rows(matching, coachNames).stream().filter(row -> phase == null || row.phase() == phase)
                .sorted(order(sort == null ? Sort.NAME : sort)).toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, number(query.page())), pages);
        List<Row> ofPage = rows.subList((page - 1) * PAGE_SIZE, Math.min(page * PAGE_SIZE, rows.size()));
        return new Shown(read(user, ofPage, matching), rows.size(), page, pages, search.text(), phase, coach,
                sort == null ? Sort.NAME : sort, ended, coaches);
    }

    /** A coach sees their own clients first; a team leader, and anyone asking for all, the whole team's. */
    private static String coachFilter(PlaceraUser user, String asked) {
        UUID coach = FormValues.uuid(asked);
        if (coach != null) {
            return coach.toString();
        }
        boolean wholeTeam = ALL_COACHES.equals(asked) || user.has(Role.TEAM_LEADER) || user.staffMemberId() == null;
        return wholeTeam ? ALL_COACHES : user.staffMemberId().toString();
    }

    private List<TeamCoach> coachesOf(PlaceraUser user) {
        Map<UUID, TeamCoach> coaches = new LinkedHashMap<>();
        organisation.membershipsOf(user.staffMemberId()).ipsTeams().stream()
                .flatMap(team -> organisation.coachesOf(team).stream())
                .forEach(coach -> coaches.putIfAbsent(coach.staffMemberId(), coach));
        return coaches.values().stream().sorted(Comparator.comparing(TeamCoach::fullName)).toList();
    }

    /** The phase (as the week shows it) and the day since when, of every matching client: a few statements in all. */
    private List<Row> rows(List<Client> matching, Map<UUID, String> coachNames) {
        List<UUID> ids = matching.stream().map(Client::id).toList();
        Map<UUID, ClientRow> phases = week.rowsOf(matching, LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(ClientRow::id, Function.identity()));
        Map<UUID, Referrals.Referral> referred = referrals.of(ids);
        return matching.stream().map(client -> {
            ClientRow row = phases.get(client.id());
            Referrals.Referral referral = referred.get(client.id());
            LocalDate since = row.enrolledOn() != null ? row.enrolledOn()
                    : referral == null ? null : referral.referredOn();
            return new Row(client.id(), row.name(), row.phase(),
                    client.coachStaffId() == null ? null : coachNames.get(client.coachStaffId()), since);
        }).toList();
    }

    /** The page's clients that the user may see, each read decided and logged once. */
    private List<Row> read(PlaceraUser user, List<Row> ofPage, List<Client> matching) {
        Map<UUID, Client> byId = matching.stream().collect(Collectors.toMap(Client::id, Function.identity()));
        Set<UUID> granted = registry.shown(user, ofPage.stream().map(row -> byId.get(row.id())).toList()).stream()
                .map(Client::id).collect(Collectors.toSet());
        return ofPage.stream().filter(row -> granted.contains(row.id())).toList();
    }

    private static Comparator<Row> order(Sort sort) {
        Comparator<Row> byName = Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER);
        return switch (sort) {
            case NAME -> byName;
            case PHASE -> Comparator.comparing(Row::phase).thenComparing(byName);
            case COACH -> Comparator.comparing(Row::coach, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                    .thenComparing(byName);
            case SINCE -> Comparator.comparing(Row::since, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                    .thenComparing(byName);
        };
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static int number(String text) {
        return text != null && text.matches("\\d{1,6}") ? Integer.parseInt(text) : 1;
    }
}
