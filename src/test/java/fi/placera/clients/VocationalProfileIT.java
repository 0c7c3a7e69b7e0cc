package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.planning.VocationalProfiles;
import fi.placera.planning.VocationalProfiles.Disclosure;
import fi.placera.planning.VocationalProfiles.Meeting;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The vocational profile: built in 1–3 meetings, every version kept, disclosure discussed but never required. */
@PlaceraIT
class VocationalProfileIT {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired VocationalProfiles profiles;
    @Autowired TableChecksum checksum;

    private String coach;

    @BeforeEach
    void freshCoach() {
        coach = users.newCoach();
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(users.as(user)).with(csrf()).locale(SWEDISH);
    }

    private UUID client(boolean agreed) throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(as(coach, post("/clients")).param("id", id.toString()).param("firstName", "Pia")
                .param("lastName", "Profil").param("preferredLanguage", "sv")
                .param("ipsTeamId", "6a1f0000-0000-4000-8000-000000000001"));
        if (agreed) {
            mvc.perform(as(coach, post("/clients/" + id + "/agreement")).param("agreedOn", "1.2.2026")
                    .param("howAgreed", "STRONG_IDENTIFICATION"));
        }
        return id;
    }

    private void meeting(UUID id, String day, String covered) throws Exception {
        mvc.perform(as(coach, post("/clients/" + id + "/profile/meetings")).param("key", UUID.randomUUID().toString())
                .param("profileMetOn", day).param("profileCovered", covered)).andExpect(redirectedUrl("/clients/" + id));
    }

    @Test
    void nothingIsRecordedBeforeTheAgreementAndWhatWasTypedIsKept() throws Exception {
        UUID id = client(false);
        String before = checksum.of("vocational_profile") + checksum.of("profile_meeting");
        mvc.perform(as(coach, post("/clients/" + id + "/profile")).param("profileStrengths", "Noggrann och punktlig"))
                .andExpect(content().string(containsString("Registrera först samarbetsavtalet")))
                .andExpect(content().string(containsString("Noggrann och punktlig")));
        mvc.perform(as(coach, post("/clients/" + id + "/profile/meetings")).param("key", UUID.randomUUID().toString())
                        .param("profileMetOn", "3.2.2026").param("profileCovered", "Styrkor"))
                .andExpect(content().string(containsString("Registrera först samarbetsavtalet")));
        assertThat(checksum.of("vocational_profile") + checksum.of("profile_meeting")).isEqualTo(before);
    }

    @Test
    void meetingsAreNumberedAndAFourthIsShownAsMoreThanTheUsualThree() throws Exception {
        UUID id = client(true);
        meeting(id, "3.2.2026", "Styrkor och intressen");
        meeting(id, "10.2.2026", "Arbetshistoria");
        meeting(id, "17.2.2026", "Önskemål");
        mvc.perform(as(coach, get("/clients/" + id)))
                .andExpect(content().string(not(containsString("den här har tagit"))));
        meeting(id, "24.2.2026", "Slutförd");
        assertThat(profiles.meetings(id)).extracting(Meeting::number).containsExactly(1, 2, 3, 4);
        mvc.perform(as(coach, get("/clients/" + id)))
                .andExpect(content().string(containsString("Profilen görs vanligen upp under 3 möten; den här har tagit 4.")));
    }

    @Test
    void everyVersionIsKeptAndAStaleSaveIsAConflictThatKeepsTheText() throws Exception {
        UUID id = client(true);
        mvc.perform(as(coach, post("/clients/" + id + "/profile")).param("profileStrengths", "Noggrann")
                .param("preferredWork", "Lager")).andExpect(redirectedUrl("/clients/" + id));
        mvc.perform(as(coach, post("/clients/" + id + "/profile")).param("version", "1").param("profileStrengths", "Noggrann")
                        .param("preferredWork", "Lager eller butik").param("disclosurePreference", "PARTLY"))
                .andExpect(redirectedUrl("/clients/" + id));
        mvc.perform(as("teamleader", post("/clients/" + id + "/profile")).param("version", "1")
                        .param("preferredWork", "Kafé, deltid"))
                .andExpect(content().string(containsString("Kafé, deltid")))
                .andExpect(content().string(containsString("Någon annan sparade")));
        assertThat(profiles.history(id)).hasSize(2);
        assertThat(profiles.profileOf(id).orElseThrow().content().preferredWork()).isEqualTo("Lager eller butik");
        assertThat(profiles.profileOf(id).orElseThrow().content().disclosure()).isEqualTo(Disclosure.PARTLY);
    }

    @Test
    void disclosureIsDiscussedAndRevisitedButNeverRequired() throws Exception {
        UUID id = client(true);
        mvc.perform(as(coach, post("/clients/" + id + "/profile")).param("preferredWork", "Lager"))
                .andExpect(redirectedUrl("/clients/" + id));
        assertThat(profiles.disclosureDiscussions(id)).isEmpty();
        mvc.perform(as(coach, post("/clients/" + id + "/disclosure")).param("key", UUID.randomUUID().toString())
                .param("discussedOn", "5.2.2026").param("disclosurePros", "Anpassningar blir möjliga")
                .param("disclosureCons", "Oro för fördomar").param("agreedWording", "Jag har en långvarig sjukdom")
                .param("disclosureDecision", "PARTLY").param("revisitOn", "5.5.2026"))
                .andExpect(redirectedUrl("/clients/" + id));
        mvc.perform(as(coach, post("/clients/" + id + "/disclosure")).param("key", UUID.randomUUID().toString())
                        .param("discussedOn", "5.2.2026").param("disclosureDecision", "DISCLOSE").param("revisitOn", "1.1.2026"))
                .andExpect(content().string(containsString("id=\"revisitOn-error\"")));
        assertThat(profiles.disclosureDiscussions(id)).singleElement()
                .satisfies(talk -> assertThat(talk.agreedWording()).isEqualTo("Jag har en långvarig sjukdom"));
        mvc.perform(as(coach, get("/clients/" + id)))
                .andExpect(content().string(containsString("Delvis, med avtalade ord")))
                .andExpect(content().string(containsString("återkommer 5.5.2026")));
    }

    @Test
    void badDatesOverlongTextAndEmptyProfilesAreRefusedAndMarkupIsShownAsText() throws Exception {
        UUID id = client(true);
        String before = checksum.of("vocational_profile") + checksum.of("profile_meeting");
        mvc.perform(as(coach, post("/clients/" + id + "/profile/meetings")).param("profileMetOn", "30.2.2026")
                        .param("profileCovered", "x"))
                .andExpect(content().string(containsString("id=\"profileMetOn-error\"")));
        mvc.perform(as(coach, post("/clients/" + id + "/profile/meetings")).param("profileMetOn", "1.1.2099")
                        .param("profileCovered", "x"))
                .andExpect(content().string(containsString("id=\"profileMetOn-error\"")));
        mvc.perform(as(coach, post("/clients/" + id + "/profile")).param("profileSkills", "x".repeat(4001)))
                .andExpect(content().string(containsString("id=\"profileSkills-error\"")));
        mvc.perform(as(coach, post("/clients/" + id + "/profile")).param("profileSkills", " "))
                .andExpect(content().string(containsString("Skriv minst en del av profilen.")));
        assertThat(checksum.of("vocational_profile") + checksum.of("profile_meeting")).isEqualTo(before);
        mvc.perform(as(coach, post("/clients/" + id + "/profile")).param("profileSkills", "<b>Excel</b>"))
                .andExpect(redirectedUrl("/clients/" + id));
        mvc.perform(as(coach, get("/clients/" + id)))
                .andExpect(content().string(containsString("&lt;b&gt;Excel&lt;/b&gt;")));
    }
}
