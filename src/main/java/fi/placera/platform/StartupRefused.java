package fi.placera.platform;

/**
 * Placera refuses to start in this configuration (benchmark switches on real data, demo credentials outside a
 * demo): start-up stops, and the message says why and what to do. It names no secret.
 */
public class StartupRefused extends RuntimeException {

    private final String action;

    public StartupRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
