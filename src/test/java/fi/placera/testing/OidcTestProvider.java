package fi.placera.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider inside the test JVM: Spring Authorization Server on its own random port, in a small
 * application context of its own (Tomcat, Spring Security and the authorization server only; none of Placera), with
 * a login form, in-memory people and one confidential client (authorization code with PKCE, RP-initiated logout). A
 * test says which claims each person's ID token carries and may spoil the next ID tokens (issuer, audience, expiry)
 * to see that Placera refuses them; it may add systems that get access tokens with client credentials (and spoil
 * those tokens). Close it after the tests.
 */
public final class OidcTestProvider implements AutoCloseable {

    /** Every test person's password at the provider. */
    public static final String PASSWORD = "provider-test-password";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private final Map<String, Map<String, Object>> people = new ConcurrentHashMap<>();
    private final String clientId;
    private final String clientSecret;
    private final List<String> redirectUris;
    private final List<String> postLogoutUris;
    private volatile Consumer<JwtClaimsSet.Builder> spoil = claims -> { };
    private volatile Consumer<JwtClaimsSet.Builder> spoilAccess = claims -> { };
    private ConfigurableApplicationContext context;

    private OidcTestProvider(String clientId, String clientSecret, List<String> redirectUris,
            List<String> postLogoutUris) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUris = redirectUris;
        this.postLogoutUris = postLogoutUris;
    }

    /** Starts a provider that knows Placera as {@code clientId} with these redirect and post-logout addresses. */
    public static OidcTestProvider start(String clientId, String clientSecret, List<String> redirectUris,
            List<String> postLogoutUris) {
        OidcTestProvider provider = new OidcTestProvider(clientId, clientSecret, redirectUris, postLogoutUris);
        provider.context = new SpringApplicationBuilder(ProviderApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("oidcTestProvider", provider))
                .properties("spring.config.name=oidc-test-provider", "server.port=0", "server.address=127.0.0.1",
                        "spring.main.banner-mode=off", "spring.jmx.enabled=false",
                        "server.servlet.session.cookie.name=PROVIDERSESSION")
                .run();
        return provider;
    }

    /** The issuer address, as the provider's discovery document names it. */
    public String issuer() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A person who can sign in at the provider with {@link #PASSWORD}; the claims go into their ID token. */
    public void person(String username, Map<String, Object> claims) {
        people.put(username, Map.copyOf(claims));
    }

    /** Changes every ID token issued from now on, as a broken or hostile provider would. */
    public void spoilIdTokens(Consumer<JwtClaimsSet.Builder> change) {
        spoil = change;
    }

    public void issueCorrectIdTokens() {
        spoil = claims -> { };
        spoilAccess = claims -> { };
    }

    /** Changes every access token issued from now on (client credentials too), as a broken provider would. */
    public void spoilAccessTokens(Consumer<JwtClaimsSet.Builder> change) {
        spoilAccess = change;
    }

    /** A system that gets access tokens with client credentials ({@code client_secret_basic}), for these scopes. */
    public void system(String systemId, String secret, String... scopes) {
        RegisteredClient.Builder system = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(systemId)
                .clientSecret("{noop}" + secret).clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
        List.of(scopes).forEach(system::scope);
        context.getBean(InMemoryRegisteredClientRepository.class).save(system.build());
    }

    /** An access token of the system for the scope, from the provider's token endpoint. */
    public String accessToken(String systemId, String secret, String scope) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (systemId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode(scope, StandardCharsets.UTF_8))).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = ACCESS_TOKEN.matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("no access token: " + body);
        }
        return token.group(1);
    }

    /** Spoilers: another issuer, another audience, an expired token. */
    public static Consumer<JwtClaimsSet.Builder> anotherIssuer() {
        return claims -> claims.issuer("http://127.0.0.1:9/another-provider");
    }

    public static Consumer<JwtClaimsSet.Builder> anotherAudience() {
        return claims -> claims.audience(List.of("another-client"));
    }

    public static Consumer<JwtClaimsSet.Builder> expired() {
        return claims -> claims.issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1)));
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's application: only what an authorization server needs, nothing of Placera. */
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
    static class ProviderApplication {

        @Bean
        SecurityFilterChain providerSecurity(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        InMemoryRegisteredClientRepository clients(OidcTestProvider provider) {
            RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(provider.clientId).clientSecret("{noop}" + provider.clientSecret)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build());
            provider.redirectUris.forEach(client::redirectUri);
            provider.postLogoutUris.forEach(client::postLogoutRedirectUri);
            return new InMemoryRegisteredClientRepository(client.build());
        }

        @Bean
        UserDetailsService people(OidcTestProvider provider) {
            return username -> {
                if (!provider.people.containsKey(username)) {
                    throw new UsernameNotFoundException("no such person");
                }
                return User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
            };
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(OidcTestProvider provider) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    context.getClaims().claims(claims -> claims.putAll(
                            provider.people.getOrDefault(context.getPrincipal().getName(), Map.of())));
                    provider.spoil.accept(context.getClaims());
                } else {
                    provider.spoilAccess.accept(context.getClaims());
                }
            };
        }

        @Bean
        KeyPair signingKey() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }

        @Bean
        JWKSource<SecurityContext> jwkSource(KeyPair signingKey) {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) signingKey.getPublic())
                    .privateKey((RSAPrivateKey) signingKey.getPrivate()).keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(KeyPair signingKey) {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) signingKey.getPublic()).build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
