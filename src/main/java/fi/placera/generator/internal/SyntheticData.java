package fi.placera.generator.internal;

import fi.placera.audit.AccessLog;
import fi.placera.generator.internal.World.AreaRow;
import fi.placera.platform.database.DatabaseOrigin;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a generated world into the database: every table with COPY, in foreign-key order, in one
 * transaction on one connection (a failed run leaves nothing behind), then seals the generated access-log
 * rows into the hash chain like any others.
 */
@Component
class SyntheticData {

    /** The rows of the organisation: of the generated world, or already there for an existing team. */
    private static final EnumSet<Table> ORGANISATION = EnumSet.of(Table.IPS_TEAM, Table.CARE_TEAM, Table.STAFF_MEMBER,
            Table.IPS_TEAM_MEMBERSHIP, Table.CARE_TEAM_MEMBERSHIP, Table.USER_ACCOUNT, Table.ACCOUNT_ROLE,
            Table.MFA_CREDENTIAL, Table.COACH_CASELOAD);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final DatabaseOrigin origin;

    SyntheticData(DataSource dataSource, JdbcClient jdbc, AccessLog accessLog, DatabaseOrigin origin) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.origin = origin;
    }

    boolean hasClients() {
        return jdbc.sql("select exists (select 1 from client)").query(Boolean.class).single();
    }

    /** Generates and loads the world of this scale and seed; returns the rows now in each table. */
    Map<String, Long> generate(Scale scale, long seed, PrintStream out) throws SQLException {
        World world = new World(scale, new Seeds(seed), areasOf(scale));
        out.printf("Generating %s scale, seed %d: %d areas, %d teams, %d coaches, %d clients, up to %s%n",
                scale.name().toLowerCase(Locale.ROOT), seed, world.areas.size(), world.teams.size(),
                world.coaches.size(), world.clients.size(), world.referenceDay());
        load(world, EnumSet.allOf(Table.class), out);
        // the mark that lets the benchmark profile (and the generated accounts' shared demo password) run here
        origin.markGenerated(scale.name().toLowerCase(Locale.ROOT), seed);
        analyseAndSeal(out);
        return counts();
    }

    /**
     * Loads the clients' histories, employers, meetings and reads of a world built on a team that exists already: its
     * organisation rows are not written, and each coach's caseload counter grows by their active clients.
     */
    void loadIntoExistingTeam(World world, PrintStream out) throws SQLException {
        load(world, EnumSet.complementOf(ORGANISATION), out);
        for (World.Coach coach : world.coaches) {
            jdbc.sql("""
                            insert into coach_caseload (staff_member_id, area_id, active_clients) values (?, ?, ?)
                            on conflict (staff_member_id)
                            do update set active_clients = coach_caseload.active_clients + excluded.active_clients""")
                    .params(coach.staffId(), coach.areaId(), coach.activeClients()).update();
        }
        analyseAndSeal(out);
    }

    /** The tables, in one transaction on one connection: a failed run leaves nothing behind. */
    private void load(World world, Set<Table> tables, PrintStream out) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : tables) {
                try (CopyStream rows = new CopyStream(copies, table, out)) {
                    write(world, table, rows);
                }
            }
            connection.commit();
        }
    }

    private void analyseAndSeal(PrintStream out) {
        // Statistics first: without them the sealer's "rows not yet sealed" anti-join is planned as a scan of the
        // whole log per batch (the national run sealed 4,000 rows/s instead of tens of thousands).
        out.println("Analysing the loaded tables");
        jdbc.sql("analyze").update();
        out.printf("Sealing the access log: %,d rows sealed%n", accessLog.sealPending());
    }

    private static void write(World world, Table table, CopyStream rows) throws SQLException {
        switch (table) {
            case IPS_TEAM, CARE_TEAM, STAFF_MEMBER, IPS_TEAM_MEMBERSHIP, CARE_TEAM_MEMBERSHIP, USER_ACCOUNT,
                    ACCOUNT_ROLE, MFA_CREDENTIAL, COACH_CASELOAD -> new OrganisationRows(world).write(table, rows);
            case EMPLOYER -> new EmployerRows(world).writeEmployers(rows);
            case EMPLOYER_CONTACT -> new EmployerRows(world).writeContacts(rows);
            case CARE_TEAM_MEETING -> new MeetingRows(world).writeCareTeamMeetings(rows);
            case TEAM_MEETING, TEAM_MEETING_ATTENDEE -> new MeetingRows(world).writeTeamMeetings(table, rows);
            case ACCESS_LOG -> new AccessReads(world).write(rows);
            case EVALUATION_RESPONSE, EVALUATION_ANSWER -> {
                long responses = 0;
                for (ClientTimeline client : world.clients) {
                    responses += new EvaluationAnswers(world, client).write(table, rows, responses);
                }
            }
            default -> {
                for (ClientTimeline client : world.clients) {
                    new ClientStory(world, client).write(table, rows);
                }
            }
        }
    }

    /** The migrations' welfare areas: all of them nationally, Pohjanmaa alone for a one-area scale. */
    private List<AreaRow> areasOf(Scale scale) {
        return jdbc.sql("select id, code from welfare_area where ? > 1 or id = ? order by id")
                .params(scale.areas, Scale.SINGLE_AREA)
                .query((rs, row) -> new AreaRow(rs.getShort("id"), rs.getString("code")))
                .list();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table table : Table.values()) {
            // sql-reviewed: the table name is one of the Table enum's constants, never input
            counts.put(table.name, jdbc.sql("select count(*) from " + table.name).query(Long.class).single());
        }
        return counts;
    }
}
