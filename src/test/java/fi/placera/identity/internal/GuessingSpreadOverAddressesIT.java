package fi.placera.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.identity.PlaceraUser;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.MutableClock;
import fi.placera.testing.PlaceraIT;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * AU3 when the guesses come from many addresses: the account itself is slowed down (decision 0034). The client address
 * is the request's remote address (X-Forwarded-For is not trusted unless a proxy is configured), so MockMvc sets it
 * per request; the password requests pass through the whole security filter chain as over HTTP.
 */
@PlaceraIT
class GuessingSpreadOverAddressesIT {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{8})\\b");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired SecondFactor secondFactor;
    @Autowired UserDetailsService accounts;

    private static String address(int n) {
        return "10.21.0." + n;
    }

    /** Where the password form sends the browser: the second step, back with an error, or "locked". */
    private String logIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").servletPath("/login").param("username", username).param("password", password)
                        .with(csrf()).with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }

    /** A new staff account that can log in with the demo password (no second factor yet). */
    private String staffWithPassword() {
        String username = users.newCoach();
        jdbc.sql("""
                        update user_account set password_hash = (select password_hash from user_account
                                                                 where username = 'coach1')
                        where username = ?""").param(username).update();
        return username;
    }

    private PlaceraUser user(String username) {
        return (PlaceraUser) accounts.loadUserByUsername(username);
    }

    private Instant lockedUntil(String key) {
        return jdbc.sql("select locked_until from login_throttle where username = ? and client_address = '*'")
                .param(key).query(Instant.class).single();
    }

    /** Moves the injected clock just past the account's lock. */
    private void waitOut(String key) {
        clock.advance(Duration.between(clock.instant(), lockedUntil(key)).plusSeconds(1));
    }

    @Test
    void fiftyWrongPasswordsFromTenAddressesAreStoppedWithinTenAndTheRightOneWaitsTooButNotAnotherAccount()
            throws Exception {
        String victim = staffWithPassword();
        String bystander = staffWithPassword();
        int firstRefused = 0;
        int checked = 0;
        for (int attempt = 1; attempt <= 50; attempt++) {
            String outcome = logIn(victim, "guess-" + attempt, address(attempt % 10));
            if (outcome.endsWith("/login?locked") && firstRefused == 0) {
                firstRefused = attempt;
            }
            if (outcome.endsWith("/login?error")) {
                checked++;
            }
        }
        assertThat(firstRefused).as("first refused attempt").isBetween(2, 10);
        assertThat(checked).as("passwords actually checked").isLessThanOrEqualTo(10);

        assertThat(logIn(victim, DemoUsers.PASSWORD, address(77))).as("the right password from a new address")
                .endsWith("/login?locked");
        assertThat(logIn(bystander, DemoUsers.PASSWORD, address(1))).endsWith("/mfa/enrol");

        waitOut(victim);
        assertThat(logIn(victim, DemoUsers.PASSWORD, address(78))).as("after the delay").endsWith("/mfa/enrol");
        assertThat(jdbc.sql("select count(*) from login_throttle where username = ? and client_address = '*'")
                .param(victim).query(Integer.class).single()).as("a success clears the account's count").isZero();
    }

    @Test
    void anAuthenticatorCodeLockedAtOneAddressIsLockedAtEveryAddressUntilTheDelayEnds() {
        String username = staffWithPassword();
        PlaceraUser user = user(username);
        assertThat(secondFactor.enrol(user, DemoUsers.TOTP_SECRET, users.nextTotpCode(), address(1))).isPresent();
        String rightCode = users.nextTotpCode();

        for (int attempt = 1; attempt < LoginThrottle.FREE_ATTEMPTS; attempt++) {
            assertThat(secondFactor.verify(user, "wrong", address(1))).isEqualTo(SecondFactor.Outcome.WRONG);
        }
        assertThat(secondFactor.verify(user, "wrong", address(1))).as("the last free attempt locks")
                .isEqualTo(SecondFactor.Outcome.THROTTLED);
        assertThat(secondFactor.verify(user, rightCode, address(2)))
                .as("the right code from another address").isEqualTo(SecondFactor.Outcome.THROTTLED);
        assertThat(secondFactor.throttled(user(staffWithPassword()), address(2))).as("another account").isFalse();

        waitOut("mfa:" + username);
        assertThat(secondFactor.verify(user, users.nextTotpCode(), address(2))).isEqualTo(SecondFactor.Outcome.ACCEPTED);
    }

    @Test
    void anEmailedCodeLockedAtOneAddressIsLockedAtEveryAddressUntilTheDelayEnds() {
        String username = users.newClientAccount();
        PlaceraUser user = user(username);
        String mailbox = username.replace('.', '-') + "@example.fi";
        jdbc.sql("insert into mfa_email (account_id, email, enrolled_at) values (?, ?, now())")
                .params(user.accountId(), mailbox).update();

        for (int attempt = 1; attempt < LoginThrottle.FREE_ATTEMPTS; attempt++) {
            assertThat(secondFactor.verifyEmail(user, "00000000", address(3))).isEqualTo(SecondFactor.Outcome.WRONG);
        }
        assertThat(secondFactor.verifyEmail(user, "00000000", address(3))).as("the last free attempt locks")
                .isEqualTo(SecondFactor.Outcome.THROTTLED);
        assertThat(secondFactor.sendEmailCode(user, Locale.ENGLISH)).isEqualTo(EmailCodes.Sent.SENT);
        String rightCode = lastCode(mailbox);
        assertThat(secondFactor.verifyEmail(user, rightCode, address(99)))
                .as("the right code from another address").isEqualTo(SecondFactor.Outcome.THROTTLED);

        waitOut("mfa:" + username);
        assertThat(secondFactor.verifyEmail(user, rightCode, address(99))).isEqualTo(SecondFactor.Outcome.ACCEPTED);
    }

    private String lastCode(String mailbox) {
        String body = jdbc.sql("select arguments[1] from mail_outbox where recipient = ? order by created_at desc limit 1")
                .param(mailbox).query(String.class).single();
        Matcher code = CODE.matcher(body);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
