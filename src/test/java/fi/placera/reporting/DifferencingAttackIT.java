package fi.placera.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * AZ10, issue 21 §4: the evaluator plays the attacker. For a generated welfare area with a team of 3 clients, it asks
 * the outcome API for every allowed combination (each quarter, half-year and the year, each team, the area, every
 * other area and the whole country) and tries to work out any hidden count by linear differences over the figures
 * returned. The solver is written here, independently of the code under test: each report's counts are sums of
 * unknown atoms (a team's clients in a quarter, split by what the report counts about them); a hidden count is
 * revealed exactly when its atoms' sum lies in the span of the shown counts' sums (exact elimination over the
 * integers).
 */
@PlaceraIT
class DifferencingAttackIT {

    private static final int YEAR = 2025;
    private static final String CONTACTS = "employer_contacts_per_coach_week";
    private static final List<String> PERIODS = List.of("Q1", "Q2", "Q3", "Q4", "H1", "H2", "Y");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @Test
    void noHiddenCountCanBeWorkedOutFromAllTheFiguresAnOutsiderMayAskFor() throws Exception {
        GeneratedArea area = new GeneratedArea(new Random(21));
        String small = area.team(3, 1);
        String middle = area.team(9, 2);
        String large = area.team(14, 4);
        List<String> teams = List.of(small, middle, large);
        List<String> otherAreas = jdbc.sql("select code from welfare_area where code <> ? order by code")
                .param(area.code).query(String.class).list();

        Map<String, JsonNode> shown = new LinkedHashMap<>();
        for (int p = 0; p < PERIODS.size(); p++) {
            for (String team : teams) {
                JsonNode byManager = report(area.manager, "team", team, p);
                assertThat(report("evaluator", "team", team, p)).as("the same cells for every outsider")
                        .isEqualTo(byManager);
                shown.put(team + "/" + PERIODS.get(p), byManager);
            }
            shown.put(area.code + "/" + PERIODS.get(p), report(area.manager, "area", area.code, p));
            for (String other : otherAreas) {
                shown.put(other + "/" + PERIODS.get(p), report("evaluator", "area", other, p));
            }
            shown.put("national/" + PERIODS.get(p), report("evaluator", null, null, p));
        }

        // the attack is worth something: the small team is hidden, the area's figure is still there
        assertThat(shown.get(small + "/Y").get("served").asString()).isEqualTo("<5");
        assertThat(shown.get(area.code + "/Y").get("served").isInt()).isTrue();
        assertThat(shown.get(area.code + "/Y").get("served").asInt()).isGreaterThanOrEqualTo(20);

        Solver solver = new Solver();
        List<String> leaves = new ArrayList<>(teams);
        leaves.addAll(otherAreas);
        List<Cell> hidden = new ArrayList<>();
        for (Map.Entry<String, JsonNode> report : shown.entrySet()) {
            String node = report.getKey().split("/")[0];
            int period = PERIODS.indexOf(report.getKey().split("/")[1]);
            List<String> under = node.equals("national") ? leaves : node.equals(area.code) ? teams : List.of(node);
            for (String field : Atoms.FIELDS) {
                if (!Atoms.counted(field, period)) {
                    continue;
                }
                Map<String, BigInteger> atoms = Atoms.of(field, under, period);
                JsonNode value = report.getValue().get(field);
                if (value.isInt()) {
                    solver.add(atoms);
                } else {
                    assertThat(value.asString()).isEqualTo("<5");
                    hidden.add(new Cell(report.getKey() + " " + field, atoms));
                }
            }
        }
        assertThat(hidden).extracting(Cell::name).contains(small + "/Q1 served", small + "/Y job_starts");
        List<String> revealed = hidden.stream().filter(cell -> solver.determines(cell.atoms())).map(Cell::name)
                .toList();
        assertThat(revealed).as("hidden counts worked out by differences").isEmpty();
    }

    @Test
    void outsidersGetCalendarPeriodsOnlyAndTheTeamKeepsFreePeriods() throws Exception {
        GeneratedArea area = new GeneratedArea(new Random(4));
        String team = area.team(9, 3);
        for (String[] free : new String[][] {{"2025-01-01", "2025-03-30"}, {"2025-01-02", "2025-03-31"},
                {"2025-02-01", "2025-04-30"}, {"2025-04-01", "2025-09-30"}, {"2024-07-01", "2025-06-30"}}) {
            JsonNode problem = json.readTree(mvc.perform(get("/api/v1/reports/outcomes").with(users.as(area.manager))
                            .param("team", team).param("from", free[0]).param("to", free[1])
                            .header("Accept-Language", "fi"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
            assertThat(problem.toString()).as("%s–%s", free[0], free[1]).contains("kalenterivuoden neljänneksen");
            mvc.perform(get("/api/v1/reports/outcomes").with(users.as("evaluator")).param("area", area.code)
                    .param("from", free[0]).param("to", free[1])).andExpect(status().isBadRequest());
            mvc.perform(get("/reports/outcomes.csv").with(users.as(area.manager)).param("team", team)
                    .param("from", free[0]).param("to", free[1])).andExpect(status().isBadRequest());
            mvc.perform(get("/api/v1/reports/outcomes").with(users.as(area.coachOf(team))).param("team", team)
                    .param("from", free[0]).param("to", free[1])).andExpect(status().isOk());
        }
        var page = Jsoup.parse(mvc.perform(get("/reports/outcomes").with(users.as(area.manager))
                        .param("subject", "team:" + team).param("from", "2.1.2025").param("to", "31.3.2025")
                        .locale(Locale.forLanguageTag("sv")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("from-error").text()).contains("kalenderkvartal");
        assertThat(page.select("#field-served")).isEmpty();
        for (String calendar : new String[] {"2025-04-01/2025-06-30", "2025-07-01/2025-12-31", "2025-01-01/2025-12-31"}) {
            mvc.perform(get("/api/v1/reports/outcomes").with(users.as(area.manager)).param("team", team)
                    .param("from", calendar.split("/")[0]).param("to", calendar.split("/")[1]))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void contactsPerCoachWeekAreNeverShownOutsideForATeamOfFewerThanThreeCoaches() throws Exception {
        GeneratedArea area = new GeneratedArea(new Random(7));
        String two = area.team(12, 2);
        String three = area.team(12, 3);
        String four = area.team(12, 4);
        assertThat(report(area.manager, "team", two, 6).get(CONTACTS).asString()).isEqualTo("<5");
        assertThat(report("evaluator", "team", two, 6).get(CONTACTS).asString()).isEqualTo("<5");
        assertThat(report(area.coachOf(two), "team", two, 6).get(CONTACTS).isNumber()).as("the team itself sees it")
                .isTrue();
        // one of the larger teams is hidden with it (else the area's figure would reveal it), never both
        long shownOfLarger = java.util.stream.Stream.of(three, four)
                .filter(team -> uncheckedReport(area.manager, team).get(CONTACTS).isNumber()).count();
        assertThat(shownOfLarger).isEqualTo(1);
        assertThat(report(area.manager, "area", area.code, 6).get(CONTACTS).isNumber()).isTrue();
    }

    private JsonNode uncheckedReport(String user, String team) {
        try {
            return report(user, "team", team, 6);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode report(String user, String kind, String code, int period) throws Exception {
        LocalDate from = from(period);
        LocalDate to = from.plusMonths(period < 4 ? 3 : period < 6 ? 6 : 12).minusDays(1);
        var request = get("/api/v1/reports/outcomes").with(users.as(user)).param("from", from.toString())
                .param("to", to.toString());
        if (kind != null) {
            request.param(kind, code);
        }
        JsonNode report = json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        return report;
    }

    private static LocalDate from(int period) {
        LocalDate first = LocalDate.of(YEAR, 1, 1);
        return period < 4 ? first.plusMonths(3L * period) : period == 5 ? first.plusMonths(6) : first;
    }

    record Cell(String name, Map<String, BigInteger> atoms) {
    }

    /**
     * What each count adds up from. Clients served in a period are counted once per period, so served, worked and
     * the out-of-work counts have atoms of their own per period (a client in work at entry or not, who worked or
     * not); job starts, first job starts and the cohort add up over quarters (a cohort client with or without a
     * first contact, with or without a first job, employed or not six months later). The year's eligible at 6
     * months is the first half-year's cohort. Counts that are zero by the calendar alone (12 months within a year, 6
     * months within a quarter or half) reveal nobody and are left out.
     */
    static final class Atoms {

        static final List<String> FIELDS = List.of("served", "worked", "served_out_of_work_at_entry",
                "worked_out_of_work_at_entry", "job_starts", "first_job_starts", "enrolled",
                "cohort_without_employer_contact", "cohort_without_job", "employed_at_6_months", "eligible_at_6_months");

        static boolean counted(String field, int period) {
            return !field.endsWith("_6_months") || period == 6;
        }

        static Map<String, BigInteger> of(String field, List<String> leaves, int period) {
            Map<String, BigInteger> atoms = new LinkedHashMap<>();
            for (String leaf : leaves) {
                switch (field) {
                    case "served" -> served(atoms, leaf, period, "io", "wn");
                    case "worked" -> served(atoms, leaf, period, "io", "w");
                    case "served_out_of_work_at_entry" -> served(atoms, leaf, period, "o", "wn");
                    case "worked_out_of_work_at_entry" -> served(atoms, leaf, period, "o", "w");
                    case "job_starts", "first_job_starts" -> quarters(period)
                            .forEach(q -> atoms.put(leaf + "/" + q + "/" + field, BigInteger.ONE));
                    case "enrolled" -> cohort(atoms, leaf, quarters(period), "ab", "ab", "ab");
                    case "cohort_without_employer_contact" -> cohort(atoms, leaf, quarters(period), "a", "ab", "ab");
                    case "cohort_without_job" -> cohort(atoms, leaf, quarters(period), "ab", "a", "ab");
                    case "eligible_at_6_months" -> cohort(atoms, leaf, List.of(0, 1), "ab", "ab", "ab");
                    case "employed_at_6_months" -> cohort(atoms, leaf, List.of(0, 1), "ab", "ab", "a");
                    default -> throw new IllegalArgumentException(field);
                }
            }
            return atoms;
        }

        private static void served(Map<String, BigInteger> atoms, String leaf, int period, String entry, String work) {
            for (char e : entry.toCharArray()) {
                for (char w : work.toCharArray()) {
                    atoms.put(leaf + "/" + period + "/served/" + e + w, BigInteger.ONE);
                }
            }
        }

        private static void cohort(Map<String, BigInteger> atoms, String leaf, List<Integer> quarters, String contact,
                String job, String employed) {
            for (int q : quarters) {
                for (char c : contact.toCharArray()) {
                    for (char j : job.toCharArray()) {
                        for (char e : employed.toCharArray()) {
                            atoms.put(leaf + "/" + q + "/cohort/" + c + j + e, BigInteger.ONE);
                        }
                    }
                }
            }
        }

        private static List<Integer> quarters(int period) {
            return switch (period) {
                case 4 -> List.of(0, 1);
                case 5 -> List.of(2, 3);
                case 6 -> List.of(0, 1, 2, 3);
                default -> List.of(period);
            };
        }
    }

    /**
     * The span of the shown counts, kept fully reduced: each row has a pivot atom that no other row has. A hidden
     * count is worked out by differences exactly when reducing it by the rows leaves nothing.
     */
    static final class Solver {

        private final Map<String, Map<String, BigInteger>> rows = new LinkedHashMap<>();

        void add(Map<String, BigInteger> shown) {
            Map<String, BigInteger> row = reduce(shown);
            if (row.isEmpty()) {
                return;
            }
            String pivot = row.keySet().iterator().next();
            for (Map.Entry<String, Map<String, BigInteger>> other : rows.entrySet()) {
                if (other.getValue().containsKey(pivot)) {
                    other.setValue(eliminate(other.getValue(), row, pivot));
                }
            }
            rows.put(pivot, row);
        }

        boolean determines(Map<String, BigInteger> hidden) {
            return reduce(hidden).isEmpty();
        }

        private Map<String, BigInteger> reduce(Map<String, BigInteger> vector) {
            Map<String, BigInteger> reduced = new LinkedHashMap<>(vector);
            for (Map.Entry<String, Map<String, BigInteger>> row : rows.entrySet()) {
                if (reduced.containsKey(row.getKey())) {
                    reduced = eliminate(reduced, row.getValue(), row.getKey());
                }
            }
            return reduced;
        }

        /** {@code target × row[pivot] − row × target[pivot]}, divided by the common factor: no pivot left. */
        private static Map<String, BigInteger> eliminate(Map<String, BigInteger> target, Map<String, BigInteger> row,
                String pivot) {
            BigInteger t = target.get(pivot);
            BigInteger r = row.get(pivot);
            Map<String, BigInteger> result = new LinkedHashMap<>();
            target.forEach((atom, value) -> result.merge(atom, value.multiply(r), BigInteger::add));
            row.forEach((atom, value) -> result.merge(atom, value.multiply(t).negate(), BigInteger::add));
            result.values().removeIf(value -> value.signum() == 0);
            BigInteger gcd = result.values().stream().reduce(BigInteger.ZERO, BigInteger::gcd);
            if (gcd.compareTo(BigInteger.ONE) > 0) {
                result.replaceAll((atom, value) -> value.divide(gcd));
            }
            return result;
        }
    }

    /** A welfare area of its own with a manager, teams, coaches, clients and their jobs and employer contacts. */
    final class GeneratedArea {

        final short id;
        final String code;
        final String manager;
        private final Random random;
        private final UUID employer = UUID.randomUUID();
        private final Map<String, String> coaches = new LinkedHashMap<>();

        GeneratedArea(Random random) {
            this.random = random;
            id = jdbc.sql("select (coalesce(max(id), 0) + 1)::smallint from welfare_area").query(Short.class).single();
            code = "Z" + letters(id);
            jdbc.sql("insert into welfare_area (id, code, name_fi, name_sv) values (?, ?, ?, ?)")
                    .params(id, code, "Testialue " + code, "Testområde " + code).update();
            jdbc.sql("insert into employer (id, area_id, name, name_key, version) values (?, ?, ?, ?, 0)")
                    .params(employer, id, "Erotus Oy " + employer, "erotus oy " + employer).update();
            manager = account("MANAGER", null);
        }

        private static String letters(int number) {
            StringBuilder letters = new StringBuilder();
            for (int n = number, i = 0; i < 4; i++, n /= 26) {
                letters.append((char) ('A' + n % 26));
            }
            return letters.toString();
        }

        String coachOf(String team) {
            return coaches.get(team);
        }

        /** A team with so many clients and coaches; returns its code. */
        String team(int clients, int coachCount) {
            UUID team = UUID.randomUUID();
            String teamCode = "D-" + team.toString().substring(0, 8).toUpperCase(Locale.ROOT);
            jdbc.sql("""
                            insert into ips_team (id, area_id, code, name, collaboration_model, version)
                            values (?, ?, ?, ?, 'CARE_INTEGRATED', 0)""")
                    .params(team, id, teamCode, "Erotustiimi " + teamCode).update();
            List<UUID> staff = new ArrayList<>();
            for (int c = 0; c < coachCount; c++) {
                UUID member = UUID.randomUUID();
                jdbc.sql("insert into staff_member (id, area_id, first_name, last_name, email, version) values (?, ?, 'T', ?, ?, 0)")
                        .params(member, id, "Erotus " + c, member + "@example.fi").update();
                jdbc.sql("insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte) values (?, ?, 'COACH', 1)")
                        .params(member, team).update();
                staff.add(member);
                coaches.putIfAbsent(teamCode, account("COACH", member));
            }
            for (int n = 0; n < clients; n++) {
                UUID coach = staff.get(n % staff.size());
                client(team, coach);
                for (int k = 0; k < 30; k++) {
                    contact(coach, null, LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365)));
                }
            }
            return teamCode;
        }

        private String account(String role, UUID staffMember) {
            UUID account = UUID.randomUUID();
            String username = "d." + account.toString().substring(0, 8);
            jdbc.sql("""
                            insert into user_account (id, username, display_name, password_hash, staff_member_id, area_id, version)
                            values (?, ?, 'Testi', 'none', ?, ?, 0)""")
                    .params(account, username, staffMember, id).update();
            jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(account, role).update();
            return username;
        }

        /** A client enrolled between mid-2024 and the end of 2025, maybe in work at entry, maybe exited, with jobs. */
        private void client(UUID team, UUID coach) {
            UUID client = UUID.randomUUID();
            jdbc.sql("""
                            insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id,
                                                coach_staff_id, version)
                            values (?, ?, 'T', 'Erotus', 'fi', ?, ?, 0)""")
                    .params(client, id, team, coach).update();
            LocalDate enrolled = LocalDate.of(2024, 7, 1).plusDays(random.nextInt(548));
            jdbc.sql("""
                            insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, in_work_at_entry,
                                                               recorded_by)
                            values (?, ?, ?, ?, 'PAPER_SIGNATURE', ?, ?)""")
                    .params(UUID.randomUUID(), client, id, enrolled, random.nextInt(5) == 0, UUID.randomUUID()).update();
            if (random.nextInt(4) == 0) {
                jdbc.sql("""
                                insert into service_end (id, client_id, area_id, ended_on, reason, note, recorded_by)
                                values (?, ?, ?, ?, 'CLIENT_CHOICE', 'Oma valinta', ?)""")
                        .params(UUID.randomUUID(), client, id, enrolled.plusDays(30 + random.nextInt(300)),
                                UUID.randomUUID()).update();
            }
            for (int j = 0; j < 2; j++) {
                if (random.nextInt(2) == 0) {
                    LocalDate start = enrolled.plusDays(random.nextInt(250) - 20);
                    job(client, start, random.nextBoolean() ? null : start.plusDays(20 + random.nextInt(200)),
                            random.nextInt(8) != 0);
                }
            }
            if (random.nextInt(3) != 0) {
                contact(coach, client, enrolled.plusDays(random.nextInt(90)));
            }
        }

        private void job(UUID client, LocalDate start, LocalDate end, boolean competitive) {
            jdbc.sql("""
                            insert into job (id, client_id, area_id, employer_id, started_on, ended_on, hours_per_week,
                                             wage_basis, contract_type, competitive, end_reason, recorded_by,
                                             idempotency_key, version)
                            values (?, ?, ?, ?, ?, ?, 20, 'HOURLY', 'PERMANENT', ?, ?, ?, ?, 0)""")
                    .params(UUID.randomUUID(), client, id, employer, start, end, competitive,
                            end == null ? null : "CONTRACT_ENDED", UUID.randomUUID(), UUID.randomUUID())
                    .update();
        }

        private void contact(UUID coach, UUID client, LocalDate day) {
            jdbc.sql("""
                            insert into employer_contact (id, area_id, employer_id, coach_staff_id, contacted_on, mode,
                                                          purpose, client_id, recorded_by, idempotency_key)
                            values (?, ?, ?, ?, ?, 'FACE_TO_FACE', ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, employer, coach, day,
                            client == null ? "GENERAL_JOB_DEVELOPMENT" : "ABOUT_CLIENT", client, UUID.randomUUID(),
                            UUID.randomUUID())
                    .update();
        }
    }
}
