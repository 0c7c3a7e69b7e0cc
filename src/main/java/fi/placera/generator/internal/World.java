package fi.placera.generator.internal;

import fi.placera.generator.internal.Names.Name;
import fi.placera.generator.internal.Seeds.Stream;
import fi.placera.platform.IpsModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The generated organisation and every client's timeline (referral, enrolment, end), built once in memory:
 * a few hundred bytes per client. Everything else (plans, jobs, contacts, reads) is derived from these
 * while the tables are written, so memory does not grow with the rows.
 */
final class World {

    private static final int CARE_TEAMS_PER_TEAM = 3;
    private static final int EMPLOYERS_PER_COACH = 8;
    /** Areas with many Swedish speakers get Swedish names and language in proportion. */
    private static final Map<String, Double> SWEDISH_SHARE = Map.of("POH", 0.5, "IUU", 0.3, "LUU", 0.35,
            "VARS", 0.06, "KPO", 0.08, "HKI", 0.06, "KUU", 0.04, "VAKE", 0.03);
    private static final BigDecimal[] FTES = {new BigDecimal("1.00"), new BigDecimal("1.00"),
        new BigDecimal("1.00"), new BigDecimal("0.80"), new BigDecimal("0.60")};
    private static final BigDecimal TEAM_LEADER_FTE = new BigDecimal("0.50");

    final Scale scale;
    final Seeds seeds;
    /** The last day with data; the history runs the scale's years back from it. */
    private final LocalDate referenceDay;
    final List<Area> areas = new ArrayList<>();
    final List<Team> teams = new ArrayList<>();
    final List<Coach> coaches = new ArrayList<>();
    final List<ClientTimeline> clients = new ArrayList<>();
    private final Set<String> identityCodes = new HashSet<>();
    /** Employer names by id, drawn on first use: consents to employers carry the name (decision 0037). */
    private Map<UUID, String> employerNames;

    /** The scale's areas, teams, coaches and clients, up to the scale's reference day. */
    World(Scale scale, Seeds seeds, List<AreaRow> welfareAreas) {
        this(scale, seeds, scale.referenceDay());
        SplittableRandom organisation = seeds.random(Stream.ORGANISATION, 0);
        for (AreaRow row : welfareAreas) {
            Area area = area(row, organisation);
            for (int number = 1; number <= scale.teamsPerArea; number++) {
                teams.add(team(area, number, organisation));
            }
        }
    }

    /**
     * The scale's clients shared among the coaches of a team that exists already (the demo team), with a history
     * up to {@code referenceDay}; the team, its coaches and care teams are not generated.
     */
    World(Scale scale, Seeds seeds, AreaRow welfareArea, ExistingTeam team, LocalDate referenceDay) {
        this(scale, seeds, referenceDay);
        Area area = area(welfareArea, seeds.random(Stream.ORGANISATION, 0));
        List<Coach> members = new ArrayList<>();
        for (ExistingCoach member : team.coaches()) {
            members.add(withClients(new Coach(coaches.size(), member.staffId(), member.accountId(), area.id(),
                    area.code(), team.id(), member.name(), member.username(), member.leader(), member.fte(),
                    member.careTeams(), new ArrayList<>()), team.coaches().size(), true));
        }
        teams.add(new Team(team.id(), area, team.code(), team.name(), team.careTeams(), List.copyOf(members)));
    }

    private World(Scale scale, Seeds seeds, LocalDate referenceDay) {
        this.scale = scale;
        this.seeds = seeds;
        this.referenceDay = referenceDay;
    }

    LocalDate referenceDay() {
        return referenceDay;
    }

    LocalDate firstDay() {
        return referenceDay.minusYears(scale.years);
    }

    /** The Monday of the first whole week: contacts and meetings are generated week by week from it. */
    LocalDate firstMonday() {
        LocalDate first = firstDay();
        return first.plusDays((8 - first.getDayOfWeek().getValue()) % 7);
    }

    private Area area(AreaRow row, SplittableRandom organisation) {
        Area area = new Area(row.id(), row.code(), SWEDISH_SHARE.getOrDefault(row.code(), 0.02),
                employersOf(row, organisation));
        areas.add(area);
        return area;
    }

    String employerName(UUID employerId) {
        if (employerNames == null) {
            Map<UUID, String> names = new HashMap<>();
            for (Area area : areas) {
                EmployerRows.drawn(area, seeds).forEach(employer -> names.put(employer.id(), employer.name()));
            }
            employerNames = names;
        }
        return employerNames.get(employerId);
    }

    Area area(short areaId) {
        return areas.stream().filter(area -> area.id() == areaId).findFirst().orElseThrow();
    }

    /** A welfare area as seeded by the migrations. */
    record AreaRow(short id, String code) {
    }

    /** An IPS team already in the database, with its care teams and its members (the leader first). */
    record ExistingTeam(UUID id, String code, String name, List<CareTeam> careTeams, List<ExistingCoach> coaches) {
    }

