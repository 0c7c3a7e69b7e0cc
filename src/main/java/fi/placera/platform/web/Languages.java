package fi.placera.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Placera speaks: Finnish and Swedish (both official) and English. */
public final class Languages {

    public static final Locale FINNISH = Locale.forLanguageTag("fi");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> SUPPORTED = List.of(FINNISH, SWEDISH, ENGLISH);
    /** The language tags of {@link #SUPPORTED}: fi, sv, en. */
    public static final List<String> TAGS = SUPPORTED.stream().map(Locale::getLanguage).toList();

    private Languages() {
    }

    public static Optional<Locale> byTag(String tag) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(tag)).findFirst();
    }

    /** The browser's language when we speak it, otherwise Finnish. */
    public static Locale supportedOrDefault(Locale requested) {
        return requested == null ? FINNISH : byTag(requested.getLanguage()).orElse(FINNISH);
    }
}
