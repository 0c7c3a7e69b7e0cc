package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Dates as people type them, through a real form of the client page (decision 0058). */
@PlaceraIT
class TypedDatesIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private String coach;
    private UUID client;

    @BeforeEach
    void referredClient() throws Exception {
        coach = users.newCoach();
        client = given.client(coach).named("Päivi", "Päivämäärä").create();
        mvc.perform(users.as(coach, post("/clients/" + client + "/referral")).param("source", "SELF")
                .param("referredOn", "1.1.")).andExpect(redirectedUrl("/clients/" + client + "/referral"));
    }

    private LocalDate today() {
        return LocalDate.now(users.clock().withZone(ZoneId.of("Europe/Helsinki")));
    }

    @Test
    void aDayTypedWithoutTheYearIsStoredInThisYear() throws Exception {
        mvc.perform(users.as(coach, post("/clients/" + client + "/outreach")).param("attemptedOn", "6.12.")
                .param("channel", "PHONE").param("outcome", "NO_ANSWER")).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        mvc.perform(users.as(coach, post("/clients/" + client + "/outreach")).param("attemptedOn", "2026-01-02")
                .param("channel", "PHONE").param("outcome", "NO_ANSWER")).andExpect(redirectedUrl("/clients/" + client + "/referral"));

        assertThat(jdbc.sql("""
                        select a.attempted_on from outreach_attempt a join referral r on r.id = a.referral_id
                        where r.client_id = ? order by a.attempted_on""").param(client).query(LocalDate.class).list())
                .containsExactly(LocalDate.of(2026, 1, 2), LocalDate.of(today().getYear(), 12, 6));
        assertThat(jdbc.sql("select referred_on from referral where client_id = ?").param(client)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(today().getYear(), 1, 1));
    }

    @Test
    void anImpossibleDayIsRefusedWithTheInputKeptAndNothingStored() throws Exception {
        String before = checksum.of("outreach_attempt");
        for (String impossible : List.of("30.2.", "31.4.26", "0.1.", "1.1.99999999")) {
            mvc.perform(users.as(coach, post("/clients/" + client + "/outreach")).param("attemptedOn", impossible)
                            .param("channel", "PHONE").param("outcome", "NO_ANSWER"))
                    .andExpect(content().string(containsString("Anna päivämäärä muodossa PP.KK.VVVV")))
                    .andExpect(content().string(containsString("value=\"" + impossible + "\"")));
        }
        assertThat(checksum.of("outreach_attempt")).isEqualTo(before);
    }

    @Test
    void aFormAboutWhatJustHappenedOpensWithTodayAndAPhoneKeypadWithASeparator() throws Exception {
        String today = today().getDayOfMonth() + "." + today().getMonthValue() + "." + today().getYear();
        String page = mvc.perform(users.as(coach, get("/clients/" + client + "/referral"))).andReturn().getResponse()
                .getContentAsString();
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("<input[^>]*id=\"attemptedOn\"[^>]*>")
                .matcher(page);
        assertThat(field.find()).isTrue();
        assertThat(field.group()).contains("value=\"" + today + "\"", "inputmode=\"decimal\"", "autocomplete=\"off\"");
        assertThat(page)
                .contains("PP.KK.VVVV, esimerkiksi 6.12.2026");
    }
}
