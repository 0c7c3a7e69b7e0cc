package fi.placera.identity.internal;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Password rules of ASVS 5.0 (V6.2): at least 8 and up to 256 characters, any characters, no
 * composition rules; refused when it is one of the 30,000 most common passwords (the list zxcvbn
 * ships) or is little more than a word from the context (Placera, IPS, the user's own names).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;
    private static final List<String> CONTEXT_WORDS = List.of("placera", "ips", "salasana", "lösenord", "password",
            "työhönvalmentaja", "arbetstränare", "valmentaja", "coach", "hyvinvointialue", "välfärdsområde");
    /** What is left of a password once the context words are taken out must be this long. */
    private static final int MIN_OWN_PART = 4;

    private final Set<String> common = commonPasswords();

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public Optional<String> problemWith(String password, Collection<String> personalWords) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("password.common");
        }
        if (mostlyContext(lower, personalWords)) {
            return Optional.of("password.context");
        }
        return Optional.empty();
    }

    private static boolean mostlyContext(String password, Collection<String> personalWords) {
        String rest = password;
        boolean found = false;
        for (String word : Stream.concat(CONTEXT_WORDS.stream(), personalWords.stream().map(w -> w.toLowerCase(Locale.ROOT)))
                .filter(w -> w.length() >= 3).toList()) {
            if (rest.contains(word)) {
                found = true;
                rest = rest.replace(word, "");
            }
        }
        return found && rest.replaceAll("[^\\p{L}]", "").length() < MIN_OWN_PART;
    }

    private static Set<String> commonPasswords() {
        try {
            Dictionary passwords = StandardDictionaries.PASSWORDS_LOADER.load();
            return passwords.getFrequencies().stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("the common-password list ships inside zxcvbn and must load", e);
        }
    }
}
