package fi.placera.identity.internal;

import fi.placera.platform.StartupRefused;
import fi.placera.platform.database.DatabaseOrigin;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo accounts' password and TOTP key are published (decision 0005, the start-up hint, the generator's coaches
 * share them): outside the {@code demo} profile (and the tests, whose fixture is the demo data, and a benchmark on a
 * generated database) Placera does not start while any account still has either, and names those accounts (user
 * names only). Checked before the first request is served.
 */
@Component
class DemoCredentialsGuard implements SmartInitializingSingleton {

    /** The stored hash of the demo password, as the demo data and the generator write it (one salt for all). */
    static final String DEMO_PASSWORD_HASH = "{argon2}$argon2id$v=19$m=19456,t=2,p=1$VNDwgu81eKhuu/lnOCkhOw"
            + "$MIImcQYQ8SgroSydYGb92m7VPhejlCD/twjermts5qY";
    static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    private static final int NAMES_SHOWN = 50;

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final Environment environment;
    private final DatabaseOrigin origin;

    DemoCredentialsGuard(JdbcClient jdbc, SecretBox box, Environment environment, DatabaseOrigin origin) {
        this.jdbc = jdbc;
        this.box = box;
        this.environment = environment;
        this.origin = origin;
    }

    @Override
    public void afterSingletonsInstantiated() {
        check();
    }

    void check() {
        if (environment.acceptsProfiles(Profiles.of("demo", "test"))
                || environment.acceptsProfiles(Profiles.of("benchmark")) && origin.generated()) {
            return;
        }
        TreeSet<String> names = new TreeSet<>(jdbc.sql("select username from user_account where password_hash = ?")
                .param(DEMO_PASSWORD_HASH).query(String.class).list());
        names.addAll(withDemoSecondFactor());
        if (!names.isEmpty()) {
            throw new StartupRefused("These accounts still have the published demo password or demo second-factor "
                    + "key, so anyone could sign in as them: " + shown(names) + ".",
                    "Set new passwords for these accounts and have them enrol their second factor again (or disable "
                            + "them), or start with --spring.profiles.active=demo for a demonstration.");
        }
    }

    private List<String> withDemoSecondFactor() {
        return jdbc.sql("""
                        select a.username, c.account_id, c.secret
                        from mfa_credential c join user_account a on a.id = c.account_id""")
                .query((row, number) -> demoSecret(row.getString("secret"), row.getObject("account_id", UUID.class))
                        ? row.getString("username") : null)
                .list().stream().filter(Objects::nonNull).toList();
    }

    private boolean demoSecret(String stored, UUID account) {
        try {
            return DEMO_TOTP_SECRET.equals(box.open(stored, account.toString()));
        } catch (IllegalStateException sealedWithAnotherKey) {
            return false; // not readable with this key, so not the demo key as far as this node can tell
        }
    }

    private static String shown(TreeSet<String> names) {
        String shown = String.join(", ", names.stream().limit(NAMES_SHOWN).toList());
        return names.size() <= NAMES_SHOWN ? shown : shown + " and " + (names.size() - NAMES_SHOWN) + " more";
    }
}
