package fi.placera.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.platform.facts.RecordsVersion;
import fi.placera.reporting.Outcomes.Outcome;
import fi.placera.reporting.Outcomes.Scope;
import fi.placera.reporting.internal.TeamFigures;
import fi.placera.reporting.internal.TeamFigures.Figure;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures kept while their records are unchanged (decision 0091): every table that the kept figures read, through the
 * facts they name and whatever those facts read in turn, counts its changes in the records' version; a committed
 * change is seen by the next read; nothing is computed again while nothing changes; and a transaction that has
 * changed records neither gets nor keeps kept figures.
 */
@PlaceraIT
class KeptFiguresIT {

    /** The classes whose figures are kept, whose SQL names the facts they read. */
    private static final List<Path> KEPT = List.of(
            Path.of("src/main/java/fi/placera/reporting/internal/SqlOutcomes.java"),
            Path.of("src/main/java/fi/placera/reporting/internal/TeamFigures.java"));
    private static final Pattern FACT = Pattern.compile("\\b[a-z]+_facts_[a-z0-9_]+\\b");

    @Autowired Outcomes outcomes;
    @Autowired TeamFigures teamFigures;
    @Autowired RecordsVersion version;
    @Autowired TestTeams teams;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void everyTableTheKeptFiguresReadCountsItsChanges() throws IOException {
        Set<String> read = tablesRead(factsNamed());

        Set<String> counted = new TreeSet<>(jdbc.sql("""
                        select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                        join pg_proc p on p.oid = t.tgfoid
                        where p.proname = 'platform_records_changed' and not t.tgisinternal
                          -- a statement trigger (bit 0 clear) after (bit 1 clear) insert, delete, update and truncate
                          and t.tgtype & 3 = 0 and t.tgtype & 60 = 60""").query(String.class).list());

        assertThat(read).as("tables that the kept figures read").contains("employer_contact", "job", "clients_facts_episode");
        assertThat(counted).as("tables whose changes the records' version counts").containsAll(read);
    }

    @Test
    void aCommittedChangeIsSeenByTheNextRead() throws Exception {
        TestTeams.Team team = teams.create("Pidetyt");
        String coach = team.member("Kuusela", "COACH", "1");
        Scope scope = Scope.team(team.id());

        Outcome before = outcomes.of(scope, team.today().minusDays(30), team.today());
        int enrolledBefore = teamFigures.of(team.id(), team.today()).count(Figure.ENROLLED);
        given.client(coach).ofTeam(team.id()).agreedOn(team.day(3)).create();
        Outcome after = outcomes.of(scope, team.today().minusDays(30), team.today());

        assertThat(before.enrolled()).isZero();
        assertThat(after.enrolled()).isEqualTo(1);
        assertThat(enrolledBefore).isZero();
        assertThat(teamFigures.of(team.id(), team.today()).count(Figure.ENROLLED)).isEqualTo(1);
    }

    @Test
    void nothingIsComputedAgainWhileNothingChanges() {
        TestTeams.Team team = teams.create("Pysyvät");
        Scope scope = Scope.team(team.id());

        Outcome first = outcomes.of(scope, team.today().minusDays(90), team.today());
        TeamFigures.Figures figures = teamFigures.of(team.id(), team.today());

        assertThat(outcomes.of(scope, team.today().minusDays(90), team.today())).isSameAs(first);
        assertThat(teamFigures.of(team.id(), team.today())).isSameAs(figures);
    }

    @Test
    void onlyACommittedChangeMovesTheVersionAndATransactionThatChangedRecordsKeepsNothing() {
        TestTeams.Team team = teams.create("Keskeneräiset");
        long before = version.current().orElseThrow();

        OptionalLong inside = transaction.execute(status -> {
            jdbc.sql("update ips_team set name = name where id = ?").param(team.id()).update();
            OptionalLong seen = version.current();
            assertThat(outcomes.of(Scope.team(team.id()), team.today(), team.today()))
                    .isNotSameAs(outcomes.of(Scope.team(team.id()), team.today(), team.today()));
            status.setRollbackOnly();
            return seen;
        });
        long afterRollback = version.current().orElseThrow();
        jdbc.sql("update ips_team set name = name where id = ?").param(team.id()).update();

        assertThat(inside).isEmpty();
        assertThat(afterRollback).isEqualTo(before);
        assertThat(version.current().orElseThrow()).isGreaterThan(before);
    }

    @Test
    void foldingTheCountedChangesLeavesTheVersionAsItIs() {
        jdbc.sql("update ips_team set name = name where false").update();
        long before = version.current().orElseThrow();

        version.fold();

        assertThat(jdbc.sql("select count(*) from records_change").query(Long.class).single()).isZero();
        assertThat(version.current().orElseThrow()).isEqualTo(before);
    }

    /** The scheduler folds by itself within seconds, so that reading the version never counts many rows. */
    @Test
    void theCountedChangesAreFoldedWithinSeconds() throws InterruptedException {
        jdbc.sql("update ips_team set name = name where false").update();
        long change = jdbc.sql("select max(id) from records_change").query(Long.class).single();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (jdbc.sql("select count(*) from records_change where id <= ?").param(change).query(Long.class).single() > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        assertThat(jdbc.sql("select count(*) from records_change where id <= ?").param(change).query(Long.class)
                .single()).as("changes left unfolded after 15 s").isZero();
    }

    private Set<String> factsNamed() throws IOException {
        Set<String> facts = new TreeSet<>();
        for (Path source : KEPT) {
            Matcher fact = FACT.matcher(Files.readString(source));
            while (fact.find()) {
                facts.add(fact.group());
            }
        }
        return facts;
    }

    /**
     * The tables behind the names, followed through views (what PostgreSQL records that a view depends on) and
     * functions (the tables, views and functions their bodies name).
     */
    private Set<String> tablesRead(Set<String> names) {
        Set<String> tables = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(names);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            String kind = jdbc.sql("""
                            select coalesce((select relkind::text from pg_class
                                             where relname = :name and relnamespace = 'public'::regnamespace),
                                            (select 'f' from pg_proc where proname = :name
                                             and pronamespace = 'public'::regnamespace limit 1), '?')""")
                    .param("name", name).query(String.class).single();
            switch (kind) {
                case "r", "p" -> tables.add(name);
                case "v", "m" -> todo.addAll(jdbc.sql("""
                                select distinct coalesce(c.relname, p.proname) from pg_rewrite r
                                join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
                                left join pg_class c on d.refclassid = 'pg_class'::regclass and c.oid = d.refobjid
                                                    and c.relnamespace = 'public'::regnamespace
                                left join pg_proc p on d.refclassid = 'pg_proc'::regclass and p.oid = d.refobjid
                                                   and p.pronamespace = 'public'::regnamespace
                                where r.ev_class = :name::regclass and coalesce(c.relname, p.proname) <> :name""")
                        .param("name", name).query(String.class).list());
                case "f" -> todo.addAll(jdbc.sql("""
                                select c.relname from pg_class c, pg_proc f
                                where f.proname = :name and f.pronamespace = 'public'::regnamespace
                                  and c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
                                  and f.prosrc ~ ('\\m' || c.relname || '\\M')
                                union
                                select g.proname from pg_proc g, pg_proc f
                                where f.proname = :name and f.pronamespace = 'public'::regnamespace
                                  and g.pronamespace = 'public'::regnamespace and g.proname <> :name
                                  and f.prosrc ~ ('\\m' || g.proname || '\\M')""")
                        .param("name", name).query(String.class).list());
                default -> throw new AssertionError(name + " is named as a fact, but is no table, view or function");
            }
        }
        return tables;
    }
}
