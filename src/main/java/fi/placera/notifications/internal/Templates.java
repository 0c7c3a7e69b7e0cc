package fi.placera.notifications.internal;

import fi.placera.notifications.Notifications.Kind;
import fi.placera.platform.web.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of each kind of message from the message bundles ({@code notify.<kind>.subject}, {@code .body}), rendered
 * at send time. A message to staff, whose language Placera does not know, is written in fi, sv and en.
 */
@Component
class Templates {

    private final MessageSource messages;
    private final String linkBase;

    Templates(MessageSource messages, @Value("${placera.notifications.link-base:http://localhost:8080}") String linkBase) {
        this.messages = messages;
        this.linkBase = linkBase.replaceAll("/+$", "");
    }

    record Text(String subject, String body) {
    }

    Text render(Kind kind, Optional<Locale> language, List<String> arguments) {
        List<Locale> languages = language.map(List::of).orElse(Languages.SUPPORTED);
        String key = "notify." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Object[] args = arguments.toArray();
        if (kind.linksToPlacera()) {
            args[0] = linkBase + args[0];
        }
        return new Text(
                languages.stream().map(in -> messages.getMessage(key + ".subject", args, in))
                        .collect(Collectors.joining(" / ")),
                languages.stream().map(in -> messages.getMessage(key + ".body", args, in))
                        .collect(Collectors.joining("\n\n")));
    }
}
