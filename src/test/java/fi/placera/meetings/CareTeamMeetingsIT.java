package fi.placera.meetings;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A care-team meeting records the coach's attendance and the clients discussed — only those who consented. */
@PlaceraIT
class CareTeamMeetingsIT {

    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TableChecksum checksum;

    private String coach;

    private UUID client(String lastName, boolean consented) throws Exception {
        Given.NewClient client = given.client(coach).named("Kari", lastName).agreedOn("2.1.2026", "PAPER_SIGNATURE");
        return (consented ? client.consentToTheCareTeam("SERVICE_RECORD") : client).create();
    }

    private MockHttpServletRequestBuilder meeting(String key, String heldOn, UUID client, String note) {
        return users.as(coach, post("/meetings")).param("key", key).param("careTeamId", CARE_VAASA).param("heldOn", heldOn)
                .param("coachAttended", "true").param("itemClientId", client.toString(), "", "")
                .param("itemNote", note, "", "");
    }

    @Test
    void onlyClientsWhoConsentedAreDiscussedAndTheMeetingIsRecordedOnce() throws Exception {
        coach = users.newCoach();
        UUID consented = client("Suostunut", true);
        UUID notConsented = client("Eisuostumusta", false);
        String before = checksum.of("care_team_meeting") + checksum.of("care_team_meeting_item");
        mvc.perform(meeting(UUID.randomUUID().toString(), "3.3.2026", notConsented, "Työkokeilun tilanne"))
                .andExpect(content().string(containsString("ei ole antanut suostumusta")))
                .andExpect(content().string(containsString("Työkokeilun tilanne")));
        mvc.perform(meeting(UUID.randomUUID().toString(), "1.1.2099", consented, "x"))
                .andExpect(content().string(containsString("Päivämäärä on tulevaisuudessa.")));
        assertThat(checksum.of("care_team_meeting") + checksum.of("care_team_meeting_item")).isEqualTo(before);

        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(meeting(key, "3.3.2026", consented, "Haastattelu ensi viikolla")).andExpect(redirectedUrl("/meetings"));
        }
        String page = mvc.perform(users.as(coach, get("/meetings"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("3.3.2026: Psykiatrinen avohoito Vaasa", "osallistui", "Kari Suostunut: Haastattelu ensi viikolla");
        assertThat(page.split("Haastattelu ensi viikolla", -1)).hasSize(2);
    }
}
