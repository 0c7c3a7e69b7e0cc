package fi.placera.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Logs MockMvc requests in as one of the demo accounts (admin, teamleader, coach1..3, careteam,
 * manager, evaluator), loaded exactly as the login form would load them.
 */
@Component
public class DemoUsers {

    /** The password of every demo account. */
    public static final String PASSWORD = "demo-kahvi-2026";

    private final UserDetailsService users;

    DemoUsers(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }
}
