package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user changes their own password: the other sessions end, this one goes on. */
@PlaceraIT
class PasswordChangeIT {

    @LocalServerPort int port;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void changingThePasswordEndsTheOtherSessionsOnly() throws Exception {
        String oldHash = jdbc.sql("select password_hash from user_account where username = 'careteam'").query(String.class).single();
        WebSession phone = new WebSession(port);
        WebSession desktop = new WebSession(port);
        phone.logIn("careteam", users);
        desktop.logIn("careteam", users);
        try {
            desktop.get("/account/password");
            assertThat(desktop.post("/account/password", Map.of("currentPassword", "wrong", "newPassword",
                    "kolme kissaa katolla")).body()).contains("Nykyinen salasana ei ole oikein.");
            assertThat(desktop.post("/account/password", Map.of("currentPassword", DemoUsers.PASSWORD, "newPassword",
                    "qwerty123")).body()).contains("Tämä salasana on yleisimmin käytettyjen joukossa.");
            assertThat(jdbc.sql("select password_hash from user_account where username = 'careteam'")
                    .query(String.class).single()).isEqualTo(oldHash);

            assertThat(desktop.post("/account/password", Map.of("currentPassword", DemoUsers.PASSWORD, "newPassword",
                    "kolme kissaa katolla")).body()).contains("Salasana on vaihdettu.");
            assertThat(desktop.get("/care-team").statusCode()).as("this session goes on").isEqualTo(200);
            assertThat(phone.get("/").headers().firstValue("Location").orElseThrow()).contains("/login");
            assertThat(new WebSession(port).logInWithPassword("careteam", "kolme kissaa katolla").headers()
                    .firstValue("Location").orElseThrow()).endsWith("/mfa");
        } finally {
            jdbc.sql("update user_account set password_hash = ? where username = 'careteam'").param(oldHash).update();
        }
    }
}