    /** A member of an existing team, with the care teams they attend. */
    record ExistingCoach(UUID staffId, UUID accountId, Name name, String username, boolean leader, BigDecimal fte,
            List<CareTeam> careTeams) {
    }

    record Area(short id, String code, double swedishShare, List<UUID> employers) {
    }

    record CareTeam(UUID id, short areaId, String code, String name) {
    }

    record Team(UUID id, Area area, String code, String name, List<CareTeam> careTeams, List<Coach> coaches) {

        Coach leader() {
            return coaches.get(0);
        }
    }

    record Coach(int index, UUID staffId, UUID accountId, short areaId, String areaCode,
            UUID teamId, Name name, String username, boolean leader, BigDecimal fte,
            List<CareTeam> careTeams, List<ClientTimeline> clients) {

        /** The caseload limit of the model for the coach's FTE (fidelity S1). */
        int caseloadLimit() {
            return IpsModel.caseloadLimit(fte);
        }

        long activeClients() {
            return clients.stream().filter(ClientTimeline::active).count();
        }
    }

    private List<UUID> employersOf(AreaRow area, SplittableRandom random) {
        int count = Math.max(20, scale.teamsPerArea * scale.coachesPerTeam * EMPLOYERS_PER_COACH);
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(Seeds.uuid(random));
        }
        return List.copyOf(ids);
    }

    private Team team(Area area, int number, SplittableRandom random) {
        String code = "GEN-" + area.code() + "-" + number;
        List<CareTeam> careTeams = new ArrayList<>();
        for (int c = 1; c <= CARE_TEAMS_PER_TEAM; c++) {
            careTeams.add(new CareTeam(Seeds.uuid(random), area.id(), code + "-CT" + c,
                    "Psykiatrinen avohoito " + area.code() + " " + number + "." + c));
        }
        UUID teamId = Seeds.uuid(random);
        List<Coach> members = new ArrayList<>();
        for (int c = 0; c < scale.coachesPerTeam; c++) {
            members.add(coach(area, teamId, code, c, careTeams, random));
        }
        return new Team(teamId, area, code, "IPS " + area.code() + " " + number, List.copyOf(careTeams),
                List.copyOf(members));
    }

    private Coach coach(Area area, UUID teamId, String teamCode, int number, List<CareTeam> careTeams,
            SplittableRandom random) {
        int index = coaches.size();
        boolean leader = number == 0;
        BigDecimal fte = leader ? TEAM_LEADER_FTE : FTES[random.nextInt(FTES.length)];
        List<CareTeam> attends = new ArrayList<>(List.of(careTeams.get(number % careTeams.size())));
        if (Seeds.chance(random, 0.4)) {
            attends.add(careTeams.get((number + 1) % careTeams.size()));
        }
        return withClients(new Coach(index, Seeds.uuid(random), Seeds.uuid(random), area.id(), area.code(), teamId,
                Names.draw(random, Seeds.chance(random, area.swedishShare())),
                (teamCode + ".c" + (number + 1)).toLowerCase(Locale.ROOT), leader, fte,
                List.copyOf(attends), new ArrayList<>()), scale.coaches(), false);
    }

    /**
     * The coach, now of the world, with their share of the scale's clients among {@code coachesInAll}, with the demo
     * team's turnover or without (see {@link Timelines}).
     */
    private Coach withClients(Coach coach, int coachesInAll, boolean turnover) {
        coaches.add(coach);
        Timelines timelines = new Timelines(this, coach);
        int clientsOfCoach = clientsOf(coach.index(), coachesInAll);
        coach.clients().addAll(turnover ? timelines.buildWithTurnover(clientsOfCoach) : timelines.build(clientsOfCoach));
        clients.addAll(coach.clients());
        return coach;
    }

    /** The scale's clients shared out evenly, the first coaches taking one more when it does not divide. */
    private int clientsOf(int coachIndex, int coachesInAll) {
        return scale.clients / coachesInAll + (coachIndex < scale.clients % coachesInAll ? 1 : 0);
    }

    /** A valid identity code, never one already given in the area (they identify a client there). */
    String identityCode(short areaId, SplittableRandom random, char centurySign) {
        int century = IdentityCodes.century(centurySign);
        String code;
        do {
            // the 1800s sign only for coverage: such clients would be over 126 years old
            LocalDate born = century == 1800 ? birthDay(random, 1890, 1899)
                    : century == 2000 ? birthDay(random, 2000, 2008) : birthDay(random, 1958, 1999);
            code = IdentityCodes.of(born, centurySign, 2 + random.nextInt(898));
        } while (!identityCodes.add(areaId + code));
        return code;
    }

    private static LocalDate birthDay(SplittableRandom random, int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, LocalDate.of(toYear, 12, 31)) + 1));
    }
}
