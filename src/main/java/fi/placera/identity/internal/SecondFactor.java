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

    SecondFactor(TotpAuthenticator totp, LoginThrottle throttle, SecurityEvents events) {
        this.totp = totp;
        this.throttle = throttle;
        this.events = events;
    }

    public boolean isEnrolled(PlaceraUser user) {
        return totp.isEnrolled(user.accountId());
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
            throttle.failed(THROTTLE_PREFIX + user.getUsername(), address);
            events.secondFactorFailed(user);
        }
        return result;
    }
}
