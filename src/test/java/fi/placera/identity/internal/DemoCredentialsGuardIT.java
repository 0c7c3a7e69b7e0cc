package fi.placera.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.placera.platform.StartupRefused;
import fi.placera.platform.database.DatabaseOrigin;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * Outside the demo profile Placera does not start while an account still has the published demo password or TOTP
 * key, and says which accounts (user names only). The tests' database holds the demo accounts, so the guard is run
 * here as start-up runs it, with the environment of a production start.
 */
@PlaceraIT
class DemoCredentialsGuardIT {

    @Autowired JdbcClient jdbc;
    @Autowired SecretBox box;
    @Autowired DatabaseOrigin origin;

    @Test
    void outsideTheDemoProfileAccountsWithTheDemoPasswordOrKeyStopStartUpByName() {
        String demoKeyOnly = account("own-password-demo-key", "{noop}not-the-demo-one");
        enrol(demoKeyOnly, DemoUsers.TOTP_SECRET);
        String clean = account("own-password-own-key", "{noop}not-the-demo-one");
        enrol(clean, "KRSXG5CTMVRXEZLU");

        StartupRefused refused = catchThrowableOfType(StartupRefused.class, () -> guard(new MockEnvironment()).check());

        assertThat(refused.getMessage()).contains("admin", "coach1", "teamleader", demoKeyOnly)
                .doesNotContain(clean, DemoUsers.PASSWORD, DemoUsers.TOTP_SECRET);
        assertThat(refused.action()).contains("--spring.profiles.active=demo");
    }

    @Test
    void theDemoAndTestProfilesStartWithTheDemoAccounts() {
        for (String profile : new String[] {"demo", "test"}) {
            MockEnvironment environment = new MockEnvironment();
            environment.setActiveProfiles(profile);
            assertThatCode(() -> guard(environment).check()).as(profile).doesNotThrowAnyException();
        }
    }

    @Test
    void aBenchmarkOnADatabaseOfRealUseIsNoExcuse() {
        MockEnvironment benchmark = new MockEnvironment();
        benchmark.setActiveProfiles("benchmark");
        assertThat(origin.generated()).isFalse();
        assertThat(catchThrowableOfType(StartupRefused.class, () -> guard(benchmark).check())).isNotNull();
    }

    private DemoCredentialsGuard guard(MockEnvironment environment) {
        return new DemoCredentialsGuard(jdbc, box, environment, origin);
    }

    private String account(String prefix, String hash) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into user_account (id, username, display_name, password_hash, area_id, version) "
                + "values (?, ?, 'Testi', ?, 17, 0)").params(UUID.randomUUID(), username, hash).update();
        return username;
    }

    private void enrol(String username, String secret) {
        UUID account = jdbc.sql("select id from user_account where username = ?").param(username)
                .query(UUID.class).single();
        jdbc.sql("insert into mfa_credential (account_id, secret, enrolled_at) values (?, ?, now())")
                .params(account, box.seal(secret, account.toString())).update();
    }
}
