package fi.placera.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.worktime.CoachTime.Activity;
import fi.placera.worktime.CoachTime.Place;
import fi.placera.worktime.CoachTime.Shares;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A coach's time per ISO week (fidelity S2 and V13): recorded on the grid, replaced on re-recording, shared out. */
@PlaceraIT
class CoachTimeIT {


    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired CoachTime coachTime;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private String coach;
    private UUID staffMember;
    private LocalDate thisMonday;
    private LocalDate lastMonday;

    @BeforeEach
    void freshCoach() {
        coach = users.newCoach();
        staffMember = staffMemberOf(coach);
        thisMonday = CoachTime.mondayOf(LocalDate.now(clock));
        lastMonday = thisMonday.minusWeeks(1);
    }

    private UUID staffMemberOf(String username) {
        return jdbc.sql("select staff_member_id from user_account where username = ?").param(username)
                .query(UUID.class).single();
    }

    /** Posts the week with cells given as field, text pairs, e.g. "JOB_DEVELOPMENT-COMMUNITY", "1,5". */
    private MockHttpServletResponse save(String user, Object week, String... cells) throws Exception {
        MockHttpServletRequestBuilder request = users.as(user, post("/time")).param("week", String.valueOf(week));
        for (int i = 0; i < cells.length; i += 2) {
            request.param(cells[i], cells[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private Document page(String query) throws Exception {
        return Jsoup.parse(mvc.perform(users.as(coach, get("/time" + query))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    private long rowsOf(LocalDate monday) {
        return jdbc.sql("select count(*) from coach_time where staff_member_id = ? and week_start = ?")
                .params(staffMember, monday).query(Long.class).single();
    }

    @Test
    void aRecordedWeekIsShownAgainWithItsHoursAndShares() throws Exception {
        mvc.perform(users.as(coach, post("/time")).param("week", lastMonday.plusDays(3).toString())
                        .param("JOB_DEVELOPMENT-COMMUNITY", "12").param("CLIENT_WORK-OFFICE", "3,5"))
                .andExpect(redirectedUrl("/time?week=" + lastMonday))
                .andExpect(flash().attributeExists("saved"));
        var week = coachTime.weekOf(staffMember, lastMonday);
        assertThat(week.hours(Activity.JOB_DEVELOPMENT, Place.COMMUNITY)).isEqualByComparingTo("12");
        assertThat(week.hours(Activity.CLIENT_WORK, Place.OFFICE)).isEqualByComparingTo("3.5");
        assertThat(week.hours(Activity.CLIENT_WORK, Place.COMMUNITY)).isNull();
        Document page = page("?week=" + lastMonday);
        assertThat(page.getElementById("JOB_DEVELOPMENT-COMMUNITY").val()).isEqualTo("12");
        assertThat(page.getElementById("CLIENT_WORK-OFFICE").val()).isEqualTo("3,5");
        assertThat(page.select("label[for=JOB_DEVELOPMENT-COMMUNITY]").text()).isEqualTo("Työnantajatyö, yhteisössä, tuntia");
        assertThat(page.select("#shares-heading + dl dd").eachText()).containsExactly("15,5", "100 % (96 % tai enemmän on paras pistemäärä)",
                "77,4 % (65 % tai enemmän on paras pistemäärä)");
    }

    @Test
    void recordingAWeekAgainReplacesItsHours() throws Exception {
        save(coach, lastMonday, "JOB_DEVELOPMENT-COMMUNITY", "10", "DOCUMENTATION-OFFICE", "4");
        save(coach, lastMonday, "JOB_DEVELOPMENT-COMMUNITY", "8", "FOLLOW_ALONG-COMMUNITY", "6");
        assertThat(rowsOf(lastMonday)).isEqualTo(2);
        var week = coachTime.weekOf(staffMember, lastMonday);
        assertThat(week.hours(Activity.JOB_DEVELOPMENT, Place.COMMUNITY)).isEqualByComparingTo("8");
        assertThat(week.hours(Activity.FOLLOW_ALONG, Place.COMMUNITY)).isEqualByComparingTo("6");
        assertThat(week.hours(Activity.DOCUMENTATION, Place.OFFICE)).isNull();
    }

    @Test
    void sharesAreTheEmploymentAndCommunityHoursOverAllHours() throws Exception {
        // 30 h in the community and 10 h at the office, 2 h of which are not employment work
        save(coach, lastMonday, "JOB_DEVELOPMENT-COMMUNITY", "20", "CLIENT_WORK-COMMUNITY", "10",
                "DOCUMENTATION-OFFICE", "8", "OTHER_THAN_EMPLOYMENT-OFFICE", "2");
        assertThat(coachTime.sharesOf(List.of(staffMember), lastMonday, lastMonday))
                .isEqualTo(new Shares(new BigDecimal("40.0"), new BigDecimal("95.0"), new BigDecimal("75.0")));
        assertThat(page("?week=" + lastMonday).select("#shares-heading + dl dd").eachText()).containsExactly("40",
                "95 % (96 % tai enemmän on paras pistemäärä)", "75 % (65 % tai enemmän on paras pistemäärä)");

        // a colleague's 10 h at the office on employment work, the week before: 48 of 50 h and 30 of 50 h
        String colleague = users.newCoach();
        save(colleague, lastMonday.minusWeeks(1), "CARE_TEAM-OFFICE", "10");
        List<UUID> both = List.of(staffMember, staffMemberOf(colleague));
        assertThat(coachTime.sharesOf(both, lastMonday.minusWeeks(1), lastMonday))
                .isEqualTo(new Shares(new BigDecimal("50.0"), new BigDecimal("96.0"), new BigDecimal("60.0")));
        assertThat(coachTime.sharesOf(both, lastMonday.minusWeeks(1), lastMonday.minusDays(1)).totalHours())
                .isEqualByComparingTo("10");
        assertThat(coachTime.sharesOf(both, thisMonday, thisMonday))
                .isEqualTo(new Shares(BigDecimal.ZERO, null, null));
    }

    @Test
    void aWeekAfterTheCurrentOneIsRefusedAndWhatWasTypedStays() throws Exception {
        MockHttpServletResponse refused = save(coach, thisMonday.plusWeeks(1), "JOB_DEVELOPMENT-COMMUNITY", "7,5");
        assertThat(refused.getStatus()).isEqualTo(200);
        Document page = html(refused);
        assertThat(page.select("[role=alert]").text())
                .isEqualTo("Työaikaa voi kirjata vain kuluvalle ja aiemmille viikoille.");
        assertThat(page.getElementById("JOB_DEVELOPMENT-COMMUNITY").val()).isEqualTo("7,5");
        assertThat(rowsOf(thisMonday.plusWeeks(1))).isZero();
        assertThat(page("").select("a").eachText()).contains("Edellinen viikko").doesNotContain("Seuraava viikko");
        assertThat(page("?week=" + lastMonday).select("a").eachText()).contains("Seuraava viikko");
    }

    @Test
    void aWeekOfMoreThanEightyHoursIsRefused() throws Exception {
        Document page = html(save(coach, lastMonday, "JOB_DEVELOPMENT-COMMUNITY", "50", "CLIENT_WORK-OFFICE", "30,5"));
        assertThat(page.select("[role=alert]").text()).isEqualTo("Viikolle voi kirjata enintään 80 tuntia. Tarkista tunnit.");
        assertThat(page.getElementById("CLIENT_WORK-OFFICE").val()).isEqualTo("30,5");
        assertThat(rowsOf(lastMonday)).isZero();
        save(coach, lastMonday, "JOB_DEVELOPMENT-COMMUNITY", "50", "CLIENT_WORK-OFFICE", "30");
        assertThat(rowsOf(lastMonday)).isEqualTo(2);
    }

    @Test
    void hoursAreTypedWithADecimalCommaOrPoint() throws Exception {
        save(coach, lastMonday, "FOLLOW_ALONG-COMMUNITY", "1,5", "TEAM_MEETING-OFFICE", " 2.5 ");
        var week = coachTime.weekOf(staffMember, lastMonday);
        assertThat(week.hours(Activity.FOLLOW_ALONG, Place.COMMUNITY)).isEqualByComparingTo("1.5");
        assertThat(week.hours(Activity.TEAM_MEETING, Place.OFFICE)).isEqualByComparingTo("2.5");
    }

    @Test
    void whatIsNotHoursGetsAMessageNextToItsCellAndIsKept() throws Exception {
        Map<String, String> refusals = Map.of("kaksi", "Kirjoita tunnit numerona, esimerkiksi 1,5.",
                "99999999999", "Kirjoita tunnit numerona, esimerkiksi 1,5.",
                "1e3", "Kirjoita tunnit numerona, esimerkiksi 1,5.",
                "-3", "Tunnit eivät voi olla negatiivisia.",
                "1,25", "Kirjoita tunnit enintään yhdellä desimaalilla, esimerkiksi 1,5.");
        for (var refusal : refusals.entrySet()) {
            MockHttpServletResponse response = save(coach, lastMonday, "CARE_TEAM-COMMUNITY", refusal.getKey());
            assertThat(response.getStatus()).as(refusal.getKey()).isEqualTo(200);
            Document page = html(response);
            assertThat(page.getElementById("CARE_TEAM-COMMUNITY-error").text()).isEqualTo(refusal.getValue());
            assertThat(page.getElementById("CARE_TEAM-COMMUNITY").val()).isEqualTo(refusal.getKey());
            assertThat(page.getElementById("CARE_TEAM-COMMUNITY").attr("aria-describedby"))
                    .isEqualTo("CARE_TEAM-COMMUNITY-error");
        }
        assertThat(rowsOf(lastMonday)).isZero();
    }

    @Test
    void aWeekThatIsNoDateIsABadRequestNeverAnError() throws Exception {
        for (String week : List.of("kiva", "2026-02-30", "+999999999-01-01", "30.11.2026", "2026-11-30,2026-11-23")) {
            assertThat(mvc.perform(users.as(coach, get("/time")).param("week", week)).andReturn().getResponse().getStatus())
                    .as(week).isEqualTo(400);
            assertThat(save(coach, week, "JOB_DEVELOPMENT-COMMUNITY", "1").getStatus()).as(week).isEqualTo(400);
        }
        assertThat(mvc.perform(users.as(coach, get("/time")).param("week", "0001-01-01")).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(page("?week=" + lastMonday.plusDays(6)).select("input[name=week]").val())
                .isEqualTo(lastMonday.toString());
    }

    @Test
    void onlyTheIpsTeamRecordsItsTime() throws Exception {
        for (String outsider : List.of("careteam", "manager")) {
            assertThat(mvc.perform(users.as(outsider, get("/time"))).andReturn().getResponse().getStatus())
                    .as(outsider).isIn(403, 404);
            assertThat(save(outsider, lastMonday, "JOB_DEVELOPMENT-COMMUNITY", "1").getStatus())
                    .as(outsider).isIn(403, 404);
        }
    }

    @Test
    void theCoachFindsTheTimePageFromTheirWeek() throws Exception {
        Document week = Jsoup.parse(mvc.perform(users.as(coach, get("/week"))).andReturn().getResponse().getContentAsString());
        assertThat(week.select("main a[href=/time]").eachText()).containsExactly("Kirjaa tämän viikon työaikasi");
    }
}
