package fi.placera.identity.internal;

import java.util.Optional;

/**
 * An OpenID Connect provider of strong electronic identification through which clients sign in (decision 0077): the
 * national one (an application setting, no area) or an area's own. Where it is, who Placera is to it (the client id,
 * and where the secret is read from; never the secret itself) and which claim holds the personal identity code.
 */
public record ClientSignInProvider(Short areaId, String issuer, String clientId, String clientSecretRef,
        String identityCodeClaim, int version) {

    /** The prefix of every clients' registration id: {@code client-national} or {@code client-area-<area id>}. */
    public static final String REGISTRATION_PREFIX = "client-";
    static final String NATIONAL = REGISTRATION_PREFIX + "national";
    private static final String AREA = REGISTRATION_PREFIX + "area-";

    public String registrationId() {
        return areaId == null ? NATIONAL : AREA + areaId;
    }

    /** Whether the registration id is one of a clients' provider (else it may be a staff provider's). */
    public static boolean isClients(String registrationId) {
        return registrationId != null && registrationId.startsWith(REGISTRATION_PREFIX);
    }

    /** The area whose clients' registration this is, if the id names one. */
    static Optional<Short> areaOf(String registrationId) {
        if (registrationId == null || !registrationId.matches(AREA + "[0-9]{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Short.valueOf(registrationId.substring(AREA.length())));
    }
}
