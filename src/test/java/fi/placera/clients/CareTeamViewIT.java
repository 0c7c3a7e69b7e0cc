package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A care-team member sees on the client page only the kinds of information the client consented to, and records
 * nothing: the pages offer them no forms that would be refused (decision 0054), as they offer the client's coach.
 */
@PlaceraIT
class CareTeamViewIT {

    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";
    private static final String PROFILE_CANARY = "KANARIA-PROFIILI-vahvuus";
    private static final String PLAN_CANARY = "KANARIA-SUUNNITELMA-tavoite";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;

    private Document page(String user, UUID client) throws Exception {
        return page(user, client, "");
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

        Document overview = page("careteam", client);
        assertThat(overview.getElementById("comment-heading")).as("the plan's comment").isNotNull();
        assertThat(overview.getElementById("consents-heading")).as("consents are the service record").isNull();
        assertThat(overview.select("nav.record-nav a").eachAttr("href")).as("only the parts the care team reads")
                .containsExactly("/clients/" + client, "/clients/" + client + "/plan");
        Document plan = page("careteam", client, "/plan");
        assertThat(plan.getElementById("plan-heading")).isNotNull();
        assertThat(plan.html()).contains(PLAN_CANARY).doesNotContain(PROFILE_CANARY);
        for (String part : new String[] {"profile", "counselling", "referral", "consents"}) {
            Document careTeam = page("careteam", client, "/" + part);
            assertThat(careTeam.getElementById(part + "-heading")).as(part).isNull();
            assertThat(careTeam.html()).as(part).doesNotContain(PLAN_CANARY, PROFILE_CANARY);
        }
        mvc.perform(get("/clients/" + client + "/record").with(users.as("careteam"))).andExpect(status().isNotFound());
        mvc.perform(post("/clients/" + client + "/plan").with(users.as("careteam")).with(csrf())
                .param("startedOn", "2.1.2026").param("goals", "x")).andExpect(status().isForbidden());

        for (String part : new String[] {"plan", "profile", "counselling", "referral", "consents"}) {
            assertThat(page(coach, client, "/" + part).getElementById(part + "-heading")).as(part).isNotNull();
        }
        assertThat(page(coach, client).select("nav.record-nav a[href$=/record]")).hasSize(1);
        assertThat(page(coach, client, "/plan").html()).contains(PLAN_CANARY);
        assertThat(page(coach, client, "/profile").html()).contains(PROFILE_CANARY);
    }

    /** Issue 21: every kind shared with the care team, yet the client's pages show its members no writing form. */
    @Test
    void aCareTeamMemberSeesNoWriteFormsWhereTheCoachSeesThem() throws Exception {
        String coach = users.newCoach();
        UUID client = UUID.randomUUID();
        mvc.perform(post("/clients").with(users.as(coach)).with(csrf()).param("id", client.toString())
                .param("firstName", "Lukija").param("lastName", "Lomake").param("preferredLanguage", "fi")
                .param("ipsTeamId", "6a1f0000-0000-4000-8000-000000000001"));
        mvc.perform(post("/clients/" + client + "/agreement").with(users.as(coach)).with(csrf())
                .param("agreedOn", "2.1.2026").param("howAgreed", "PAPER_SIGNATURE"));
        for (String kind : new String[] {"IDENTITY", "SERVICE_RECORD", "ACTION_PLAN", "VOCATIONAL_PROFILE",
                "EMPLOYMENT", "BENEFITS"}) {
            consent(coach, client, kind);
        }
        mvc.perform(post("/clients/" + client + "/plan").with(users.as(coach)).with(csrf())
                .param("startedOn", "3.1.2026").param("goals", PLAN_CANARY));

        assertThat(page("careteam", client, "/plan").html()).as("the care team reads the shared plan").contains(PLAN_CANARY);
        for (String path : new String[] {"/referral", "/consents", "/plan", "/profile", "/counselling", "/jobs",
                "/support"}) {
            Document careTeam = page("careteam", client, path);
            assertThat(writeForms(careTeam, client)).as("write forms for the care team on " + path).isEmpty();
            assertThat(careTeam.select("a[href*=/employer-contacts/new]")).isEmpty();
            assertThat(writeForms(page(coach, client, path), client)).as("write forms for the coach on " + path)
                    .isNotEmpty();
        }
        assertThat(writeForms(page("careteam", client, ""), client)).isEmpty();
        assertThat(writeForms(page(coach, client, "/consents"), client)).contains("/clients/" + client + "/consents",
                "/clients/" + client + "/portal-invite");
        assertThat(writeForms(page(coach, client, "/plan"), client)).contains("/clients/" + client + "/plan");
        // the refusal stays where a form is posted anyway
        mvc.perform(post("/clients/" + client + "/plan").with(users.as("careteam")).with(csrf())
                .param("startedOn", "2.1.2026").param("goals", "x")).andExpect(status().isForbidden());
    }

    private Document page(String user, UUID client, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get("/clients/" + client + path).with(users.as(user))
                .locale(Locale.forLanguageTag("fi"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** The actions of the page's posting forms about this client (the layout's own, such as signing out, aside). */
    private static List<String> writeForms(Document page, UUID client) {
        return page.select("form").stream().filter(form -> "post".equalsIgnoreCase(form.attr("method")))
                .map(form -> form.attr("action")).filter(action -> action.contains(client.toString())).toList();
    }
}
