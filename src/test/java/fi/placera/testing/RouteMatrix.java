package fi.placera.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/** The rows of src/test/resources/security/route-matrix.csv, its columns found by their header's names. */
public final class RouteMatrix {

    /** The demo user of each staff column. */
    private static final Map<String, String> STAFF = Map.of("coach", "coach1", "team_leader", "teamleader",
            "care_team_member", "careteam", "manager", "manager", "evaluator", "evaluator", "admin", "admin");
    private static final List<String> STAFF_COLUMNS = List.of("coach", "team_leader", "care_team_member", "manager",
            "evaluator", "admin");

    private RouteMatrix() {
    }

    public record Row(String method, String path, String sample, List<String> header, List<String> cells) {

        /** The row's path patterns: "[/a, /a/{id}]" is two. */
        public List<String> patterns() {
            return List.of(path.replaceAll("[\\[\\]]", "").split(",\\s*"));
        }

        /** The expected outcome for an actor (a column of the header), or "" when the matrix has no such column. */
        public String cell(String actor) {
            int at = header.indexOf(actor);
            return at < 0 || at >= cells.size() ? "" : cells.get(at);
        }

        /**
         * The matrix's column of a signed-in staff member the route serves (or refuses only for its body), else one
         * it answers at all (a missing sample is 404 for everyone), else the client's.
         */
        public String servingColumn() {
            for (List<String> outcomes : List.of(List.of("ok", "invalid"), List.of("deny"))) {
                for (String column : STAFF_COLUMNS) {
                    if (outcomes.contains(cell(column))) {
                        return column;
                    }
                }
            }
            return "client";
        }

        /** The demo user name of {@link #servingColumn}, or null for the client. */
        public String servingStaff() {
            return STAFF.get(servingColumn());
        }

        /** The expected outcomes, one for each actor column in the header's order. */
        public List<String> expected() {
            return cells.subList(3, cells.size());
        }
    }

    public static List<Row> rows() {
        try {
            List<String> lines = new ClassPathResource("security/route-matrix.csv")
                    .getContentAsString(StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            List<String> header = cells(lines.get(0));
            return lines.stream().skip(1).map(RouteMatrix::cells)
                    .map(cells -> new Row(cells.get(0), cells.get(1), cells.get(2), header, cells)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
