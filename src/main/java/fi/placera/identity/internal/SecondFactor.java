package fi.placera.identity.internal;

import fi.placera.identity.PlaceraUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The second login step as the pages use it: throttled, logged, single-use codes. */
@Service
public class SecondFactor {

    /** What became of a code the user entered. */
    public enum Outcome { ACCEPTED, WRONG, THROTTLED }

    private static final String THROTTLE_PREFIX = "mfa:";
    private final TotpAuthenticator totp;
    private final LoginThrottle throttle;
    private final SecurityEvents events;
    private final EmailCodes email;

    SecondFactor(TotpAuthenticator totp, LoginThrottle throttle, SecurityEvents events, EmailCodes email) {
        this.email = email;
        this.totp = totp;
        this.throttle = throttle;
        this.events = events;
    }

    /** Whether the user has a second factor: an authenticator app, or (clients) an e-mail address for codes. */
    public boolean isEnrolled(PlaceraUser user) {
        return totp.isEnrolled(user.accountId()) || email.isEnrolled(user.accountId());
    }

    /** Whether the user's second factor is an e-mailed code (and not an authenticator app). */
    public boolean usesEmail(PlaceraUser user) {
        return !totp.isEnrolled(user.accountId()) && email.isEnrolled(user.accountId());
    }

    /** Only clients may choose e-mailed codes; staff use an authenticator app. */
    public boolean mayUseEmail(PlaceraUser user) {
        return user.has(fi.placera.identity.Role.CLIENT);
    }

    /** Sends a login code to the user's enrolled address (rate-limited). */
    public EmailCodes.Sent sendEmailCode(PlaceraUser user, java.util.Locale locale) {
        return email.addressOf(user.accountId()).map(address -> email.send(user.accountId(), address, locale))
                .orElse(EmailCodes.Sent.TOO_MANY);
    }

    /** Sends a code to an address the client is enrolling (rate-limited). */
    public EmailCodes.Sent sendEnrolmentCode(PlaceraUser user, String address, java.util.Locale locale) {
        return email.send(user.accountId(), address, locale);
    }

    /** Checks an e-mailed login code, throttled and logged like any code. */
    public Outcome verifyEmail(PlaceraUser user, String code, String address) {
        return attempt(user, address, () -> email.verify(user.accountId(), code) ? Optional.of(List.of())
                : Optional.empty())
                .map(codes -> Outcome.ACCEPTED).orElseGet(() -> throttled(user, address) ? Outcome.THROTTLED : Outcome.WRONG);
    }

    /** Enrols the address if the code sent to it is proven. */
    public Outcome enrolEmail(PlaceraUser user, String emailAddress, String code, String address) {
        return attempt(user, address, () -> email.enrol(user.accountId(), emailAddress, code) ? Optional.of(List.of())
                : Optional.empty())
                .map(codes -> Outcome.ACCEPTED).orElseGet(() -> throttled(user, address) ? Outcome.THROTTLED : Outcome.WRONG);
    }

    public String newSecret() {
        return totp.newSecret();
    }

    public String qrCode(PlaceraUser user, String secret) {
        return totp.qrCode(user.getUsername(), secret);
    }

    public Outcome verify(PlaceraUser user, String code, String address) {
        return attempt(user, address, () -> totp.verify(user.accountId(), code) ? Optional.of(List.of()) : Optional.empty())
                .map(codes -> Outcome.ACCEPTED).orElseGet(() -> throttled(user, address) ? Outcome.THROTTLED : Outcome.WRONG);
    }

    /** Enrols the secret if the code proves the app has it; returns the recovery codes to show once. */
    public Optional<List<String>> enrol(PlaceraUser user, String secret, String code, String address) {
        return attempt(user, address, () -> totp.enrol(user.accountId(), secret, code));
    }

    public boolean throttled(PlaceraUser user, String address) {
        return throttle.lockedUntil(THROTTLE_PREFIX + user.getUsername(), address).isPresent();
    }

    private Optional<List<String>> attempt(PlaceraUser user, String address,
            java.util.function.Supplier<Optional<List<String>>> check) {
        if (throttled(user, address)) {
            events.loginThrottled();
            return Optional.empty();
        }
        Optional<List<String>> result = check.get();
        if (result.isPresent()) {
            throttle.succeeded(THROTTLE_PREFIX + user.getUsername(), address);
            events.secondFactorSucceeded(user);
        } else {
            throttle.codeFailed(THROTTLE_PREFIX + user.getUsername());
            events.secondFactorFailed(user);
        }
        return result;
    }
}
