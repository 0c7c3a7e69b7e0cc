package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the API caller is signed in as, and the CSRF token that every changing request (POST, PUT) must send
 * back in the named header — the API runs in the signed-in user's session, second factor included.
 */
@RestController
@Tag(name = "Session")
class ApiSessionController {

    /** {@code assurance}: the level of assurance (acr) of a client's strong identification; null otherwise. */
    record SessionView(String username, String displayName, Set<Role> roles, String csrfHeader, String csrfToken,
            String assurance) {
    }

    @GetMapping("/api/v1/session")
    @Operation(summary = "The signed-in user and the CSRF header and token for changing requests")
    SessionView session(@AuthenticationPrincipal PlaceraUser user, CsrfToken csrf, HttpSession session) {
        return new SessionView(user.getUsername(), user.getDisplayName(), user.roles(), csrf.getHeaderName(),
                csrf.getToken(), (String) session.getAttribute(ProviderLogin.ASSURANCE));
    }
}
