package fi.placera.identity.web;

import fi.placera.identity.internal.AreaClientRegistrations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.stereotype.Component;

/**
 * The authorization request to an area's provider (decision 0071): always with PKCE (S256), whatever the registration
 * says. An address naming no area with a usable provider starts nothing and goes on like any other unknown page
 * (the login page for someone not signed in), instead of Spring Security's server error.
 */
@Component
class AreaAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    AreaAuthorizationRequests(AreaClientRegistrations registrations) {
        resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        try {
            return resolver.resolve(request);
        } catch (IllegalArgumentException unknownRegistration) {
            return null;
        }
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        try {
            return resolver.resolve(request, clientRegistrationId);
        } catch (IllegalArgumentException unknownRegistration) {
            return null;
        }
    }
}
