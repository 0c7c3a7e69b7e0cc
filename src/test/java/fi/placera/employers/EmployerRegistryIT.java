package fi.placera.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The employer registry: valid business IDs only, duplicates noticed, no lost updates, agreements recorded. */
@PlaceraIT
class EmployerRegistryIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TableChecksum checksum;

    private String coach;

    @BeforeEach
    void freshCoach() {
        coach = users.newCoach();
    }

    private String register(String name, String businessId) throws Exception {
        MvcResult result = mvc.perform(users.as(coach, post("/employers")).param("name", name).param("businessId", businessId)
                .param("sector", "Kauppa")).andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void businessIdsAreCheckedAndUniqueInTheArea() throws Exception {
        String unique = "Kauppa " + UUID.randomUUID();
        String before = checksum.of("employer");
        mvc.perform(users.as(coach, post("/employers")).param("name", unique).param("businessId", "0112038-8"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tarkistusnumero ei täsmää")))
                .andExpect(content().string(containsString("value=\"0112038-8\"")));
        mvc.perform(users.as(coach, post("/employers")).param("name", unique).param("businessId", "112038-9"))
                .andExpect(content().string(containsString("id=\"businessId-error\"")));
        assertThat(checksum.of("employer")).isEqualTo(before);
        String businessId = validBusinessId(1_000_000 + Math.floorMod(unique.hashCode(), 1_000_000));
        assertThat(register(unique, businessId)).startsWith("/employers/");
        mvc.perform(users.as(coach, post("/employers")).param("name", "Toinen " + unique).param("businessId", businessId))
                .andExpect(content().string(containsString("Tällä Y-tunnuksella on jo työnantaja")));
    }

    @Test
    void aSecondEmployerWithTheSameNameNeedsConfirmationAndLinksToTheFirst() throws Exception {
        String name = "Pohjanmaan Leipomo " + UUID.randomUUID().toString().substring(0, 8);
        String first = register(name + " Oy", "");
        var page = Jsoup.parse(mvc.perform(users.as(coach, post("/employers")).param("name", name.toUpperCase(FINNISH) + " oy"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("name-error").text()).contains("Samanniminen työnantaja");
        assertThat(page.select("a[href=" + first + "]")).hasSize(1);
        mvc.perform(users.as(coach, post("/employers")).param("name", name + " Oy").param("confirmSameName", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aStaleEditIsAConflictThatKeepsTheText() throws Exception {
        String url = register("Muokattava " + UUID.randomUUID(), "");
        mvc.perform(users.as(coach, post(url)).param("name", "Ensimmäinen muutos").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(users.as(coach, post(url)).param("name", "Toinen muutos").param("needs", "Tarvitsee kesätyöntekijöitä")
                        .param("version", "1"))
                .andExpect(content().string(containsString("Joku muu tallensi")))
                .andExpect(content().string(containsString("Tarvitsee kesätyöntekijöitä")));
        mvc.perform(users.as(coach, get(url))).andExpect(content().string(containsString("Ensimmäinen muutos")));
    }

    @Test
    void anAgreementWithSupportsAndTrainingIsRecordedOnceAndBadDatesAreRefused() throws Exception {
        String url = register("Sopimus " + UUID.randomUUID(), "");
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(users.as(coach, post(url + "/agreements")).param("key", key).param("agreedOn", "2.3.2026")
                            .param("supports", "Työvalmentaja käy viikoittain").param("subsidies", "Palkkatuki haettu")
                            .param("trainingOn", "9.3.2026").param("trainingAttendees", "Tiimi ja esihenkilö")
                            .param("followUpOn", "2.4.2026"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(users.as(coach, post(url + "/agreements")).param("key", UUID.randomUUID().toString()).param("agreedOn", "2.3.2026")
                        .param("followUpOn", "1.3.2026"))
                .andExpect(content().string(containsString("Seuranta ei voi olla ennen sopimusta.")));
        mvc.perform(users.as(coach, post(url + "/agreements")).param("key", UUID.randomUUID().toString()).param("agreedOn", "30.2.2026"))
                .andExpect(content().string(containsString("id=\"agreedOn-error\"")));
        var page = Jsoup.parse(mvc.perform(users.as(coach, get(url))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#agreements-heading + ul li").eachText()).singleElement().satisfies(text -> assertThat(text)
                .contains("Työvalmentaja käy viikoittain", "Palkkatuki haettu", "seuranta 2.4.2026"));
    }

    @Test
    void aClientsPreferencesAreShownBesideEmployersWhoseNeedsFitAndLeadsStayOpenUntilFilled() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String warehouse = register("Varasto " + marker, "");
        mvc.perform(users.as(coach, post(warehouse)).param("name", "Varasto " + marker).param("version", "1")
                .param("needs", "Etsii varastotyöntekijöitä syksyksi"));
        register("Kahvila " + marker, "");
        UUID client = UUID.randomUUID();
        mvc.perform(users.as(coach, post("/clients")).param("id", client.toString()).param("firstName", "Ville")
                .param("lastName", "Varasto").param("preferredLanguage", "fi")
                .param("ipsTeamId", "6a1f0000-0000-4000-8000-000000000001"));
        mvc.perform(users.as(coach, post("/clients/" + client + "/agreement")).param("agreedOn", "5.1.2026")
                .param("howAgreed", "STRONG_IDENTIFICATION"));
        mvc.perform(users.as(coach, post("/clients/" + client + "/profile")).param("preferredWork", "Varastotyö tai kuljetus"));
        mvc.perform(users.as(coach, post("/clients/" + client + "/consents")).param("party", "EMPLOYER:" + warehouse.substring(11))
                .param("kind", "EMPLOYMENT").param("validFrom", "5.1.2026"));
        mvc.perform(users.as(coach, post(warehouse + "/leads")).param("key", UUID.randomUUID().toString()).param("leadKind", "CARVED_JOB")
                .param("leadTitle", "Keräilijä " + marker).param("leadNotedOn", "2.3.2026")
                .param("leadClientId", client.toString())).andExpect(status().is3xxRedirection());

        var jobsPage = Jsoup.parse(mvc.perform(users.as(coach, get("/clients/" + client + "/jobs"))).andReturn().getResponse()
                .getContentAsString());
        var matching = jobsPage.select("#matching-heading ~ ul").first().select("a").eachText();
        assertThat(matching).contains("Varasto " + marker).doesNotContain("Kahvila " + marker);
        assertThat(jobsPage.text()).contains("Keräilijä " + marker);
        mvc.perform(users.as(coach, get("/employers/board"))).andExpect(content().string(containsString("Keräilijä " + marker)));

        String lead = Jsoup.parse(mvc.perform(users.as(coach, get(warehouse))).andReturn().getResponse().getContentAsString())
                .select("form[action$=/close]").attr("action");
        mvc.perform(users.as(coach, post(lead)).param("status", "FILLED")).andExpect(status().is3xxRedirection());
        mvc.perform(users.as(coach, get("/employers/board")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Keräilijä " + marker))));
    }

    @Test
    void theBoardListsTheTeamsCoachesByNameNeverByTheirNumbers() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/employers/board").with(users.as("teamleader")).locale(FINNISH))
                .andReturn().getResponse().getContentAsString());
        var names = page.select("table tbody th").eachText();
        assertThat(names).isNotEmpty().isSortedAccordingTo(String::compareTo);
    }

    @Test
    void employersAreNotForRolesOutsideTheIpsTeam() throws Exception {
        for (String role : new String[] {"careteam", "manager", "evaluator", "admin"}) {
            mvc.perform(get("/employers").with(users.as(role))).andExpect(status().isForbidden());
        }
    }

    /** The business ID check digit, computed here independently of the code under test. */
    /** The first valid business ID from this number on: a number whose remainder is 1 has no check digit. */
    private static String validBusinessId(int from) {
        int number = from;
        while (checkDigit(String.valueOf(number)) < 0) {
            number++;
        }
        return number + "-" + checkDigit(String.valueOf(number));
    }

    private static int checkDigit(String sevenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        return remainder == 0 ? 0 : remainder == 1 ? -1 : 11 - remainder;
    }
}
