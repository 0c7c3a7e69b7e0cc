package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.identity.internal.ClientIdentification;
import fi.placera.identity.internal.LoginThrottle;
import fi.placera.identity.internal.ProviderSignIn;
import fi.placera.identity.internal.SecondFactor;
import fi.placera.identity.internal.SecurityEvents;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.ApplicationEventPublisher;
import fi.placera.platform.web.Problems;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import fi.placera.platform.web.SecurityHeaders;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: deny by default, form login or an area's OpenID Connect provider, CSRF on every form, session fixation protection
 * and the security headers every response carries.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Every role but the client's own. */
    private static final String[] STAFF_ROLES = Arrays.stream(Role.values()).filter(role -> role != Role.CLIENT)
            .map(Role::name).toArray(String[]::new);
    /** The benchmark's switch of the read log on the management port (audit's BenchmarkReadLogEndpoint). */
    private static final RequestMatcher BENCHMARK_READ_LOG = EndpointRequest.to("benchmarkreadlog");

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, LoginThrottle throttle, SecurityEvents events,
            MfaLogin mfaLogin, SecondFactor secondFactor, Clock clock, Problems problems, KeptInputFlow keptInput,
            ProviderSignIn providerSignIn, ClientIdentification clientIdentification, ProviderLogin providerLogin,
            AreaAuthorizationRequests authorizationRequests)
            throws Exception {
        InvalidSessionStrategy sessionEnded = sessionEnded(problems, keptInput);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        // a one-time questionnaire link: no login, the unguessable token in the path is the only key
                        .requestMatchers("/q/*").permitAll()
                        // a client's one-time invitation link: the token is the only credential (0018)
                        .requestMatchers("/invite/*").permitAll()
                        // an administrator's one-time setup link from create-admin: the token is the only credential
                        .requestMatchers("/setup/*").permitAll()
                        // the statutory pages are for everyone, signed in or not (Act 306/2019, GDPR art. 13-14, 0043);
                        // anyone may send accessibility feedback, which only the area's administrators read
                        .requestMatchers(HttpMethod.GET, "/accessibility", "/accessibility/*", "/privacy", "/privacy/*",
                                "/help", "/help/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/accessibility/*/feedback").permitAll()
                        // only exposed on the management port, which listens on loopback
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, PrometheusScrapeEndpoint.class)).permitAll()
                        // the benchmark's switch of the read log: a bean only in the benchmark profile (on a generated
                        // database), and shown on the management port only when the harness asks
                        .requestMatchers(BENCHMARK_READ_LOG).permitAll()
                        .requestMatchers("/mfa/**", "/mfa").hasAuthority(MfaLogin.PENDING)
                        // areas and the national instruments are the national administrators' (issue 21)
                        .requestMatchers("/admin/areas", "/admin/areas/**").hasAuthority(PlaceraUser.NATIONAL_ADMIN)
                        .requestMatchers(HttpMethod.POST, "/admin/instruments").hasAuthority(PlaceraUser.NATIONAL_ADMIN)
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        // the client's own pages: clients only, never staff; the client is the signed-in one
                        .requestMatchers("/me", "/me/**").hasRole("CLIENT")
                        // pages every signed-in person has: the start page, their own password, the API session
                        .requestMatchers("/", "/account/password", "/api/v1/session")
                                .hasAnyRole(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new))
                        // the area's queue of rights requests (GDPR art. 15-18), for its designated staff
                        .requestMatchers("/rights-requests", "/rights-requests/**").hasRole("TEAM_LEADER")
                        // the caseload and registering clients; a single record is decided per client
                        .requestMatchers(HttpMethod.GET, "/clients", "/clients/new", "/week", "/week/appointments.ics")
                                .hasAnyRole("COACH", "TEAM_LEADER")
                        .requestMatchers(HttpMethod.POST, "/clients").hasAnyRole("COACH", "TEAM_LEADER")
                        // the IPS team's own working time (fidelity S2, V13)
                        .requestMatchers("/time").hasAnyRole("COACH", "TEAM_LEADER")
                        // staff outside the IPS team read what consents allow; only the team records
                        .requestMatchers(HttpMethod.POST, "/clients/*/emergency").hasAnyRole(STAFF_ROLES)
                        .requestMatchers(HttpMethod.POST, "/clients/**").hasAnyRole("COACH", "TEAM_LEADER")
                        .requestMatchers("/clients/**").hasAnyRole(STAFF_ROLES)
                        // the REST API: the same rules as the pages
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/clients").hasAnyRole("COACH", "TEAM_LEADER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/clients").hasAnyRole("COACH", "TEAM_LEADER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/clients/**").hasAnyRole(STAFF_ROLES)
                        .requestMatchers("/api/v1/clients/**").hasAnyRole("COACH", "TEAM_LEADER")
                        .requestMatchers("/api/v1/employers", "/api/v1/employers/**").hasAnyRole("COACH", "TEAM_LEADER")
                        .requestMatchers("/team/**").hasRole("TEAM_LEADER")
                        // the care team's workspace and its side of the weekly meeting (decision 0083)
                        .requestMatchers("/care-team", "/care-team/**", "/meetings/care-team", "/meetings/care-team/**")
                                .hasRole("CARE_TEAM_MEMBER")
                        // outcome reports: the team in full, outside it (managers, evaluators) with small cells hidden
                        .requestMatchers("/reports/**", "/api/v1/reports/**")
                                .hasAnyRole("COACH", "TEAM_LEADER", "MANAGER", "EVALUATOR")
                        // fidelity reviews: the team and its managers work on them (and read the records behind a
                        // pre-score, names as the clients module decides), evaluators read published ones
                        .requestMatchers(HttpMethod.POST, "/fidelity", "/fidelity/**")
                                .hasAnyRole("COACH", "TEAM_LEADER", "MANAGER")
                        .requestMatchers("/fidelity", "/fidelity/**")
                                .hasAnyRole("COACH", "TEAM_LEADER", "MANAGER", "EVALUATOR")
                        .requestMatchers("/imports", "/imports/**").hasRole("TEAM_LEADER")
                        // evaluation: team-level change from baseline; in full for the team, small cells hidden outside it
                        // the follow-up schedule is the team leader's to change
                        .requestMatchers(HttpMethod.POST, "/evaluation/schedule", "/evaluation/schedule/**")
                                .hasRole("TEAM_LEADER")
                        // the area's own self-evaluations and interim reports are its managers' (decision 0085)
                        .requestMatchers(HttpMethod.POST, "/evaluation/area/reports", "/evaluation/area/reports/**")
                                .hasRole("MANAGER")
                        .requestMatchers(HttpMethod.POST, "/evaluation", "/evaluation/**").hasAnyRole("COACH", "TEAM_LEADER")
                        .requestMatchers("/evaluation", "/evaluation/**")
                                .hasAnyRole("COACH", "TEAM_LEADER", "MANAGER", "EVALUATOR")
                        // the area's steering groups: its managers and team leaders (decision 0084)
                        .requestMatchers("/steering", "/steering/**").hasAnyRole("TEAM_LEADER", "MANAGER")
                        // a study's comparison of areas and teams: its own evaluators only (others get 404)
                        .requestMatchers(HttpMethod.GET, "/research/studies/*/overview").hasRole("EVALUATOR")
                        // the submitted self-evaluations and interim reports of a study's areas: its evaluators only
                        .requestMatchers("/research/studies/*/reports", "/research/studies/*/reports/**")
                                .hasRole("EVALUATOR")
                        // employers are shared by the IPS team; a contact about a client is decided per client
                        .requestMatchers("/employers", "/employers/**", "/employer-contacts/**", "/employer-contacts",
                                "/meetings", "/meetings/**")
                                .hasAnyRole("COACH", "TEAM_LEADER")
                        // research studies (issue 12): administrators create studies, make linkage files and read the
                        // disclosure trail; a study's evaluators make its extracts; the controller checks the study
                        .requestMatchers(HttpMethod.GET, "/research/studies/new", "/research/disclosures").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/research/studies", "/research/studies/*/linkage").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/research/studies/*/extracts").hasRole("EVALUATOR")
                        .requestMatchers("/research/studies", "/research/studies/*", "/research/extracts/*",
                                "/research/extracts/*/progress", "/research/extracts/*/download", "/research/verify")
                                .hasAnyRole("ADMIN", "EVALUATOR")
                        // everything else is staff work; a session that has only passed the password has none of these
                        .anyRequest().hasAnyRole(STAFF_ROLES))
                .addFilterBefore(new SessionLifetimeFilter(clock, sessionEnded), SecurityContextHolderFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class)
                .formLogin(login -> login.loginPage("/login").failureUrl("/login?error")
                        .successHandler((request, response, authentication) -> {
                            PlaceraUser user = (PlaceraUser) authentication.getPrincipal();
                            mfaLogin.passwordVerified(user, request, response);
                            response.sendRedirect(request.getContextPath()
                                    + (secondFactor.isEnrolled(user) ? "/mfa" : "/mfa/enrol"));
                        }))
                // staff of an area with its own OpenID Connect provider (decision 0071), clients with strong
                // identification (0077): authorization code with PKCE; Spring Security verifies the tokens, state, nonce
                .oauth2Login(login -> login.loginPage("/login")
                        .authorizationEndpoint(authorization -> authorization
                                .authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(request ->
                                ClientIdentification.handles(request) ? clientIdentification.loadUser(request)
                                        : providerSignIn.loadUser(request)))
                        .successHandler(providerLogin::succeeded)
                        .failureHandler(providerLogin::failed))
                // the harness turns the benchmark's switch with curl on loopback: no page, no session, no token
                .csrf(csrf -> csrf.ignoringRequestMatchers(BENCHMARK_READ_LOG))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied(events, problems))
                        .authenticationEntryPoint(signInFirst(problems)))
                .logout(logout -> logout.addLogoutHandler(providerLogin).logoutSuccessHandler(providerLogin))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .invalidSessionStrategy(sessionEnded))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(SecurityHeaders.STRICT_TRANSPORT_SECONDS)));
        return http.build();
    }

    /**
     * Denied requests get the generic 403 page, except a half-logged-in user, who is sent to the
     * second-factor page (an API caller gets 401: not signed in until the second factor); CSRF failures are
     * also a security event.
     */
    private static AccessDeniedHandler denied(SecurityEvents events, Problems problems) {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (denied instanceof CsrfException) {
                events.csrfRejected(authentication);
            }
            boolean secondFactorDue = !(denied instanceof CsrfException)
                    && MfaLogin.pendingUser(authentication).isPresent();
            if (Problems.api(request)) {
                problems.write(request, response, secondFactorDue ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
                return;
            }
            if (secondFactorDue) {
                response.sendRedirect(request.getContextPath() + "/mfa");
                return;
            }
            forbidden.handle(request, response, denied);
        };
    }

    /** A signed-out browser is sent to the login page; an API caller gets 401. */
    private static AuthenticationEntryPoint signInFirst(Problems problems) {
        AuthenticationEntryPoint unauthorized =
                (request, response, unauthenticated) -> problems.write(request, response, HttpStatus.UNAUTHORIZED);
        return new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
                new RequestMatcherEntry<>(Problems::api, unauthorized));
    }

    /**
     * A session that ended (idle or too old; also a form without any session, whose CSRF token is missing): the
     * browser is sent to the login page, with what a page form held kept for after the login (decision 0063); an
     * API caller gets 401.
     */
    private static InvalidSessionStrategy sessionEnded(Problems problems, KeptInputFlow keptInput) {
        InvalidSessionStrategy loginPage = new SimpleRedirectInvalidSessionStrategy("/login?expired");
        return (request, response) -> {
            if (Problems.api(request)) {
                problems.write(request, response, HttpStatus.UNAUTHORIZED);
            } else {
                keptInput.keepIfPageForm(request, response);
                loginPage.onInvalidSessionDetected(request, response);
            }
        };
    }

    /** Publishes authorization denials so that {@link SecurityEvents} can log them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
