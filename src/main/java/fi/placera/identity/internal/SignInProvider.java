package fi.placera.identity.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A welfare area's OpenID Connect provider for staff sign-in (decision 0071): where it is, who Placera is to it (the
 * client id, and where the secret is read from; the secret itself is never stored), which claim finds the Placera
 * account at the first sign-in, which claim values prove multi-factor authentication and what happens without them.
 */
public record SignInProvider(short areaId, String issuer, String clientId, String clientSecretRef, String linkClaim,
        LinkTo linkTo, String mfaClaim, String mfaValues, WithoutMfa withoutMfa, int version) {

    /** The prefix of every area's registration id; the rest is the area's id. */
    public static final String REGISTRATION_PREFIX = "area-";

    /** What the link claim is compared with: the staff member's work e-mail (case-insensitively) or the user name. */
    public enum LinkTo { EMAIL, USERNAME }

    /** A sign-in that does not prove multi-factor authentication: refused, or Placera's own second factor on top. */
    public enum WithoutMfa { REFUSE, ASK_TOTP }

    public String registrationId() {
        return REGISTRATION_PREFIX + areaId;
    }

    /** The area whose registration this is, if the id names one. */
    public static Optional<Short> areaOf(String registrationId) {
        if (registrationId == null || !registrationId.matches(REGISTRATION_PREFIX + "[0-9]{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Short.valueOf(registrationId.substring(REGISTRATION_PREFIX.length())));
    }

    /**
     * Whether the provider's claims prove multi-factor authentication: the MFA claim holds (or is, for a single-valued
     * claim such as {@code acr}) one of the accepted values. A missing claim proves nothing.
     */
    public boolean provesMfa(Map<String, Object> claims) {
        List<String> accepted = Arrays.asList(mfaValues.trim().split("\\s+"));
        Object value = claims.get(mfaClaim);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).anyMatch(accepted::contains);
        }
        return value != null && accepted.contains(String.valueOf(value));
    }
}
