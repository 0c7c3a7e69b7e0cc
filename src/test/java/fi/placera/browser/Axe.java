package fi.placera.browser;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, the script the axe-core Selenium artifact bundles, run in the page as that artifact's legacy mode runs it
 * ({@code axe.run} on the document, no frames), but asked for the violations alone and given back only what a
 * failure message shows. The artifact's own {@code AxeBuilder} took about 280 ms a page against 150 ms for the same
 * injection and run here: it serialises every result type, and parses them all again in Java, for each scan
 * (decision 0093).
 */
final class Axe {

    private static final String SOURCE = bundledScript();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(results => done(results.violations.map(rule => ({id: rule.id, impact: rule.impact,
                    help: rule.help, targets: rule.nodes.map(node => JSON.stringify(node.target))}))))
                .catch(failure => done('axe failed: ' + failure));""";

    private Axe() {
    }

    /** A rule the page breaks: its id, impact and help text, and the elements that break it. */
    record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return "- " + id + " (" + impact + "): " + help + " at " + String.join(", ", targets);
        }
    }

    /** The violations of the rules with these tags on the page the browser shows now. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(JavascriptExecutor page, List<String> tags) {
        page.executeScript(SOURCE);
        Object answer = page.executeAsyncScript(RUN, tags);
        if (!(answer instanceof List<?> rules)) {
            throw new IllegalStateException(String.valueOf(answer));
        }
        return rules.stream().map(rule -> (Map<String, Object>) rule)
                .map(rule -> new Violation(String.valueOf(rule.get("id")), String.valueOf(rule.get("impact")),
                        String.valueOf(rule.get("help")), (List<String>) rule.get("targets")))
                .toList();
    }

    /** The ids of the rules axe-core runs for these tags. */
    @SuppressWarnings("unchecked")
    static List<String> ruleIds(JavascriptExecutor page, List<String> tags) {
        page.executeScript(SOURCE);
        return (List<String>) page.executeScript("return axe.getRules(arguments[0]).map(rule => rule.ruleId);", tags);
    }

    /** The version of axe-core the scans inject. */
    static String version(JavascriptExecutor page) {
        page.executeScript(SOURCE);
        return String.valueOf(page.executeScript("return axe.version;"));
    }

    private static String bundledScript() {
        try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is missing from the axe-core Selenium artifact");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
