package fi.placera.testing;

import java.util.Random;

/**
 * Seeded random mutations of valid input for the fuzz tests (IN2, decision 0046; Jazzer is not in this build's
 * registry): deterministic for a seed, so that a failure repeats.
 */
public final class Mutations {

    /** Characters that parsers trip on: NUL, line ends, quotes, separators, formula starts, surrogates, bidi. */
    private static final String ODD = "\u0000\r\n\t\"',;+-AY\u00e4\u00c5\u200b\ud800\udfff\u202e=@0123456789{}[]:";

    private Mutations() {
    }

    /** One to four mutations of the seed: a character replaced, inserted, deleted, or a stretch doubled. */
    public static String of(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        for (int m = 1 + random.nextInt(4); m > 0; m--) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            char odd = ODD.charAt(random.nextInt(ODD.length()));
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (!text.isEmpty()) {
                        text.setCharAt(at, odd);
                    }
                }
                case 1 -> text.insert(at, odd);
                case 2 -> {
                    if (!text.isEmpty()) {
                        text.deleteCharAt(at);
                    }
                }
                default -> text.insert(at, text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(8))));
            }
        }
        return text.toString();
    }

    /** The text with everything but printable ASCII as \\uXXXX, for a failure message. */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 32 || c > 126 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
