package fi.placera.identity.internal;

import fi.placera.audit.AccessAction;
import fi.placera.identity.PlaceraUser;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Security events as structured log events on the logger {@code placera.security} (ASVS V16, LG7):
 * one event per login success or failure, refused (throttled) login, denied request and CSRF failure.
 * Events name accounts by id, never by what was typed: a mistyped password in the user-name field
 * must not end up in the logs.
 */
@Component
public class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("placera.security");
    private final LoginThrottle throttle;

    SecurityEvents(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void loginSucceeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PlaceraUser user) {
            throttle.succeeded(user.getUsername(), address(event.getAuthentication()));
            log.atInfo().addKeyValue("event", "login_success").addKeyValue("account", user.accountId())
                    .log("security event login_success");
        }
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken typed) {
            // a password typed on the login page; a provider's refusal has no user name to throttle (decision 0071)
            throttle.failed(String.valueOf(typed.getPrincipal()), address(typed));
        }
        log.atWarn().addKeyValue("event", "login_failure")
                .addKeyValue("reason", event.getException().getClass().getSimpleName())
                .log("security event login_failure");
    }

    @EventListener
    void accessDenied(AuthorizationDeniedEvent<?> event) {
        log.atWarn().addKeyValue("event", "access_denied")
                .addKeyValue("account", accountOf(event.getAuthentication().get()))
                .log("security event access_denied");
    }

    /**
     * A refused change to a client's data or account (an invitation too), or a refused use of an emergency grant:
     * {@code reason} says which rule refused it, never whose data it was.
     */
    public void clientActionRefused(PlaceraUser user, AccessAction action, String reason) {
        log.atWarn().addKeyValue("event", "client_action_refused").addKeyValue("account", user.accountId())
                .addKeyValue("action", action).addKeyValue("reason", reason)
                .log("security event client_action_refused");
    }

    public void secondFactorSucceeded(PlaceraUser user) {
        log.atInfo().addKeyValue("event", "mfa_success").addKeyValue("account", user.accountId())
                .log("security event mfa_success");
    }

    public void secondFactorFailed(PlaceraUser user) {
        log.atWarn().addKeyValue("event", "mfa_failure").addKeyValue("account", user.accountId())
                .log("security event mfa_failure");
    }

    /** An administrator removed an account's second factor: the user enrols a new one at their next login. */
    void secondFactorReset(UUID accountId, UUID byAccountId) {
        log.atWarn().addKeyValue("event", "mfa_reset").addKeyValue("account", accountId)
                .addKeyValue("by", byAccountId).log("security event mfa_reset");
    }

    public void loginThrottled() {
        log.atWarn().addKeyValue("event", "login_throttled").log("security event login_throttled");
    }

    /** A form that arrived after its session had ended was not kept (never with its contents). */
    void keptInputRefused(String reason) {
        log.atWarn().addKeyValue("event", "kept_input_refused").addKeyValue("reason", reason)
                .log("security event kept_input_refused");
    }

    /** A kept form was another account's: deleted unseen (never with its contents). */
    void keptInputDiscarded(UUID signedIn) {
        log.atWarn().addKeyValue("event", "kept_input_discarded").addKeyValue("account", signedIn)
                .log("security event kept_input_discarded");
    }

    /**
     * A sign-in through an area's provider was refused after the provider's tokens were verified: {@code reason} is
     * the rule (no linkable account, an ambiguous claim, a disabled account, no multi-factor proof), never the claims.
     */
    void providerSignInRefused(short areaId, String reason, UUID accountId) {
        log.atWarn().addKeyValue("event", "provider_sign_in_refused").addKeyValue("area", areaId)
                .addKeyValue("reason", reason).addKeyValue("account", accountId)
                .log("security event provider_sign_in_refused");
    }

    /** A client's strong identification that opened nothing (decision 0077); never the identity code itself. */
    void clientSignInRefused(Short areaId, String reason) {
        log.atWarn().addKeyValue("event", "client_sign_in_refused").addKeyValue("area", areaId)
                .addKeyValue("reason", reason).log("security event client_sign_in_refused");
    }

    public void clientSignedIn(PlaceraUser user, String assurance) {
        log.atInfo().addKeyValue("event", "client_sign_in").addKeyValue("account", user.accountId())
                .addKeyValue("assurance", assurance).log("security event client_sign_in");
    }

    /** A sign-in through an area's provider that Spring Security refused (a token or state that did not verify). */
    public void providerSignInFailed(Short areaId, String errorCode) {
        log.atWarn().addKeyValue("event", "provider_sign_in_failure").addKeyValue("area", areaId)
                .addKeyValue("reason", errorCode).log("security event provider_sign_in_failure");
    }

    public void providerSignInSucceeded(PlaceraUser user, boolean mfaProven) {
        log.atInfo().addKeyValue("event", "provider_sign_in").addKeyValue("account", user.accountId())
                .addKeyValue("mfa", mfaProven).log("security event provider_sign_in");
    }

    /** The first sign-in through an area's provider linked the provider's subject to this account. */
    void providerSubjectLinked(short areaId, UUID accountId) {
        log.atInfo().addKeyValue("event", "provider_subject_linked").addKeyValue("area", areaId)
                .addKeyValue("account", accountId).log("security event provider_subject_linked");
    }

    public void csrfRejected(Authentication authentication) {
        log.atWarn().addKeyValue("event", "csrf_failure")
                .addKeyValue("account", accountOf(authentication))
                .log("security event csrf_failure");
    }

    private static Object accountOf(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PlaceraUser user
                ? user.accountId() : null;
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
    }
}
