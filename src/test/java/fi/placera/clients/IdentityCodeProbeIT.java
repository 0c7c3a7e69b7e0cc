package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21 §6: registering an identity code that a client of another team already has is refused in words that do
 * not reveal that the person is a client, on the page and in the API, and the look-up is logged on that client, who
 * sees it in "who has read my data" (decision 0034).
 */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class IdentityCodeProbeIT {

    private static final Map<Locale, String> REFUSAL = Map.of(
            Locale.forLanguageTag("fi"), "Tätä henkilöä ei voi rekisteröidä tähän. Kysy tiiminvetäjältäsi.",
            Locale.forLanguageTag("sv"), "Den här personen kan inte registreras här. Fråga din teamledare.",
            Locale.forLanguageTag("en"), "This person cannot be registered here. Ask your team leader.");
    private static final String PURPOSE = "identity code check at registration";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private String clientUsername;
    private UUID client;
    private String code;
    private String prober;
    private UUID probersTeam;

    /** A client (of their own team, with an account for the portal) who has an identity code, and a coach of another team. */
    @BeforeEach
    void clientOfOneTeamAndCoachOfAnother() {
        clientUsername = users.newClientAccount();
        client = jdbc.sql("""
                        select c.client_id from client_account c join user_account a on a.id = c.account_id
                        where a.username = ?""").param(clientUsername).query(UUID.class).single();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        code = PersonalIdentityCodeTest.withCheck("%02d%02d%02d-%03d".formatted(random.nextInt(10, 29),
                random.nextInt(1, 13), random.nextInt(50, 100), random.nextInt(200, 900)));
        jdbc.sql("update client set identity_code = ?, last_name = 'Salainen' where id = ?").params(code, client).update();
        prober = users.newCoachOfAnotherTeam();
        probersTeam = jdbc.sql("""
                        select m.ips_team_id from ips_team_membership m
                        join user_account a on a.staff_member_id = m.staff_member_id where a.username = ?""")
                .param(prober).query(UUID.class).single();
    }

    private int looksLogged() {
        return jdbc.sql("""
                        select count(*) from access_log where client_id = ? and username = ? and purpose = ?
                        and data_kind = 'IDENTITY'""")
                .params(client, prober, PURPOSE).query(Integer.class).single();
    }

    @Test
    void theRegistrationPageRefusesACodeAnotherTeamHasWithoutSayingSoAndLogsTheLookOnThatClient() throws Exception {
        String before = checksum.of("client");
        int logged = looksLogged();
        for (Map.Entry<Locale, String> language : REFUSAL.entrySet()) {
            String page = mvc.perform(post("/clients").with(users.as(prober)).with(csrf()).locale(language.getKey())
                            .param("id", UUID.randomUUID().toString()).param("firstName", "Pekka")
                            .param("lastName", "Probe").param("identityCode", code).param("preferredLanguage", "fi")
                            .param("ipsTeamId", probersTeam.toString()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(language.getValue()).contains("value=\"" + code + "\"")
                    .doesNotContain("Salainen", "jo asiakas", "finns redan", "already registered");
        }
        assertThat(checksum.of("client")).isEqualTo(before);
        assertThat(looksLogged()).isEqualTo(logged + REFUSAL.size());

        mvc.perform(get("/me/access-log").with(users.as(clientUsername)).locale(Locale.forLanguageTag("fi")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "henkilötunnuksen tarkistus rekisteröinnissä")));
    }

    @Test
    void theApiRefusesACodeAnotherTeamHasWithTheSameWordsAndLogsTheLook(CapturedOutput output) throws Exception {
        String before = checksum.of("client");
        int logged = looksLogged();
        mvc.perform(post("/api/v1/clients").with(users.as(prober)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("""
                                {"id": "%s", "firstName": "Pekka", "lastName": "Probe", "identityCode": "%s",
                                 "preferredLanguage": "fi", "ipsTeamId": "%s"}""".formatted(UUID.randomUUID(), code,
                                probersTeam)))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("identityCode"))
                .andExpect(jsonPath("$.errors[0].message").value(REFUSAL.get(Locale.forLanguageTag("en"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Salainen"))));
        assertThat(checksum.of("client")).isEqualTo(before);
        assertThat(looksLogged()).isEqualTo(logged + 1);
        assertThat(output.getOut()).contains("identity_code_taken").doesNotContain(code);
    }
}
