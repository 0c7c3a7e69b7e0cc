package fi.placera.identity.web;

import fi.placera.identity.CallingSystem;
import fi.placera.identity.internal.Integrations;
import fi.placera.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Systems calling {@code /api/v1} with an OAuth2 client-credentials token of their area's provider (decision 0077).
 * Spring Security's resource server verifies the token: only an issuer that is an area's provider is trusted, its keys
 * and issuer from its discovery document, signature and expiry checked. The token's client must be a system the
 * area's administrator registered; it gets only the scopes both the token and the registration name, and reads only;
 * every other request with a bearer token is refused. A request without one goes on to the sign-in chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class IntegrationSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain integrationCalls(HttpSecurity http, Integrations integrations, Problems problems)
            throws Exception {
        http.securityMatcher(IntegrationSecurity::bearerApiCall)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/outcomes")
                                .hasAuthority("SCOPE_" + CallingSystem.OUTCOMES_READ)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resource -> resource
                        .authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(
                                new TrustedIssuers(integrations)))
                        .authenticationEntryPoint((request, response, failed) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN)))
                // no cookie and no session: the token in each request is the only credential, so no CSRF to forge
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    private static boolean bearerApiCall(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/")
                && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length());
    }

    /** An authentication manager per trusted issuer, built once from its discovery document; none for the others. */
    private static final class TrustedIssuers implements AuthenticationManagerResolver<String> {

        private final Integrations integrations;
        private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

        TrustedIssuers(Integrations integrations) {
            this.integrations = integrations;
        }

        @Override
        public AuthenticationManager resolve(String issuer) {
            if (!integrations.trusted(issuer)) {
                return null;
            }
            return managers.computeIfAbsent(issuer, this::manager);
        }

        private AuthenticationManager manager(String issuer) {
            JwtAuthenticationProvider provider;
            try {
                provider = new JwtAuthenticationProvider(JwtDecoders.fromIssuerLocation(issuer));
            } catch (RuntimeException unreachable) {
                // the provider is down or misconfigured: its systems' calls are refused until it answers
                throw new InvalidBearerTokenException("the issuer's keys cannot be read");
            }
            provider.setJwtAuthenticationConverter(this::systemOf);
            return provider::authenticate;
        }

        /** The registered system of the token's client, with the scopes both grant; an unknown client is refused. */
        private SystemAuthentication systemOf(Jwt jwt) {
            String clientId = jwt.hasClaim("client_id") ? jwt.getClaimAsString("client_id") : jwt.getSubject();
            List<CallingSystem> systems = integrations.registered(String.valueOf(jwt.getIssuer()), clientId);
            if (systems.size() != 1) {
                throw new InvalidBearerTokenException("not a registered system");
            }
            CallingSystem system = systems.get(0);
            Collection<String> granted = jwt.getClaim("scope") instanceof String spaced ? List.of(spaced.split(" "))
                    : jwt.hasClaim("scope") ? jwt.getClaimAsStringList("scope") : List.of();
            List<GrantedAuthority> authorities = granted.stream().filter(system.scopes()::contains)
                    .map(scope -> (GrantedAuthority) new SimpleGrantedAuthority("SCOPE_" + scope)).toList();
            return new SystemAuthentication(system, jwt, authorities);
        }
    }

    /** A verified call of a registered system: the system is the principal. */
    static final class SystemAuthentication extends AbstractAuthenticationToken {

        @Serial
        private static final long serialVersionUID = 1L;
        private final CallingSystem system;
        private final transient Jwt token;

        SystemAuthentication(CallingSystem system, Jwt token, Collection<GrantedAuthority> authorities) {
            super(authorities);
            this.system = system;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public CallingSystem getPrincipal() {
            return system;
        }
    }
}
