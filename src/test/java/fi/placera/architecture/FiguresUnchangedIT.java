package fi.placera.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fi.placera.Placera;
import fi.placera.fidelity.internal.PreScoringDump;
import fi.placera.platform.command.Commands;
import fi.placera.reporting.Outcomes;
import fi.placera.reporting.Outcomes.Period;
import fi.placera.reporting.Outcomes.Scope;
import fi.placera.reporting.internal.TeamFigures;
import fi.placera.research.internal.ExtractTablesDump;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures evaluators publish are the same before and after a change of their SQL: the outcome report of every
 * subject a national admin can see over several periods, every team's figures and the rows behind them, the fidelity
 * pre-scores with their records and the research extract's tables, computed on generated data (the demo scale and a
 * small region-like one, fixed seeds) and compared as text with the baseline under
 * {@code src/test/resources/figures-baseline/}, made on the code before the change. A new baseline is written only on
 * purpose, with {@code -Dfigures.baseline.update=true}, when a figure is meant to change; the text of every run is
 * left in {@code target/figures-baseline/} to diff.
 */
class FiguresUnchangedIT {

    /** The generator's reference day: the generated service looks as it would on this day. */
    private static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 11, 30);
    private static final List<Period> PERIODS = List.of(
            new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)),
            new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
            new Period(LocalDate.of(2026, 1, 1), REFERENCE_DAY),
            new Period(LocalDate.of(2024, 12, 1), REFERENCE_DAY));
    private static final List<LocalDate> TEAM_DAYS = List.of(LocalDate.of(2026, 3, 15), REFERENCE_DAY);
    private static final List<Period> REVIEW_PERIODS = List.of(
            new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
            new Period(LocalDate.of(2025, 6, 1), REFERENCE_DAY));

    @Test
    void demoScaleFiguresAreByteIdenticalToTheBaseline() throws Exception {
        assertUnchanged("demo", 42);
    }

    @Test
    void regionLikeFiguresAreByteIdenticalToTheBaseline() throws Exception {
        assertUnchanged("small_region", 7);
    }

    private static void assertUnchanged(String scale, long seed) throws Exception {
        List<String> figures;
        try (ConfigurableApplicationContext placera = freshDatabase()) {
            assertThat(placera.getBean(Commands.class)
                    .run(new String[] {"generate", "--scale", scale, "--seed", Long.toString(seed)}, System.out))
                    .isZero();
            figures = figures(placera);
        }
        String name = scale + "-" + seed + ".txt";
        String text = String.join("\n", figures) + "\n";
        write(Path.of("target", "figures-baseline", name), text);
        if (Boolean.getBoolean("figures.baseline.update")) {
            write(Path.of("src", "test", "resources", "figures-baseline", name), text);
        }
        assertSameLines(name, figures, baseline(name));
    }

    private static List<String> figures(ConfigurableApplicationContext placera) {
        JdbcClient jdbc = placera.getBean(JdbcClient.class);
        Map<String, UUID> teams = new TreeMap<>();
        jdbc.sql("select code, id from ips_team").query(rs -> {
            teams.put(rs.getString(1), rs.getObject(2, UUID.class));
        });
        List<Short> areas = jdbc.sql("select distinct area_id from client order by 1").query(Short.class).list();
        List<String> lines = new ArrayList<>();
        outcomes(placera.getBean(Outcomes.class), teams, areas, lines);
        TeamFigures teamFigures = placera.getBean(TeamFigures.class);
        teams.forEach((code, id) -> TEAM_DAYS.forEach(day -> teamFigures(teamFigures, id, day)
                .forEach(line -> lines.add("team " + code + " " + day + " " + line))));
        teams.forEach((code, id) -> REVIEW_PERIODS.forEach(period -> PreScoringDump
                .lines(placera, id, period.from(), period.to())
                .forEach(line -> lines.add("fidelity " + code + " " + period.from() + ".." + period.to() + " " + line))));
        ExtractTablesDump.lines(placera, areas, LocalDate.of(2025, 1, 1), REFERENCE_DAY, REFERENCE_DAY, "month")
                .forEach(line -> lines.add("extract month " + line));
        ExtractTablesDump.lines(placera, areas, LocalDate.of(2026, 9, 1), REFERENCE_DAY, REFERENCE_DAY, "week")
                .forEach(line -> lines.add("extract week " + line));
        return lines;
    }

    /** Everyone, each area and each team: what a national admin can choose on the outcome report. */
    private static void outcomes(Outcomes outcomes, Map<String, UUID> teams, List<Short> areas, List<String> lines) {
        Map<String, Scope> scopes = new java.util.LinkedHashMap<>();
        scopes.put("national", Scope.national());
        areas.forEach(area -> scopes.put("area " + area, Scope.area(area)));
        teams.forEach((code, id) -> scopes.put("team " + code, Scope.team(id)));
        scopes.put("teams all", Scope.teams(teams.values()));
        scopes.forEach((name, scope) -> outcomes.of(scope, PERIODS)
                .forEach(outcome -> lines.add("outcome " + name + " " + outcome)));
    }

    private static List<String> teamFigures(TeamFigures teamFigures, UUID team, LocalDate day) {
        TeamFigures.Figures figures = teamFigures.of(team, day);
        List<String> lines = new ArrayList<>();
        figures.caseloads().forEach(caseload -> lines.add("caseload " + caseload));
        new TreeMap<>(figures.counts()).forEach((figure, count) -> lines.add("count " + figure + " " + count));
        lines.add("contacts per coach week " + figures.contactsPerCoachWeek());
        lines.add("collaboration " + figures.collaboration());
        for (TeamFigures.Figure figure : TeamFigures.Figure.values()) {
            teamFigures.rowsOf(team, day, figure).forEach(row -> lines.add("row " + row));
        }
        return lines;
    }

    private static void assertSameLines(String name, List<String> actual, List<String> baseline) {
        for (int line = 0; line < Math.max(actual.size(), baseline.size()); line++) {
            String was = line < baseline.size() ? baseline.get(line) : "(no line)";
            String is = line < actual.size() ? actual.get(line) : "(no line)";
            if (!was.equals(is)) {
                fail("%s differs from the baseline at line %d (diff target/figures-baseline/%s with the baseline):%n"
                        + "was: %s%nis:  %s", name, line + 1, name, was, is);
            }
        }
    }

    private static List<String> baseline(String name) throws IOException {
        try (InputStream in = FiguresUnchangedIT.class.getResourceAsStream("/figures-baseline/" + name)) {
            assertThat(in).as("the baseline figures-baseline/%s (make it with -Dfigures.baseline.update=true)", name)
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A new database in the JVM's test server with only the migrations (as GeneratorIT makes them). */
    private static ConfigurableApplicationContext freshDatabase() {
        return new SpringApplicationBuilder(Placera.class).web(WebApplicationType.NONE)
                .run("--placera.database.data-directory=", "--placera.test.throw-away-database=true",
                        "--placera.database.pool-size=3", "--spring.flyway.locations=classpath:db/migration",
                        "--placera.audit.seal-interval=1h");
    }
}
