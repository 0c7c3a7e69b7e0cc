package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.planning.BenefitsCounselling;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
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

/**
 * "Coming up" on /me lists what the client takes part in (decisions 0042, 0061): the meetings booked with the coach,
 * the next check of the plan, benefits counselling due and the questionnaires to answer — not the coach's
 * follow-along support windows.
 */
@PlaceraIT
class MyUpcomingIT {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired BenefitsCounselling counselling;
    @Autowired fi.placera.employers.Employers employers;
    @Autowired fi.placera.support.FollowAlongSupport support;

    @Test
    void comingUpIsTheNextPlanCheckAndTheQuestionnairesNotTheCoachsSupportWindows() throws Exception {
        String coach = users.newCoach();
        LocalDate today = LocalDate.now(clock);
        LocalDate agreed = today.minusDays(20);
        UUID client = given.client(coach).named("Tiina", "Tuleva").agreedOn(agreed.format(DAY), "PAPER_SIGNATURE")
                .plan("Kahvilatyö", null).create();
        UUID employer = employers.register((short) 17, new fi.placera.employers.Employer.Details(
                "Tulevaisuus Oy " + client, null, null, null, null, null, null)).id();
        mvc.perform(post("/clients/" + client + "/jobs").with(users.as(coach)).with(csrf())
                        .param("key", UUID.randomUUID().toString()).param("employerId", employer.toString())
                        .param("jobStartedOn", today.minusDays(1).format(DAY)).param("hoursPerWeek", "20")
                        .param("wageBasis", "HOURLY").param("contractType", "PERMANENT").param("competitive", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(support.schedule(client)).as("the coach has support windows coming").isNotEmpty();
        String me = account(coach, client, "tiina.");

        Document page = Jsoup.parse(mvc.perform(get("/me").with(users.as(me)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
        var items = page.select("#upcoming li").eachText();
        assertThat(items).contains(agreed.plusMonths(3).format(DAY) + " – Suunnitelman tarkistus yhdessä 3 kuukauden kohdalla")
                .anyMatch(item -> item.contains("Vastaa kyselyyn") && item.contains("WHO-5"))
                .noneMatch(item -> item.contains("6 kuukauden kohdalla"))
                .noneMatch(item -> item.contains("Yhteydenotto") || item.contains("yhteydenotto"));
    }

    @Test
    void theMeetingsBookedWithTheCoachComeFirstInOrderOfDayAndHourAndACancelledOneIsNotThere() throws Exception {
        String coach = users.newCoach();
        LocalDate today = LocalDate.now(clock);
        LocalDate agreed = today.minusDays(20);
        UUID client = given.client(coach).named("Tapio", "Tapaava").agreedOn(agreed.format(DAY), "PAPER_SIGNATURE")
                .plan("Varastotyö", null).create();
        book(coach, client, today.plusDays(5), "14.00", "15.00", "Kirjasto");
        book(coach, client, today.plusDays(5), "9.00", "9.45", "Toimisto");
        book(coach, client, today.plusDays(2), "10.00", "11.00", "Peruttu paikka");
        UUID cancelled = jdbc.sql("select id from appointment where client_id = ? and place = 'Peruttu paikka'")
                .param(client).query(UUID.class).single();
        mvc.perform(post("/clients/" + client + "/meetings/appointments/" + cancelled + "/cancel")
                .with(users.as(coach)).with(csrf())).andExpect(status().is3xxRedirection());
        String me = account(coach, client, "tapio.");

        Document page = Jsoup.parse(mvc.perform(get("/me").with(users.as(me)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
        var items = page.select("#upcoming li").eachText();
        String morning = today.plusDays(5).format(DAY) + " – Tapaaminen valmentajan kanssa klo 9.00–9.45, Toimisto";
        String afternoon = today.plusDays(5).format(DAY) + " – Tapaaminen valmentajan kanssa klo 14.00–15.00, Kirjasto";
        String review = agreed.plusMonths(3).format(DAY) + " – Suunnitelman tarkistus yhdessä 3 kuukauden kohdalla";
        assertThat(items).contains(morning, afternoon, review).noneMatch(item -> item.contains("Peruttu paikka"));
        assertThat(items.indexOf(morning)).isLessThan(items.indexOf(afternoon));
        assertThat(items.indexOf(afternoon)).isLessThan(items.indexOf(review));
        assertThat(page.select("#upcoming").text()).doesNotContain("Ota mukaan");
    }

    private void book(String coach, UUID client, LocalDate day, String start, String end, String place)
            throws Exception {
        mvc.perform(post("/clients/" + client + "/meetings/appointments").with(users.as(coach)).with(csrf())
                        .param("key", UUID.randomUUID().toString()).param("appointmentDay", day.format(DAY))
                        .param("appointmentStart", start).param("appointmentEnd", end)
                        .param("appointmentPlace", place).param("appointmentNote", "Ota mukaan CV"))
                .andExpect(status().is3xxRedirection());
    }

    /** The client's own account, through the invitation the coach makes. */
    private String account(String coach, UUID client, String prefix) throws Exception {
        String invited = mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(coach)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(invited);
        assertThat(link.find()).isTrue();
        String me = prefix + client.toString().substring(0, 8);
        mvc.perform(post("/invite/" + link.group(1)).with(csrf()).param("username", me)
                .param("passphrase", "kuusi kuuta kuusessa").param("repeated", "kuusi kuuta kuusessa"))
                .andExpect(status().is3xxRedirection());
        return me;
    }

    @Test
    void benefitsCounsellingDueIsComingUpUntilAWeekLate() throws Exception {
        String coach = users.newCoach();
        UUID client = given.client(coach).named("Tuula", "Tuleva").create();
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
        // a change recorded on its day, 30 days ago (one recorded late falls due the day it is recorded)
        fi.placera.testing.MutableClock mutable = (fi.placera.testing.MutableClock) clock;
        java.time.Duration offset = mutable.offset();
        try {
            mutable.advance(java.time.Duration.ofDays(-30));
            counselling.raiseDue(client, area, BenefitsCounselling.DueReason.HOURS_OR_PAY_CHANGE, UUID.randomUUID(),
                    today.minusDays(30));
        } finally {
            mutable.resetTo(offset);
        }

        Document page = Jsoup.parse(mvc.perform(get("/me").with(users.as(me)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
        String upcoming = page.select("section[aria-labelledby=upcoming-heading] li").text();
        assertThat(upcoming).contains(today.plusDays(10).format(DAY) + " – Etuusneuvonta ennen työn alkamista")
                .doesNotContain("työaikasi tai palkkasi");
    }
}
