package fi.placera.identity.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed, for the web login and for operator commands alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /**
     * Argon2id with the OWASP/ASVS minimum (19 MiB memory, 2 iterations, 1 lane); stored with the
     * {@code {argon2}} prefix so the parameters can be raised later without breaking old hashes.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }
}
