package fi.placera.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** With demo data loaded, tells the person who started Placera how to log in. */
@Component
@Profile("demo")
class DemoLoginHint {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginHint.class);
    private final AccountRepository accounts;
    private final Environment environment;

    DemoLoginHint(AccountRepository accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printHowToLogIn() {
        StringBuilder hint = new StringBuilder("\n\n  Placera is running with demo data at http://localhost:")
                .append(environment.getProperty("local.server.port", "8080"))
                .append("\n  Log in with one of these accounts; every demo password is demo-kahvi-2026")
                .append("\n  and the second factor is a code from an authenticator app set up with the key JBSWY3DPEHPK3PXP\n");
        accounts.findAll(null).forEach(account -> hint.append(String.format("    %-12s %s%n",
                account.username(), account.roles())));
        log.info(hint.toString());
    }
}
