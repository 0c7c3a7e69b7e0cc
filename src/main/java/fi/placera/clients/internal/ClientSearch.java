package fi.placera.clients.internal;

import fi.placera.clients.PersonalIdentityCode;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a coach typed into the client search, read once (decision 0058): a full, valid identity code matches only the
 * client with exactly that code; anything else matches names, each word found anywhere in the client's first or last
 * name regardless of case and accents (ä, å, ö, é…), or the team tracker's client reference exactly. The text is
 * compared in Java, never put into a LIKE pattern, so % _ and \ are only characters.
 */
public record ClientSearch(String text, Optional<PersonalIdentityCode> identityCode, List<String> words) {

    /** No name has more; a longer text matches nothing and is not looked up (a tracker reference has at most 100). */
    public static final int MAX_LENGTH = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    public static ClientSearch of(String typed) {
        String text = typed == null ? "" : typed.strip();
        Optional<PersonalIdentityCode> code = PersonalIdentityCode.parse(text.toUpperCase(Locale.ROOT));
        List<String> words = code.isPresent() || !searchable(text) ? List.of()
                : Arrays.stream(folded(text).split("\\s+")).filter(word -> !word.isEmpty()).toList();
        return new ClientSearch(text, code, words);
    }

    /** Nothing typed: every client of the list matches. */
    public boolean any() {
        return text.isEmpty();
    }

    /** The text to look up as a tracker's client reference, if it can be one. */
    public Optional<String> reference() {
        return identityCode.isEmpty() && searchable(text) ? Optional.of(text) : Optional.empty();
    }

    /** Whether the client matches by identity code or name; {@code referenced} are those whose reference matched. */
    public boolean matches(Client client, java.util.Set<UUID> referenced) {
        if (any() || referenced.contains(client.id())) {
            return true;
        }
        if (identityCode.isPresent()) {
            return identityCode.get().value().equals(client.identityCode());
        }
        String name = folded(client.firstName() + " " + client.lastName());
        return !words.isEmpty() && words.stream().allMatch(name::contains);
    }

    /** Lower case without accents: Mäkelä, MAKELA and mäkelä are the same, Åström and astrom too. */
    static String folded(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean searchable(String text) {
        return !text.isEmpty() && text.length() <= MAX_LENGTH && !CONTROL.matcher(text).find();
    }
}
