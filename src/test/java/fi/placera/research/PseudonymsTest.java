package fi.placera.research;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.research.internal.Pseudonyms;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final byte[] KEY_A = "a-study-key-of-at-least-32-bytes-long!!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_B = "another-study-key-of-32-bytes-or-more!!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theSamePersonIsTheSamePseudonymUnderOneKeyAndDifferentUnderAnother() {
        String person = Pseudonyms.identity(UUID.randomUUID(), "131052-308T");
        String a = new Pseudonyms(KEY_A).pseudonym(person);
        assertThat(new Pseudonyms(KEY_A).pseudonym(person)).isEqualTo(a);
        assertThat(new Pseudonyms(KEY_B).pseudonym(person)).isNotEqualTo(a);
        assertThat(a).hasSize(16).matches("[a-z2-7]{16}");
        // the identity code decides, not the client record: the same person in two areas is one pseudonym
        assertThat(new Pseudonyms(KEY_A).pseudonym(Pseudonyms.identity(UUID.randomUUID(), "131052-308t")))
                .isEqualTo(a);
    }

    @Test
    void aKnownValueKeepsTheDefinitionFixed() {
        // HMAC-SHA-256(key, "placera-research:hetu:131052-308T"), first 10 bytes in base 32 (RFC 4648, lower case)
        assertThat(new Pseudonyms(KEY_A).pseudonym("hetu:131052-308T")).isEqualTo(expected());
    }

    private static String expected() {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(KEY_A, "HmacSHA256"));
            byte[] digest = mac.doFinal("placera-research:hetu:131052-308T".getBytes(StandardCharsets.UTF_8));
            byte[] first = java.util.Arrays.copyOf(digest, 10);
            // 80 bits are exactly 16 base-32 digits: read them as one number, most significant digit first
            String digits = new java.math.BigInteger(1, first).toString(32);
            digits = "0".repeat(16 - digits.length()) + digits;
            StringBuilder out = new StringBuilder();
            for (char digit : digits.toCharArray()) {
                out.append("abcdefghijklmnopqrstuvwxyz234567".charAt(Character.digit(digit, 32)));
            }
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pseudonymsOfManyPeopleDoNotCollideAndShiftsStayWithinHalfAYear() {
        Pseudonyms pseudonyms = new Pseudonyms(KEY_A);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String person = Pseudonyms.identity(UUID.randomUUID(), null);
            assertThat(seen.add(pseudonyms.pseudonym(person))).isTrue();
            assertThat(pseudonyms.shiftDays(person)).isBetween(-182, 182);
            assertThat(pseudonyms.shiftDays(person)).isEqualTo(pseudonyms.shiftDays(person));
        }
    }

    @Test
    void datesAreShiftedByThePersonsOffsetOrReducedToTheirMonth() {
        LocalDate day = LocalDate.of(2026, 5, 17);
        assertThat(Pseudonyms.protect(day, true, -20)).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(Pseudonyms.protect(day, false, -20)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(Pseudonyms.protect(null, true, 3)).isNull();
    }
}
