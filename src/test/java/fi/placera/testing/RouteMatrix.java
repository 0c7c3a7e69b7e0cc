package fi.placera.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The rows of src/test/resources/security/route-matrix.csv, its columns found by their header's names. */
public final class RouteMatrix {

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
