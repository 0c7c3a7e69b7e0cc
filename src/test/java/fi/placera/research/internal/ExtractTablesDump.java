package fi.placera.research.internal;

import fi.placera.platform.IpsModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every table of a research extract as the database gives it, before pseudonyms, date shifts and scoring (which
 * are Java and unchanged by SQL): one line a row, the table's name first, sorted (for FiguresUnchangedIT).
 */
public final class ExtractTablesDump {

    private ExtractTablesDump() {
    }

    public static List<String> lines(ApplicationContext context, List<Short> areas, LocalDate from, LocalDate to,
            LocalDate today, String unit) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Map<String, Object> params = Map.of("areas", areas, "from", from, "to", to, "today", today, "unit", unit,
                "small_cell", IpsModel.SMALL_CELL_THRESHOLD);
        List<String> lines = new ArrayList<>();
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            ExtractTables.PREPARE.forEach(statement -> jdbc.sql(statement).params(params).update());
            for (ExtractTables.Table table : ExtractTables.ALL) {
                jdbc.sql(table.sql()).params(params).query(rs -> {
                    lines.add(table.name() + " " + row(rs));
                });
            }
            status.setRollbackOnly();
        });
        lines.sort(null);
        return lines;
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            row.append(column == 1 ? "" : "|").append(rs.getString(column));
        }
        return row.toString();
    }
}
