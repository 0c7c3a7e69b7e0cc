package fi.placera.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.identity.Role;
import fi.placera.organisation.CollaborationModel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Finnish, Swedish and English, and every key a template names exists. */
class MessageBundlesTest {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** #{literal.key} or #{literal.key(args)} in a template; keys built with + or ${} are dynamic. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void theThreeBundlesHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        Set<String> all = new TreeSet<>();
        Map<String, Properties> bundles = Map.of("fi", bundle("fi"), "sv", bundle("sv"), "en", bundle("en"));
        bundles.values().forEach(bundle -> all.addAll(bundle.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (String key : all) {
                String text = bundles.get(language).getProperty(key);
                if (text == null || text.isBlank()) {
                    problems.add(language + ": " + key);
                }
            }
        }
        assertThat(problems).as("missing or empty texts").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties finnish = bundle("fi");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    if (!finnish.containsKey(key.group(1))) {
                        missing.add(template.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRoleModelAndKindOfInformationHasAName() throws IOException {
        for (String language : LANGUAGES) {
            Properties bundle = bundle(language);
            for (Role role : Role.values()) {
                assertThat(bundle).as(language).containsKey(role.messageKey());
            }
            for (CollaborationModel model : CollaborationModel.values()) {
                assertThat(bundle).as(language).containsKey("organisation.model." + model.name());
            }
        }
    }

    @Test
    void theCheckFindsAMissingKey() {
        Matcher key = LITERAL_KEY.matcher("<p th:text=\"#{no.such.key}\"></p><p th:text=\"#{'role.' + ${r}}\"></p>");
        assertThat(key.find()).isTrue();
        assertThat(key.group(1)).isEqualTo("no.such.key");
        assertThat(key.find()).isFalse();
    }
}
