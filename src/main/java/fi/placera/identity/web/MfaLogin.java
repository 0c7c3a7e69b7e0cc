package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.internal.AccountRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The two steps of a staff login. After the password the session holds only {@value #PENDING}, which
 * opens nothing but the second-factor pages; after the code it holds the user's roles (ASVS 6.3.3).
 */
@Component
public class MfaLogin {

    public static final String PENDING = "MFA_PENDING";
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AccountRepository accounts;

    MfaLogin(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The user who has given their password and still owes the second factor. */
    public static Optional<PlaceraUser> pendingUser(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PlaceraUser user
                && authentication.getAuthorities().contains(new SimpleGrantedAuthority(PENDING))) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    void passwordVerified(PlaceraUser user, HttpServletRequest request, HttpServletResponse response) {
        store(new UsernamePasswordAuthenticationToken(user, null, List.of(new SimpleGrantedAuthority(PENDING))),
                request, response);
    }

    /**
     * Grants the user's roles; a new session id, so nothing from the half-logged-in session carries over. A user
     * whose password an administrator set must replace it before anything else.
     */
    public void secondFactorVerified(PlaceraUser user, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
        if (accounts.passwordChangeRequired(user.accountId())) {
            request.getSession().setAttribute(AdministrationWebConfiguration.PASSWORD_CHANGE_DUE, true);
        }
    }

    /**
     * The area's provider proved the person and their multi-factor authentication (decision 0071): the account's roles,
     * on a new session id. The password an administrator may have set is not used on this way in, so it is not asked.
     */
    void providerVerified(PlaceraUser user, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
    }

    /** Whether the signed-in user still owes a password of their own. */
    public static boolean passwordChangeDue(HttpSession session) {
        return session.getAttribute(AdministrationWebConfiguration.PASSWORD_CHANGE_DUE) != null;
    }

    /** The user chose their own password: the pages open again. */
    public static void passwordChanged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(AdministrationWebConfiguration.PASSWORD_CHANGE_DUE);
        }
    }

    private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
