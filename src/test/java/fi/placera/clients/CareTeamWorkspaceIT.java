package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import fi.placera.testing.PlaceraIT;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The care team's workspace (issue 27 §1, decision 0083): a member sees exactly the patients in IPS who consent to
 * share with their care team and exactly the kinds shared, nothing after a withdrawal, nothing of another care team's
 * patients, every row a logged read; the electronic referral lands on the waiting list of the IPS team's leader.
 */
@PlaceraIT
class CareTeamWorkspaceIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final String CARE_MUSTASAARI = "6a1f0000-0000-4000-8000-000000000102";
    private static final String DEMO_TEAM = Given.DEMO_TEAM;

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;

    private Document workspace(String user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/care-team").with(users.as(user)).locale(FINNISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static Element row(Document page, String name) {
        return page.select("table tbody tr").stream().filter(tr -> tr.child(0).text().equals(name)).findFirst()
                .orElse(null);
    }

    @Test
    void theMemberSeesExactlyTheConsentingPatientsAndKindsEachReadLogged() throws Exception {
        String coach = users.newCoach();
        UUID sharing = given.client(coach).named("Jaana", "Jakaja").agreedOn("2.1.2026")
                .consentToTheCareTeam("IDENTITY", "SERVICE_RECORD", "ACTION_PLAN").create();
        UUID nameOnly = given.client(coach).named("Niina", "Niminen").agreedOn("2.1.2026")
                .consentToTheCareTeam("IDENTITY").create();
        UUID withoutName = given.client(coach).named("Piia", "Piilo").agreedOn("2.1.2026")
                .consentToTheCareTeam("SERVICE_RECORD").create();
        UUID none = given.client(coach).named("Eino", "Eikenenkään").agreedOn("2.1.2026").create();

        Document page = workspace("careteam");
        Element shared = row(page, "Jaana Jakaja");
        assertThat(shared).isNotNull();
        assertThat(shared.text()).contains("Palvelussa", "Testi Valmentaja " + coach);
        assertThat(shared.select("a").attr("href")).as("the record, as far as shared").isEqualTo("/clients/" + sharing);
        assertThat(shared.select("li").eachText()).containsExactlyInAnyOrder("Nimi ja yhteystiedot",
                "Lähete ja palvelu", "Toimintasuunnitelma");
        Element named = row(page, "Niina Niminen");
        assertThat(named).isNotNull();
        assertThat(named.text()).as("no phase or coach without the service record").doesNotContain("Palvelussa", coach)
                .contains("ei jaa palvelun tietoja");
        assertThat(named.select("li").eachText()).containsExactly("Nimi ja yhteystiedot");
        assertThat(page.html()).doesNotContain("Piilo", "Eikenenkään");

        assertThat(logged(sharing)).containsExactly("IDENTITY,SERVICE_RECORD GRANTED");
        assertThat(logged(nameOnly)).containsExactly("IDENTITY GRANTED");
        assertThat(logged(withoutName)).as("a client not listed is not read").isEmpty();
        assertThat(logged(none)).isEmpty();

        // the client withdraws: at once nothing of them, and nothing read
        String consent = jdbc.sql("select id::text from consent where client_id = ? and kind = 'IDENTITY'")
                .param(sharing).query(String.class).single();
        mvc.perform(post("/clients/" + sharing + "/consents/" + consent + "/withdraw").with(users.as(coach)).with(csrf()))
                .andExpect(redirectedUrl("/clients/" + sharing + "/consents"));
        assertThat(row(workspace("careteam"), "Jaana Jakaja")).isNull();
        assertThat(logged(sharing)).hasSize(1);
    }

    @Test
    void anotherCareTeamsMemberAnEmergencyGrantAndTheIpsTeamSeeNoneOfIt() throws Exception {
        String coach = users.newCoach();
        UUID sharing = given.client(coach).named("Vilma", "Vaasalainen").agreedOn("2.1.2026")
                .consentToTheCareTeam("IDENTITY", "SERVICE_RECORD").create();
        UUID other = given.client(coach).named("Hätä", "Hukkanen").agreedOn("2.1.2026").create();
        String mustasaari = users.newCareTeamMemberOf(CARE_MUSTASAARI);

        assertThat(workspace(mustasaari).html()).doesNotContain("Vaasalainen");
        assertThat(logged(sharing, mustasaari)).isEmpty();

        // an emergency grant reads the record; it does not put the client on the care team's list
        mvc.perform(post("/clients/" + other + "/emergency").with(users.as("careteam")).with(csrf())
                .param("reason", "Patient in crisis, the coach cannot be reached")).andExpect(redirectedUrl("/clients/" + other));
        assertThat(workspace("careteam").html()).doesNotContain("Hukkanen");

        for (String staff : List.of(coach, "teamleader", "manager", "evaluator", "admin")) {
            mvc.perform(get("/care-team").with(users.as(staff))).andExpect(status().isForbidden());
            mvc.perform(get("/care-team/referral").with(users.as(staff))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/").with(users.as("careteam"))).andExpect(redirectedUrl("/care-team"));
    }

    @Test
    void aReferralLandsOnTheWaitingListOfTheTeamTheCareTeamWorksWith() throws Exception {
        String name = "Reija Ohjattu" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = UUID.randomUUID();
        String code = Given.identityCode();
        mvc.perform(referral(id, name, code, "careteam")).andExpect(redirectedUrl("/care-team"));
        mvc.perform(referral(id, name, code, "careteam")).andExpect(redirectedUrl("/care-team"));

        assertThat(jdbc.sql("""
                        select r.source || ' ' || r.referred_by || ' ' || r.wish_to_work || ' ' || c.ips_team_id
                               || ' ' || (c.coach_staff_id is null) || ' ' || w.ips_team_id
                        from referral r join client c on c.id = r.client_id join client_wait w on w.client_id = c.id
                        where c.id = ?""").param(id).query(String.class).list())
                .as("one referral, in the team the care team works with, without a coach, waiting")
                .containsExactly("CARE_TEAM Hoitaja Hanna 040 123 Haluan töihin kauppaan " + DEMO_TEAM + " true "
                        + DEMO_TEAM);
        String waiting = mvc.perform(get("/team/waiting").with(users.as("teamleader"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(waiting).contains(name.substring(name.indexOf(' ') + 1));
        assertThat(mvc.perform(get("/clients/" + id + "/referral").with(users.as("teamleader")).locale(FINNISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("the leader reads the wish to work and whom to call").contains("Haluan töihin kauppaan",
                        "Hoitaja Hanna 040 123");
        // a person without a coach in the team's figures (a coachless row once failed the page)
        mvc.perform(get("/team/figures/REFERRED").with(users.as("teamleader")).locale(FINNISH))
                .andExpect(status().isOk());
        assertThat(workspace("careteam").html()).as("the referrer sees nothing without the client's consent")
                .doesNotContain(name.substring(name.indexOf(' ') + 1));
    }

    @Test
    void aBadReferralIsRefusedNextToItsFieldsWithEverythingTypedKept() throws Exception {
        String page = mvc.perform(users.as("careteam", FINNISH, post("/care-team/referral")
                        .param("id", UUID.randomUUID().toString()).param("careTeamId", Given.CARE_VAASA)
                        .param("ipsTeamId", DEMO_TEAM).param("firstName", "Säilyvä").param("lastName", "")
                        .param("identityCode", "010101-1234").param("preferredLanguage", "sv")
                        .param("wishToWork", "Töihin puutarhaan").param("contact", "")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(page);
        assertThat(form.select("#error-summary a").eachAttr("href"))
                .contains("#lastName", "#identityCode", "#contact");
        assertThat(form.getElementById("firstName").val()).isEqualTo("Säilyvä");
        assertThat(form.getElementById("wishToWork").text()).isEqualTo("Töihin puutarhaan");
        assertThat(form.select("#preferredLanguage option[selected]").val()).isEqualTo("sv");

        // malformed and foreign ids: a refusal on the field, never a 500, nothing saved
        UUID id = UUID.randomUUID();
        for (String[] ids : new String[][] {{"not-a-uuid", DEMO_TEAM}, {CARE_MUSTASAARI, DEMO_TEAM},
                {Given.CARE_VAASA, UUID.randomUUID().toString()}, {Given.CARE_VAASA, "%00"}}) {
            mvc.perform(users.as("careteam", FINNISH, post("/care-team/referral").param("id", id.toString())
                    .param("careTeamId", ids[0]).param("ipsTeamId", ids[1]).param("firstName", "Vieras")
                    .param("lastName", "Tunniste").param("preferredLanguage", "fi").param("wishToWork", "Töihin")
                    .param("contact", "Hoitaja"))).andExpect(status().isOk());
        }
        assertThat(jdbc.sql("select count(*) from client where id = ?").param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void anIdentityCodeAlreadyInServiceIsRefusedWithoutSayingWhose() throws Exception {
        String coach = users.newCoach();
        String code = Given.identityCode();
        UUID existing = given.client(coach).named("Olemassa", "Oleva").identifiedBy(code).agreedOn("2.1.2026")
                .consentToTheCareTeam("IDENTITY").create();
        UUID id = UUID.randomUUID();
        String page = mvc.perform(referral(id, "Toinen Nimi", code, "careteam")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Olemassa", "Oleva");
        assertThat(Jsoup.parse(page).getElementById("identityCode").val()).isEqualTo(code);
        assertThat(jdbc.sql("select count(*) from client where id = ?").param(id).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from access_log where client_id = ? and purpose = 'identity code check at registration'")
                .param(existing).query(Integer.class).single()).as("the look at the client is logged").isEqualTo(1);
    }

    private MockHttpServletRequestBuilder referral(UUID id, String name, String code, String user) {
        return users.as(user, FINNISH, post("/care-team/referral").param("id", id.toString())
                .param("careTeamId", Given.CARE_VAASA).param("ipsTeamId", DEMO_TEAM)
                .param("firstName", name.substring(0, name.indexOf(' '))).param("lastName", name.substring(name.indexOf(' ') + 1))
                .param("identityCode", code).param("preferredLanguage", "fi")
                .param("wishToWork", "Haluan töihin kauppaan").param("contact", "Hoitaja Hanna 040 123"));
    }

    private List<String> logged(UUID client) {
        return logged(client, "careteam");
    }

    private List<String> logged(UUID client, String username) {
        return jdbc.sql("""
                        select data_kind || ' ' || outcome from access_log
                        where client_id = ? and username = ? and purpose = 'care team patients' order by id""")
                .params(client, username).query(String.class).list();
    }
}
