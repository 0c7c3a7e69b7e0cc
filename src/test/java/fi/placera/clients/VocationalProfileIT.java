package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.planning.VocationalProfiles;
import fi.placera.planning.VocationalProfiles.Disclosure;
import fi.placera.planning.VocationalProfiles.Meeting;
import fi.placera.planning.VocationalProfiles.Profile;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The vocational profile: built in 1–3 meetings, every version kept, disclosure discussed but never required. */
@PlaceraIT
class VocationalProfileIT {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired VocationalProfiles profiles;
    @Autowired TableChecksum checksum;

    private String coach;

    @BeforeEach
    void freshCoach() {
        coach = users.newCoach();
    }

    private MockHttpServletRequestBuilder posted(UUID id, String path) {
        return users.as(coach, SWEDISH, post("/clients/" + id + path)).param("key", UUID.randomUUID().toString());
    }

    private UUID client(boolean agreed) throws Exception {
        Given.NewClient client = given.client(coach).named("Pia", "Profil").speaking("sv");
        return (agreed ? client.agreedOn("1.2.2026") : client).create();
    }

    private void meeting(UUID id, String day, String covered) throws Exception {
        mvc.perform(posted(id, "/profile/meetings").param("profileMetOn", day).param("profileCovered", covered))
                .andExpect(redirectedUrl("/clients/" + id + "/profile"));
    }

    private String tables() {
        return checksum.of("vocational_profile") + checksum.of("profile_meeting") + checksum.of("disclosure_discussion");
    }

    private String page(UUID id) throws Exception {
        return mvc.perform(users.as(coach, SWEDISH, get("/clients/" + id + "/profile"))).andReturn().getResponse().getContentAsString();
    }

    private static List<String> duplicateIds(String html, String... expected) {
        List<String> seen = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Matcher ids = ID.matcher(html);
        while (ids.find()) {
            (seen.contains(ids.group(1)) ? duplicates : seen).add(ids.group(1));
        }
        assertThat(seen).as("ids found on the page").contains(expected);
        return duplicates;
    }

