package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.internal.AccountRepository;
import fi.placera.identity.internal.AreaClientRegistrations;
import fi.placera.identity.internal.ClientIdentification.IdentifiedClient;
import fi.placera.identity.internal.ProviderSignIn.ProviderUser;
import fi.placera.identity.internal.SecondFactor;
import fi.placera.identity.internal.SecurityEvents;
import fi.placera.identity.internal.SignInProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The web steps of a sign-in through an area's provider (decision 0071): after the provider's tokens verified and
 * {@link fi.placera.identity.internal.ProviderSignIn} found the account, the session gets the account's roles (the
 * provider proved MFA) or only the pending state that Placera's second factor completes; a refusal is sent back to
 * the login page with its reason. Logging out of a session that began at a provider also ends the provider's session
 * (OpenID Connect RP-initiated logout with the ID token as hint).
 */
@Component
class ProviderLogin implements LogoutHandler, LogoutSuccessHandler {

    /** The reasons the login page explains; any other failure is the generic one. */
    static final Set<String> EXPLAINED = Set.of("unlinked", "ambiguous", "account_disabled", "no_mfa", "not_a_client");
    /** The level of assurance (acr) of a client's strong identification, kept in the session (decision 0077). */
    static final String ASSURANCE = ProviderLogin.class.getName() + ".assurance";
    private static final String SIGNED_IN_THROUGH = ProviderLogin.class.getName() + ".provider";
    private final AccountRepository accounts;
    private final MfaLogin mfaLogin;
    private final SecondFactor secondFactor;
    private final SecurityEvents events;
    private final OidcClientInitiatedLogoutSuccessHandler providerLogout;
    private final SimpleUrlLogoutSuccessHandler placeraLogout = new SimpleUrlLogoutSuccessHandler();

    ProviderLogin(AccountRepository accounts, MfaLogin mfaLogin, SecondFactor secondFactor, SecurityEvents events,
            AreaClientRegistrations registrations) {
        this.accounts = accounts;
        this.mfaLogin = mfaLogin;
        this.secondFactor = secondFactor;
        this.events = events;
        this.providerLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        providerLogout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        providerLogout.setDefaultTargetUrl("/login?logout");
        placeraLogout.setDefaultTargetUrl("/login?logout");
    }

    void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication.getPrincipal() instanceof IdentifiedClient client) {
            clientIdentified(client, request, response, authentication);
            return;
        }
        ProviderUser signedIn = (ProviderUser) authentication.getPrincipal();
        PlaceraUser user = accounts.findByUsername(signedIn.username()).orElseThrow();
        user.eraseCredentials();
        String path;
        if (signedIn.mfaProven()) {
            mfaLogin.providerVerified(user, request, response);
            path = "/";
        } else {
            mfaLogin.passwordVerified(user, request, response);
            path = secondFactor.isEnrolled(user) ? "/mfa" : "/mfa/enrol";
        }
        events.providerSignInSucceeded(user, signedIn.mfaProven());
        keepProviderSession(request, authentication, signedIn.getIdToken());
        response.sendRedirect(request.getContextPath() + path);
    }

    /** Strong identification is two-factor already: the client's role at once, and their own pages. */
    private void clientIdentified(IdentifiedClient client, HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        PlaceraUser user = accounts.findByUsername(client.username()).orElseThrow();
        user.eraseCredentials();
        mfaLogin.providerVerified(user, request, response);
        events.clientSignedIn(user, client.assurance());
        keepProviderSession(request, authentication, client.getIdToken());
        if (client.assurance() != null) {
            request.getSession().setAttribute(ASSURANCE, client.assurance());
        }
        response.sendRedirect(request.getContextPath() + "/me");
    }

    private static void keepProviderSession(HttpServletRequest request, Authentication authentication,
            OidcIdToken idToken) {
        request.getSession().setAttribute(SIGNED_IN_THROUGH, new ProviderSession(
                ((OAuth2AuthenticationToken) authentication).getAuthorizedClientRegistrationId(), idToken));
    }

    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String code = failure instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError().getErrorCode() : "";
        String reason = code.startsWith("placera_") ? code.substring("placera_".length()) : "failed";
        if (!code.startsWith("placera_")) {
            // the Placera refusals were logged where they were decided; these are Spring Security's own
            events.providerSignInFailed(areaOf(request), code.matches("[a-z_]{1,40}") ? code : "other");
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + (EXPLAINED.contains(reason) ? reason : "failed"));
    }

    /** Before the session ends: keeps what the provider's logout needs for the step after it. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_THROUGH) != null) {
            request.setAttribute(SIGNED_IN_THROUGH, session.getAttribute(SIGNED_IN_THROUGH));
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        if (!(request.getAttribute(SIGNED_IN_THROUGH) instanceof ProviderSession provider)) {
            placeraLogout.onLogoutSuccess(request, response, authentication);
            return;
        }
        DefaultOidcUser user = new DefaultOidcUser(List.of(), provider.idToken());
        providerLogout.onLogoutSuccess(request, response,
                new OAuth2AuthenticationToken(user, List.of(), provider.registrationId()));
    }

    /** The area of the callback address (/login/oauth2/code/area-<id>), which anyone may call with anything. */
    private static Short areaOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        return SignInProvider.areaOf(path.substring(path.lastIndexOf('/') + 1)).orElse(null);
    }

    /** The provider a session began at, and its ID token, the hint for the provider's logout. */
    record ProviderSession(String registrationId, OidcIdToken idToken) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
