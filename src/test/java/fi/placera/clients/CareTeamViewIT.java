package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A care-team member sees on the client page only the kinds of information the client consented to, and records nothing. */
@PlaceraIT
class CareTeamViewIT {

    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";
    private static final String PROFILE_CANARY = "KANARIA-PROFIILI-vahvuus";
    private static final String PLAN_CANARY = "KANARIA-SUUNNITELMA-tavoite";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;

    private Document page(String user, UUID client) throws Exception {
        return Jsoup.parse(mvc.perform(get("/clients/" + client).with(users.as(user)).locale(Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void consent(String coach, UUID client, String kind) throws Exception {
        mvc.perform(post("/clients/" + client + "/consents").with(users.as(coach)).with(csrf())
                .param("party", "CARE_TEAM:" + CARE_VAASA).param("kind", kind).param("validFrom", "2.1.2026"));
    }

    @Test
    void theCareTeamSeesTheConsentedKindsOnlyWhileTheTeamSeesEverything() throws Exception {
        String coach = users.newCoach();
        UUID client = given.client(coach).named("Kaisu", "Kirjo").agreedOn("2.1.2026", "PAPER_SIGNATURE").create();
        consent(coach, client, "IDENTITY");
        consent(coach, client, "ACTION_PLAN");
        // AZ3: a canary in a kind the client did not consent to share (the vocational profile), one in a kind they did
        mvc.perform(post("/clients/" + client + "/profile").with(users.as(coach)).with(csrf())
                .param("profileStrengths", PROFILE_CANARY).param("disclosurePreference", "UNDECIDED"));
        mvc.perform(post("/clients/" + client + "/plan").with(users.as(coach)).with(csrf())
                .param("startedOn", "3.1.2026").param("goals", PLAN_CANARY));

        Document careTeam = page("careteam", client);
        assertThat(careTeam.getElementById("plan-heading")).isNotNull();
        for (String hidden : new String[] {"profile-heading", "counselling-heading", "referral-heading", "consents-heading"}) {
            assertThat(careTeam.getElementById(hidden)).as(hidden).isNull();
        }
        assertThat(careTeam.select("a[href$=/record]")).isEmpty();
        assertThat(careTeam.html()).contains(PLAN_CANARY).doesNotContain(PROFILE_CANARY);
        mvc.perform(get("/clients/" + client + "/record").with(users.as("careteam"))).andExpect(status().isNotFound());
        mvc.perform(post("/clients/" + client + "/plan").with(users.as("careteam")).with(csrf())
                .param("startedOn", "2.1.2026").param("goals", "x")).andExpect(status().isForbidden());

        Document team = page(coach, client);
        for (String shown : new String[] {"plan-heading", "profile-heading", "counselling-heading", "referral-heading"}) {
            assertThat(team.getElementById(shown)).as(shown).isNotNull();
        }
        assertThat(team.select("a[href$=/record]")).hasSize(1);
        assertThat(team.html()).contains(PLAN_CANARY, PROFILE_CANARY);
    }
}