    @Test
    void nothingIsRecordedBeforeTheAgreementAndWhatWasTypedIsKept() throws Exception {
        UUID id = client(false);
        String before = tables();
        mvc.perform(posted(id, "/profile").param("profileStrengths", "Noggrann och punktlig"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera först samarbetsavtalet")))
                .andExpect(content().string(containsString("Noggrann och punktlig")));
        mvc.perform(posted(id, "/profile/meetings").param("profileMetOn", "3.2.2026").param("profileCovered", "Styrkor"))
                .andExpect(content().string(containsString("Registrera först samarbetsavtalet")))
                .andExpect(content().string(containsString("Styrkor")));
        mvc.perform(posted(id, "/disclosure").param("discussedOn", "3.2.2026").param("disclosureDecision", "PARTLY")
                        .param("disclosurePros", "Anpassningar blir möjliga"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera först samarbetsavtalet")))
                .andExpect(content().string(containsString("Anpassningar blir möjliga")));
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void meetingsAreNumberedAndAFourthIsShownAsMoreThanTheUsualThree() throws Exception {
        UUID id = client(true);
        meeting(id, "3.2.2026", "Styrkor och intressen");
        meeting(id, "10.2.2026", "Arbetshistoria");
        meeting(id, "17.2.2026", "Önskemål");
        mvc.perform(users.as(coach, SWEDISH, get("/clients/" + id + "/profile")))
                .andExpect(content().string(not(containsString("den här har tagit"))));
        meeting(id, "24.2.2026", "Slutförd");
        assertThat(profiles.meetings(id)).extracting(Meeting::number).containsExactly(1, 2, 3, 4);
        mvc.perform(users.as(coach, SWEDISH, get("/clients/" + id + "/profile")))
                .andExpect(content().string(containsString("<li value=\"4\">")))
                .andExpect(content().string(containsString("<span>24.2.2026: Slutförd</span>")))
                .andExpect(content().string(containsString("Profilen görs vanligen upp under 3 möten; den här har tagit 4.")));
    }

    @Test
    void everyVersionIsKeptAndAStaleSaveIsAConflictThatKeepsTheTextUntilSavedOverTheNewest() throws Exception {
        UUID id = client(true);
        mvc.perform(posted(id, "/profile").param("profileStrengths", "Noggrann").param("preferredWork", "Lager"))
                .andExpect(redirectedUrl("/clients/" + id + "/profile"));
        mvc.perform(posted(id, "/profile").param("version", "1").param("profileStrengths", "Noggrann")
                        .param("preferredWork", "Lager eller butik").param("disclosurePreference", "PARTLY"))
                .andExpect(redirectedUrl("/clients/" + id + "/profile"));
        String before = tables();
        mvc.perform(users.as("teamleader", SWEDISH, post("/clients/" + id + "/profile")).param("version", "1")
                        .param("preferredWork", "Kafé, deltid"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kafé, deltid")))
                .andExpect(content().string(containsString("Någon annan sparade")))
                .andExpect(content().string(containsString("name=\"version\" value=\"2\"")))
                .andExpect(content().string(containsString("<details open")));
        assertThat(tables()).isEqualTo(before);
        assertThat(profiles.profileOf(id).orElseThrow().content().preferredWork()).isEqualTo("Lager eller butik");
        assertThat(profiles.profileOf(id).orElseThrow().content().disclosure()).isEqualTo(Disclosure.PARTLY);

        mvc.perform(users.as("teamleader", SWEDISH, post("/clients/" + id + "/profile")).param("version", "2")
                        .param("preferredWork", "Kafé, deltid"))
                .andExpect(redirectedUrl("/clients/" + id + "/profile"));
        assertThat(profiles.history(id)).extracting(Profile::version).containsExactly(3, 2, 1);
        assertThat(profiles.history(id)).extracting(version -> version.content().preferredWork())
                .containsExactly("Kafé, deltid", "Lager eller butik", "Lager");
        mvc.perform(users.as(coach, SWEDISH, get("/clients/" + id + "/profile")))
                .andExpect(content().string(containsString("<dd>Lager eller butik</dd>")))
                .andExpect(content().string(containsString("<dd>Delvis, med avtalade ord</dd>")))
                .andExpect(content().string(not(containsString("<details open"))));
    }

    @Test
    void disclosureIsDiscussedAndRevisitedButNeverRequired() throws Exception {
        UUID id = client(true);
        mvc.perform(posted(id, "/profile").param("preferredWork", "Lager"))
                .andExpect(redirectedUrl("/clients/" + id + "/profile"));
        assertThat(profiles.disclosureDiscussions(id)).isEmpty();
        mvc.perform(posted(id, "/disclosure").param("discussedOn", "5.2.2026")
                        .param("disclosurePros", "Anpassningar blir möjliga").param("disclosureCons", "Oro för fördomar")
                        .param("agreedWording", "Jag har en långvarig sjukdom").param("disclosureDecision", "PARTLY")
                        .param("revisitOn", "5.5.2026"))
                .andExpect(redirectedUrl("/clients/" + id + "/profile"));
        mvc.perform(posted(id, "/disclosure").param("discussedOn", "5.2.2026").param("disclosureDecision", "DISCLOSE")
                        .param("revisitOn", "1.1.2026"))
                .andExpect(content().string(containsString("id=\"revisitOn-error\"")));
        assertThat(profiles.disclosureDiscussions(id)).singleElement()
                .satisfies(talk -> assertThat(talk.agreedWording()).isEqualTo("Jag har en långvarig sjukdom"));
        mvc.perform(users.as(coach, SWEDISH, get("/clients/" + id + "/profile")))
                .andExpect(content().string(containsString("Delvis, med avtalade ord")))
                .andExpect(content().string(containsString("<dd>Anpassningar blir möjliga</dd>")))
                .andExpect(content().string(containsString("<dd>Oro för fördomar</dd>")))
                .andExpect(content().string(containsString("återkommer 5.5.2026")))
                .andExpect(content().string(containsString("det skulle tas upp igen 5.5.2026")));

        mvc.perform(posted(id, "/disclosure").param("discussedOn", "6.2.2026").param("disclosureDecision", "DISCLOSE")
                        .param("revisitOn", "1.1.2099"))
                .andExpect(redirectedUrl("/clients/" + id + "/profile"));
        mvc.perform(users.as(coach, SWEDISH, get("/clients/" + id + "/profile")))
                .andExpect(content().string(not(containsString("det skulle tas upp igen"))));
    }

    @Test
    void badDatesOverlongTextAndEmptyProfilesAreRefusedNextToTheFieldAndChangeNothing() throws Exception {
        UUID id = client(true);
        String before = tables();
        mvc.perform(posted(id, "/profile/meetings").param("profileMetOn", "30.2.2026").param("profileCovered", "x"))
                .andExpect(content().string(containsString("id=\"profileMetOn-error\"")));
        mvc.perform(posted(id, "/profile/meetings").param("profileMetOn", "1.1.2099").param("profileCovered", "x"))
                .andExpect(content().string(containsString("id=\"profileMetOn-error\"")));
        mvc.perform(posted(id, "/profile/meetings").param("profileMetOn", "3.2.2026").param("profileCovered", " "))
                .andExpect(content().string(containsString("id=\"profileCovered-error\"")));
        mvc.perform(posted(id, "/profile").param("profileSkills", "x".repeat(4001)))
                .andExpect(content().string(containsString("id=\"profileSkills-error\"")));
        mvc.perform(posted(id, "/profile").param("profileSkills", " "))
                .andExpect(content().string(containsString("Skriv minst en del av profilen.")));
        mvc.perform(posted(id, "/profile").param("preferredHours", "20 h").param("disclosurePreference", "MAYBE"))
                .andExpect(content().string(containsString("id=\"disclosurePreference-error\"")))
                .andExpect(content().string(containsString("20 h")));
        mvc.perform(posted(id, "/disclosure").param("discussedOn", "30.2.2026").param("disclosureDecision", "PARTLY"))
                .andExpect(content().string(containsString("id=\"discussedOn-error\"")));
        mvc.perform(posted(id, "/disclosure").param("discussedOn", "1.1.2099").param("disclosureDecision", "PARTLY"))
                .andExpect(content().string(containsString("id=\"discussedOn-error\"")));
        mvc.perform(posted(id, "/disclosure").param("discussedOn", "3.2.2026").param("disclosureDecision", "PARTLY")
                        .param("disclosureCons", "y".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"disclosureCons-error\"")));
        mvc.perform(posted(id, "/disclosure").param("discussedOn", "3.2.2026").param("disclosureDecision", "SOMETIMES")
                        .param("agreedWording", "Kept wording"))
                .andExpect(content().string(containsString("id=\"disclosureDecision-error\"")))
                .andExpect(content().string(containsString("Kept wording")));
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void markupIsStoredAsTypedAndShownAsText() throws Exception {
        UUID id = client(true);
        meeting(id, "3.2.2026", "<script>alert(1)</script>");
        mvc.perform(posted(id, "/profile").param("profileSkills", "<b>Excel</b>"))
                .andExpect(redirectedUrl("/clients/" + id + "/profile"));
        mvc.perform(posted(id, "/disclosure").param("discussedOn", "3.2.2026").param("disclosureDecision", "PARTLY")
                .param("agreedWording", "<i>sjukdom</i>")).andExpect(redirectedUrl("/clients/" + id + "/profile"));
        assertThat(profiles.meetings(id)).extracting(Meeting::covered).containsExactly("<script>alert(1)</script>");
        assertThat(profiles.profileOf(id).orElseThrow().content().skills()).isEqualTo("<b>Excel</b>");
        String html = page(id);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Excel&lt;/b&gt;",
                "&lt;i&gt;sjukdom&lt;/i&gt;").doesNotContain("<script>alert(1)", "<b>Excel", "<i>sjukdom");
    }

    @Test
    void everyIdOnTheClientPageIsUniqueWithTheProfileFilledIn() throws Exception {
        UUID id = client(true);
        mvc.perform(users.as(coach, SWEDISH, post("/clients/" + id + "/plan")).param("startedOn", "2.2.2026").param("goals", "Lager"));
        meeting(id, "3.2.2026", "Styrkor");
        mvc.perform(posted(id, "/profile").param("profileStrengths", "Noggrann").param("preferredHours", "20 h, förmiddagar"));
        mvc.perform(posted(id, "/disclosure").param("discussedOn", "3.2.2026").param("disclosureDecision", "PARTLY")
                .param("disclosurePros", "Stöd på arbetsplatsen").param("revisitOn", "3.3.2026"));
        assertThat(duplicateIds(page(id), "profileStrengths", "disclosurePros")).isEmpty();
        assertThat(duplicateIds(mvc.perform(users.as(coach, SWEDISH, get("/clients/" + id + "/plan"))).andReturn()
                .getResponse().getContentAsString(), "goals")).isEmpty();
        String refused = mvc.perform(posted(id, "/disclosure").param("discussedOn", "3.2.2026")
                .param("disclosureDecision", "PARTLY").param("disclosurePros", "z".repeat(4001)))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"disclosurePros-error\"");
        assertThat(duplicateIds(refused, "profileStrengths", "disclosurePros", "error-summary")).isEmpty();
    }
}
