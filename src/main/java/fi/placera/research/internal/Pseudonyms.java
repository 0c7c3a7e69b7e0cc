package fi.placera.research.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A study's pseudonyms and date shifts, both keyed by the study's secret key. The pseudonym of a client is
 * HMAC-SHA-256(key, "placera-research:" + identity), where identity is the client's personal identity code when
 * recorded (so the same person in two areas is one pseudonym) and "client:" + the client's id otherwise; it is the
 * first {@value #PSEUDONYM_BYTES} bytes of the MAC as {@value #PSEUDONYM_LENGTH} lower-case base-32 characters
 * (80 bits). The date shift of a person is taken from another MAC of the same identity: −182…+182 days. Nothing maps
 * a pseudonym back: the key is needed and the mapping is one way.
 */
public final class Pseudonyms {

    static final int PSEUDONYM_BYTES = 10;
    static final int PSEUDONYM_LENGTH = 16;
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final Mac mac;

    public Pseudonyms(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identity a pseudonym is computed from. */
    public static String identity(UUID clientId, String identityCode) {
        return identityCode != null ? "hetu:" + identityCode.toUpperCase(java.util.Locale.ROOT) : "client:" + clientId;
    }

    public String pseudonym(String identity) {
        byte[] digest = mac.doFinal(("placera-research:" + identity).getBytes(StandardCharsets.UTF_8));
        return base32(digest, PSEUDONYM_BYTES);
    }

    /** The person's date shift in days, −182…+182. */
    public int shiftDays(String identity) {
        byte[] digest = mac.doFinal(("placera-research-shift:" + identity).getBytes(StandardCharsets.UTF_8));
        int value = ((digest[0] & 0xff) << 8) | (digest[1] & 0xff);
        return value % 365 - 182;
    }

    /** The date as a study shows it: shifted by the person's offset, or reduced to the first day of its month. */
    public static LocalDate protect(LocalDate day, boolean shift, int shiftDays) {
        if (day == null) {
            return null;
        }
        return shift ? day.plusDays(shiftDays) : day.withDayOfMonth(1);
    }

    static String base32(byte[] bytes, int count) {
        StringBuilder out = new StringBuilder(count * 8 / 5);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < count; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
