package fi.placera.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The tests' switch for checking each (password, hash) pair with Argon2 once per JVM. Every demo account shares one
 * hash, and a check costs about a quarter of a second of CPU on the test JVMs' first JIT tier: hundreds of sign-ins
 * made it minutes of the build. A check is a pure function of the pair, so a remembered answer is the answer; a new
 * pair (a wrong guess, a new password) is checked for real, and hashing ({@code encode}) is never remembered. It
 * exists on the test class path only and is switched on in application-test.properties (like
 * {@link ThrowAwayDatabase}), so the packaged application has no such switch.
 */
@Component
@ConditionalOnProperty("placera.test.remember-password-checks")
class RememberedPasswordChecks implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof PasswordEncoder encoder ? new Remembering(encoder) : bean;
    }

    private record Remembering(PasswordEncoder real, Map<List<String>, Boolean> checked) implements PasswordEncoder {

        Remembering(PasswordEncoder real) {
            this(real, new ConcurrentHashMap<>());
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || encodedPassword == null) {
                return real.matches(rawPassword, encodedPassword);
            }
            return checked.computeIfAbsent(List.of(rawPassword.toString(), encodedPassword),
                    pair -> real.matches(rawPassword, encodedPassword));
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return real.upgradeEncoding(encodedPassword);
        }
    }
}
