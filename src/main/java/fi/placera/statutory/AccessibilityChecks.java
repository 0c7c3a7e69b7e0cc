package fi.placera.statutory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the build checks for accessibility, as {@code statutory/accessibility.json} says: the axe-core tags the browser
 * tests run on every page they visit, the rules those tags select (with the WCAG success criteria each one tests),
 * when the statement was last reviewed, and the content known not to be accessible. The browser tests and the
 * accessibility statement read this one file, so the statement cannot claim a check the build does not make.
 */
public record AccessibilityChecks(LocalDate reviewedOn, String standard, String axeVersion, List<String> axeTags,
        List<Rule> rules, List<KnownException> exceptions) {

    public static final String RESOURCE = "statutory/accessibility.json";

    /** One axe-core rule and the WCAG success criteria it tests (e.g. "1.4.3"). */
    public record Rule(String id, List<String> criteria) {
    }

    /** Content that is not (yet) accessible, with the criteria it fails and the reason in fi, sv and en. */
    public record KnownException(String id, List<String> criteria, String fi, String sv, String en) {

        public String text(String language) {
            return Map.of("fi", fi, "sv", sv, "en", en).getOrDefault(language, fi);
        }
    }

    public AccessibilityChecks {
        axeTags = List.copyOf(axeTags);
        rules = List.copyOf(rules);
        exceptions = List.copyOf(exceptions);
    }

    public static AccessibilityChecks load() {
        ObjectMapper json = JsonMapper.builderWithJackson2Defaults().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = AccessibilityChecks.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return json.readValue(in, AccessibilityChecks.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG success criteria the rules test, each once, in the standard's order (1.4.3 before 1.4.10). */
    public List<String> criteria() {
        return rules.stream().flatMap(rule -> rule.criteria().stream()).distinct()
                .sorted(Comparator.comparing(AccessibilityChecks::numbered, Arrays::compare)).toList();
    }

    public List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }

    private static int[] numbered(String criterion) {
        return Arrays.stream(criterion.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
