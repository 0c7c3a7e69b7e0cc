package fi.placera.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.platform.IpsModel;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The extract's cost grows with the clients it includes, never with their square. A statement that finds something
 * of a client with a subquery per row over the temporary table {@code included} must reach it through an index: at
 * national scale (31,000 clients) one such subquery reading the whole table per row made the extract take 80 s
 * instead of 5. The planner is asked, not a clock, so the check holds on a loaded machine: with a national number of
 * rows in {@code included}, no statement may plan a sequential scan of it inside a subquery.
 */
@PlaceraIT
class ExtractPlansIT {

    /** About a national extract's included episodes. */
    private static final int NATIONAL_EPISODES = 30_000;

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noStatementReadsTheWholeIncludedTableForEachRow() {
        LocalDate today = LocalDate.now();
        Map<String, Object> params = Map.of("areas", List.of(DemoUsers.DEMO_AREA), "from", today.minusYears(1),
                "to", today, "today", today, "unit", "month", "small_cell", IpsModel.SMALL_CELL_THRESHOLD);
        List<String> rowByRow = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            ExtractTables.PREPARE.forEach(statement -> jdbc.sql(statement).params(params).update());
            jdbc.sql("""
                    insert into included (id, area_id, enrolled_on, episode, latest)
                    select gen_random_uuid(), :area, date '2020-01-01' + n % 2000, 1, true
                    from generate_series(1, :episodes) n""")
                    .param("area", DemoUsers.DEMO_AREA).param("episodes", NATIONAL_EPISODES).update();
            jdbc.sql("analyze included").update();
            for (ExtractTables.Table table : ExtractTables.ALL) {
                String plan = jdbc.sql("explain (format json) " + table.sql()).params(params).query(String.class)
                        .single();
                if (scansIncludedInASubquery(json.readTree(plan).get(0).get("Plan"), false)) {
                    rowByRow.add(table.name());
                }
            }
            status.setRollbackOnly();
        });
        assertThat(rowByRow).as("tables whose statement reads all of included once per row").isEmpty();
    }

    private static boolean scansIncludedInASubquery(JsonNode node, boolean inSubquery) {
        boolean subquery = inSubquery || "SubPlan".equals(node.path("Parent Relationship").asString(""));
        if (subquery && "Seq Scan".equals(node.path("Node Type").asString(""))
                && "included".equals(node.path("Relation Name").asString(""))) {
            return true;
        }
        for (JsonNode child : node.path("Plans")) {
            if (scansIncludedInASubquery(child, subquery)) {
                return true;
            }
        }
        return false;
    }
}
