package fi.placera.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds SQL built by string concatenation or formatting: the argument of a JDBC call
 * ({@code sql(}, {@code query(}, {@code update(}, {@code execute(}, {@code prepareStatement(} …)
 * may contain string literals and text blocks, but no {@code +} and no {@code formatted}/{@code format}
 * outside them. Callbacks (lambdas) are not SQL and are skipped. A line marked {@code // sql-reviewed:} with a reason is allowed.
 */
final class SqlConcatenationScanner {

    private static final Pattern JDBC_CALL = Pattern.compile(
            "\\.(sql|query|queryForObject|queryForList|update|batchUpdate|execute|prepareStatement|addBatch)\\(");
    private static final String REVIEWED = "// sql-reviewed:";

    private SqlConcatenationScanner() {
    }

    static List<String> findIn(Path sources) throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                scan(file, Files.readString(file), findings);
            }
        }
        return findings;
    }

    static void scan(Path file, String source, List<String> findings) {
        Matcher call = JDBC_CALL.matcher(source);
        while (call.find()) {
            String argument = argumentAt(source, call.end());
            String code = withoutLiterals(argument);
            if (code.contains("->")) {
                continue; // a row mapper or callback, not the SQL text
            }
            if ((code.contains("+") || code.contains(".formatted(") || code.contains("String.format("))
                    && !reviewed(source, call.start())) {
                int line = source.substring(0, call.start()).split("\n", -1).length;
                findings.add(file + ":" + line);
            }
        }
    }

    /** The text from the opening parenthesis to its matching closing one, literals included. */
    private static String argumentAt(String source, int start) {
        int depth = 1;
        boolean inString = false;
        boolean inTextBlock = false;
        int i = start;
        for (; i < source.length() && depth > 0; i++) {
            if (source.startsWith("\"\"\"", i)) {
                inTextBlock = !inTextBlock;
                i += 2;
            } else if (!inTextBlock && source.charAt(i) == '"' && source.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && !inTextBlock) {
                depth += source.charAt(i) == '(' ? 1 : source.charAt(i) == ')' ? -1 : 0;
            }
        }
        return source.substring(start, i - 1);
    }

    private static String withoutLiterals(String code) {
        return code.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static boolean reviewed(String source, int position) {
        int lineStart = source.lastIndexOf('\n', position) + 1;
        int previousLineStart = source.lastIndexOf('\n', Math.max(lineStart - 2, 0)) + 1;
        return source.substring(previousLineStart, position).contains(REVIEWED);
    }
}
