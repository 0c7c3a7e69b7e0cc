package fi.placera.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Duration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo accounts (admin, teamleader, coach1..3, careteam, manager, evaluator) for tests: MockMvc
 * requests as a fully logged-in user, and codes from the demo authenticator secret for real logins.
 */
@Component
public class DemoUsers {

    /** The password of every demo account. */
    public static final String PASSWORD = "demo-kahvi-2026";
    /** The TOTP secret of every demo account. */
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";

    private final UserDetailsService users;
    private final MutableClock clock;

    DemoUsers(UserDetailsService users, MutableClock clock) {
        this.users = users;
        this.clock = clock;
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    /** Moves the clock to a fresh 30-second step (codes are single-use) and returns that step's code. */
    public String nextTotpCode() {
        clock.advance(Duration.ofSeconds(30));
        return codeAt(clock.instant().getEpochSecond() / 30);
    }

    public String codeAt(long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(TOTP_SECRET, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public MutableClock clock() {
        return clock;
    }
}
