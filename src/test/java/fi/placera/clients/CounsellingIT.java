package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.BenefitsCounselling.DueReason;
import fi.placera.planning.CounsellingDue;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Benefits counselling: only after the agreement, due at the start of the service, no duplicates, clear refusals. */
@PlaceraIT
class CounsellingIT {


    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired BenefitsCounselling counselling;
    @Autowired TableChecksum checksum;

    private String coach;

    @BeforeEach
    void freshCoach() {
        coach = users.newCoach();
    }

    private UUID client(String agreedOn) throws Exception {
        Given.NewClient client = given.client(coach).named("Elli", "Etuus");
        return (agreedOn == null ? client : client.agreedOn(agreedOn)).create();
    }

    private MockHttpServletRequestBuilder session(UUID client, String key) {
        return session(client, key, "10.1.2026", "Tulorajat selvitetty");
    }

    private MockHttpServletRequestBuilder session(UUID client, String key, String day, String outcome) {
        return users.as(coach, post("/clients/" + client + "/counselling")).param("key", key)
                .param("counselledOn", day).param("counsellor", "COACH")
                .param("topics", "EARNINGS_LIMITS", "REPORTING_EARNINGS").param("counsellingOutcome", outcome);
    }

    @Test
    void counsellingIsRefusedBeforeTheAgreementAndNothingTypedIsLost() throws Exception {
        UUID id = client(null);
        String before = checksum.of("benefits_counselling");
        mvc.perform(session(id, UUID.randomUUID().toString()))
                .andExpect(content().string(containsString("Kirjaa ensin yhteistyösopimus")))
                .andExpect(content().string(containsString("Tulorajat selvitetty")));
        assertThat(checksum.of("benefits_counselling")).isEqualTo(before);
    }

    @Test
    void counsellingIsDueAMonthAfterTheAgreementAndASessionMeetsIt() throws Exception {
        UUID id = client("2.1.2026");
        assertThat(counselling.dues(id)).containsExactly(
                new CounsellingDue(DueReason.SERVICE_START, LocalDate.of(2026, 2, 1), false));
        mvc.perform(users.as(coach, get("/clients/" + id + "/counselling")))
                .andExpect(content().string(containsString("Etuusneuvonta palvelun alussa viimeistään 1.2.2026 – myöhässä")));
        mvc.perform(session(id, UUID.randomUUID().toString())).andExpect(redirectedUrl("/clients/" + id + "/counselling"));
        assertThat(counselling.dues(id)).extracting(CounsellingDue::met).containsExactly(true);
        mvc.perform(users.as(coach, get("/clients/" + id + "/counselling")))
                .andExpect(content().string(containsString("1.2.2026 – tehty")))
                .andExpect(content().string(containsString("Tulorajat, Tulojen ilmoittaminen")));
    }

    @Test
    void counsellingLongBeforeTheAgreementDoesNotMeetTheStartDue() throws Exception {
        UUID id = client("20.6.2026");
        mvc.perform(session(id, UUID.randomUUID().toString(), "1.3.2026", ""))
                .andExpect(redirectedUrl("/clients/" + id + "/counselling"));
        assertThat(counselling.dues(id)).extracting(CounsellingDue::met).containsExactly(false);
    }

    @Test
    void submittingTheSameFormTwiceRecordsOneSession() throws Exception {
        UUID id = client("2.1.2026");
        String key = UUID.randomUUID().toString();
        mvc.perform(session(id, key)).andExpect(redirectedUrl("/clients/" + id + "/counselling"));
        mvc.perform(session(id, key)).andExpect(redirectedUrl("/clients/" + id + "/counselling"));
        assertThat(counselling.sessions(id)).hasSize(1);
    }

    @Test
    void aBenefitsAdviserIsNamedAndAtLeastOneTopicChosen() throws Exception {
        UUID id = client("2.1.2026");
        String before = checksum.of("benefits_counselling");
        mvc.perform(users.as(coach, post("/clients/" + id + "/counselling")).param("key", UUID.randomUUID().toString())
                        .param("counselledOn", "10.1.2026").param("counsellor", "BENEFITS_ADVISER")
                        .param("topics", "DISABILITY_PENSION"))
                .andExpect(content().string(containsString("id=\"adviserName-error\"")));
        mvc.perform(users.as(coach, post("/clients/" + id + "/counselling")).param("key", UUID.randomUUID().toString())
                        .param("counselledOn", "10.1.2026").param("counsellor", "COACH"))
                .andExpect(content().string(containsString("Valitse vähintään yksi aihe.")));
        mvc.perform(users.as(coach, post("/clients/" + id + "/counselling")).param("key", UUID.randomUUID().toString())
                        .param("counselledOn", "10.1.2026").param("counsellor", "COACH").param("topics", "NOT_A_TOPIC"))
                .andExpect(content().string(containsString("id=\"topics-error\"")));
        assertThat(checksum.of("benefits_counselling")).isEqualTo(before);
    }

    @Test
    void impossibleAndFutureDatesOverlongTextAndMarkupAreHandled() throws Exception {
        UUID id = client("2.1.2026");
        String before = checksum.of("benefits_counselling");
        mvc.perform(session(id, UUID.randomUUID().toString(), "30.2.2026", ""))
                .andExpect(content().string(containsString("Anna päivämäärä muodossa")));
        mvc.perform(session(id, UUID.randomUUID().toString(), "1.1.2099", ""))
                .andExpect(content().string(containsString("Päivämäärä on tulevaisuudessa.")));
        mvc.perform(session(id, UUID.randomUUID().toString(), "10.1.2026", "x".repeat(4001)))
                .andExpect(content().string(containsString("Teksti on liian pitkä.")));
        assertThat(checksum.of("benefits_counselling")).isEqualTo(before);
        mvc.perform(session(id, UUID.randomUUID().toString(), "10.1.2026", "<script>alert(1)</script>"))
                .andExpect(redirectedUrl("/clients/" + id + "/counselling"));
        mvc.perform(users.as(coach, get("/clients/" + id + "/counselling")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }
}
