package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.planning.BenefitsCounselling;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** "Coming up" on /me lists the client's real dated dues: plan reviews, support contacts and benefits counselling. */
@PlaceraIT
class MyUpcomingIT {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired BenefitsCounselling counselling;

    @Test
    void benefitsCounsellingDueIsComingUpUntilAWeekLate() throws Exception {
        String coach = users.newCoach();
        UUID client = UUID.randomUUID();
        mvc.perform(post("/clients").with(users.as(coach)).with(csrf()).param("id", client.toString())
                .param("firstName", "Tuula").param("lastName", "Tuleva").param("preferredLanguage", "fi")
                .param("ipsTeamId", "6a1f0000-0000-4000-8000-000000000001")).andExpect(status().is3xxRedirection());
        String invited = mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(coach)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(invited);
        assertThat(link.find()).isTrue();
        String me = "tuula." + client.toString().substring(0, 8);
        mvc.perform(post("/invite/" + link.group(1)).with(csrf()).param("username", me)
                .param("passphrase", "kuusi kuuta kuusessa").param("repeated", "kuusi kuuta kuusessa"));
        short area = jdbc.sql("select area_id from client where id = ?").param(client).query(Short.class).single();
        LocalDate today = LocalDate.now(clock);
        counselling.raiseDue(client, area, BenefitsCounselling.DueReason.JOB_START, UUID.randomUUID(), today.plusDays(10));
        counselling.raiseDue(client, area, BenefitsCounselling.DueReason.HOURS_OR_PAY_CHANGE, UUID.randomUUID(),
                today.minusDays(30));

        Document page = Jsoup.parse(mvc.perform(get("/me").with(users.as(me)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
        String upcoming = page.select("section[aria-labelledby=upcoming-heading] li").text();
        assertThat(upcoming).contains(today.plusDays(10).format(DAY) + " – Etuusneuvonta ennen työn alkamista")
                .doesNotContain("työaikasi tai palkkasi");
    }
}
