package fi.placera.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "(valinnainen)", "(frivilligt)" and "(optional)" tell a person filling in a form that a field may stay empty; they
 * belong to the field's label and never to a stored value shown on a page ("Päätökset (valinnainen): …"). A message
 * with such a marker may be used only on a template line that labels a field: a {@code <label>}, a {@code <legend>} or
 * a call of the field fragments.
 */
class OptionalMarkersTest {

    private static final Pattern MARKER = Pattern.compile("\\((valinnainen|frivilligt|optional)\\)");
    private static final Pattern MESSAGE = Pattern.compile("#\\{([a-z0-9.\\-]+)");
    private static final Pattern LABELLING = Pattern.compile("<label|<legend|fragments/fields ::");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void aMessageMarkedOptionalLabelsAFieldAndIsNeverShownWithAValue() throws IOException {
        Set<String> marked = markedKeys();
        assertThat(marked).as("messages marked optional").hasSizeGreaterThan(20);
        List<String> misused = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(file -> file.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
                for (int number = 0; number < lines.size(); number++) {
                    String line = lines.get(number);
                    Matcher message = MESSAGE.matcher(line);
                    while (message.find()) {
                        if (marked.contains(message.group(1)) && !LABELLING.matcher(line).find()) {
                            misused.add(TEMPLATES.relativize(template) + ":" + (number + 1) + " " + message.group(1));
                        }
                    }
                }
            }
        }
        assertThat(misused).as("a message marked optional shown outside a field's label").isEmpty();
    }

    private static Set<String> markedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String language : Languages.TAGS) {
            Properties messages = new Properties();
            try (InputStream in = OptionalMarkersTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            messages.stringPropertyNames().stream().filter(key -> MARKER.matcher(messages.getProperty(key)).find())
                    .forEach(keys::add);
        }
        return keys;
    }
}
