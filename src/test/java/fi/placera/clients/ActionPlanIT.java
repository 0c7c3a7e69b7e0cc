package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.planning.ActionPlans;
import fi.placera.planning.ReviewDue;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The action plan: only after the agreement, reviews due at 3, 6 and 12 months, no lost updates, every version kept. */
@PlaceraIT
class ActionPlanIT {


    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired ActionPlans plans;
    @Autowired TableChecksum checksum;

    private String coach;

    @org.junit.jupiter.api.BeforeEach
    void freshCoach() {
        coach = users.newCoach();
    }

    private UUID client(boolean agreed) throws Exception {
        Given.NewClient client = given.client(coach).named("Paula", "Plan");
        return (agreed ? client.agreedOn("1.1.2026") : client).create();
    }

    @Test
    void noPlanBeforeTheCooperationAgreementAndNothingTypedIsLost() throws Exception {
        UUID id = client(false);
        String before = checksum.of("action_plan");
        mvc.perform(users.as(coach, post("/clients/" + id + "/plan")).param("startedOn", "2.1.2026")
                        .param("goals", "Osa-aikatyö kaupassa"))
                .andExpect(content().string(containsString("Kirjaa ensin yhteistyösopimus")))
                .andExpect(content().string(containsString("Osa-aikatyö kaupassa")));
        assertThat(checksum.of("action_plan")).isEqualTo(before);
    }

    @Test
    void reviewsFallDueAtThreeSixAndTwelveMonthsAndAreMarkedDoneOrOverdue() throws Exception {
        UUID id = client(true);
        mvc.perform(users.as(coach, post("/clients/" + id + "/plan")).param("startedOn", "31.1.2026")
                        .param("goals", "Työ varastossa").param("steps", "CV, kaksi työnantajaa viikossa"))
                .andExpect(redirectedUrl("/clients/" + id + "/plan"));
        assertThat(plans.reviewsDue(id)).extracting(ReviewDue::milestone, ReviewDue::dueOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, LocalDate.of(2026, 4, 30)),
                org.assertj.core.groups.Tuple.tuple(6, LocalDate.of(2026, 7, 31)),
                org.assertj.core.groups.Tuple.tuple(12, LocalDate.of(2027, 1, 31)));
        mvc.perform(users.as(coach, post("/clients/" + id + "/plan/reviews")).param("reviewedOn", "2.5.2026")
                        .param("milestone", "3").param("whatChanged", "Lisätty työkokeilu"))
                .andExpect(redirectedUrl("/clients/" + id + "/plan"));
        mvc.perform(users.as(coach, post("/clients/" + id + "/plan/reviews")).param("reviewedOn", "3.5.2026")
                        .param("milestone", "3").param("whatChanged", "Uudestaan"))
                .andExpect(content().string(containsString("on jo kirjattu")));
        mvc.perform(users.as(coach, get("/clients/" + id + "/plan")))
                .andExpect(content().string(containsString("3 kuukauden arviointi 30.4.2026 – tehty")))
                .andExpect(content().string(containsString("6 kuukauden arviointi 31.7.2026 – myöhässä")));
    }

    @Test
    void whenTwoSaveTheSameVersionTheSecondGetsAConflictAndKeepsTheirText() throws Exception {
        UUID id = client(true);
        mvc.perform(users.as(coach, post("/clients/" + id + "/plan")).param("startedOn", "2.1.2026").param("goals", "Alku"));
        mvc.perform(users.as(coach, post("/clients/" + id + "/plan")).param("version", "1").param("goals", "Coach1:n muutos"))
                .andExpect(redirectedUrl("/clients/" + id + "/plan"));
        mvc.perform(users.as("teamleader", post("/clients/" + id + "/plan")).param("version", "1").param("goals", "Tiiminvetäjän teksti"))
                .andExpect(content().string(containsString("Joku muu tallensi tämän tiedon")))
                .andExpect(content().string(containsString("Tiiminvetäjän teksti")));
        assertThat(plans.planOf(id).orElseThrow().goals()).isEqualTo("Coach1:n muutos");
        assertThat(plans.history(id)).hasSize(2);
        String again = org.jsoup.Jsoup.parse(mvc.perform(users.as("teamleader", post("/clients/" + id + "/plan"))
                        .param("version", "1").param("goals", "Tiiminvetäjän teksti")).andReturn().getResponse()
                        .getContentAsString()).select("form[action$=/plan] input[name=version]").val();
        assertThat(again).isEqualTo("2");
        mvc.perform(users.as("teamleader", post("/clients/" + id + "/plan")).param("version", again)
                        .param("goals", "Tiiminvetäjän teksti"))
                .andExpect(redirectedUrl("/clients/" + id + "/plan"));
        assertThat(plans.history(id)).hasSize(3);
    }

    @Test
    void impossibleOrFutureDatesAndOverlongTextAreRefused() throws Exception {
        UUID id = client(true);
        String before = checksum.of("action_plan");
        mvc.perform(users.as(coach, post("/clients/" + id + "/plan")).param("startedOn", "30.2.2026").param("goals", "x"))
                .andExpect(content().string(containsString("Anna päivämäärä muodossa")));
        mvc.perform(users.as(coach, post("/clients/" + id + "/plan")).param("startedOn", "1.1.2099").param("goals", "x"))
                .andExpect(content().string(containsString("Päivämäärä on tulevaisuudessa.")));
        mvc.perform(users.as(coach, post("/clients/" + id + "/plan")).param("startedOn", "1.1.2026").param("goals", "x".repeat(5000)))
                .andExpect(content().string(containsString("Teksti on liian pitkä.")));
        assertThat(checksum.of("action_plan")).isEqualTo(before);
    }
}
