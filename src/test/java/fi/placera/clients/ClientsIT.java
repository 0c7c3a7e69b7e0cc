package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The client registry: identity codes, duplicates, one logged row per read, and no way around the access rules. */
@PlaceraIT
class ClientsIT {

    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final UUID CARE_VAASA = UUID.fromString("6a1f0000-0000-4000-8000-000000000101");
    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired fi.placera.audit.AccessLog accessLog;

    private String coach;

    @org.junit.jupiter.api.BeforeEach
    void freshCoach() {
        coach = users.newCoach();
    }
    private String otherTeamsCoachName;
    private RequestPostProcessor otherTeamsCoach;

    /** A coach of another IPS team in the same welfare area. */
    @BeforeEach
    void coachOfAnotherTeam() {
        otherTeamsCoachName = users.newCoachOfAnotherTeam();
        otherTeamsCoach = users.as(otherTeamsCoachName);
    }

    private MockHttpServletRequestBuilder register(UUID id, String identityCode) {
        return post("/clients").with(users.as(coach)).with(csrf()).locale(FINNISH).param("id", id.toString())
                .param("firstName", "Aino").param("lastName", "Asiakas").param("identityCode", identityCode)
                .param("preferredLanguage", "sv").param("ipsTeamId", DEMO_TEAM);
    }

    private UUID registered() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(register(id, "")).andExpect(redirectedUrl("/clients/" + id));
        return id;
    }

    private int logRows(UUID client, String username, String outcome) {
        return jdbc.sql("select count(*) from access_log where client_id = ? and username = ? and outcome = ?")
                .params(client, username, outcome).query(Integer.class).single();
    }

    @Test
    void theListShowsClientsInServiceAndThoseWhoseServiceEndedOnlyOnAskingEachShownClientOneLogRow() throws Exception {
        UUID ongoing = registered();
        UUID ended = registered();
        jdbc.sql("""
                        insert into service_end (id, client_id, area_id, ended_on, reason, note, recorded_by)
                        values (?, ?, 17, current_date, 'CLIENT_CHOICE', 'Oma valinta', ?)""")
                .params(UUID.randomUUID(), ended, UUID.randomUUID()).update();
        int ongoingRead = logRows(ongoing, coach, "GRANTED");
        int endedRead = logRows(ended, coach, "GRANTED");

        String inService = mvc.perform(get("/clients").with(users.as(coach)).locale(FINNISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(inService).contains("/clients/" + ongoing).doesNotContain("/clients/" + ended)
                .contains("Näytä myös asiakkaat, joiden palvelu on päättynyt");
        assertThat(logRows(ongoing, coach, "GRANTED")).isEqualTo(ongoingRead + 1);
        assertThat(logRows(ended, coach, "GRANTED")).isEqualTo(endedRead);

        String all = mvc.perform(get("/clients").param("ended", "true").with(users.as(coach)).locale(FINNISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(all).contains("/clients/" + ongoing, "/clients/" + ended);
        assertThat(logRows(ended, coach, "GRANTED")).isEqualTo(endedRead + 1);
        mvc.perform(get("/api/v1/clients").with(users.as(coach)))
                .andExpect(jsonPath("$[*].id", hasItem(ongoing.toString())))
                .andExpect(jsonPath("$[*].id", not(hasItem(ended.toString()))));
    }

    @Test
    void aCoachRegistersAClientOnceAndEveryViewIsExactlyOneLogRow() throws Exception {
        UUID id = UUID.randomUUID();
        String code = "010190-" + (900 + (int) (Math.random() * 99));
        code = PersonalIdentityCodeTest.withCheck(code);
        mvc.perform(register(id, code)).andExpect(redirectedUrl("/clients/" + id));
        mvc.perform(register(id, code)).andExpect(redirectedUrl("/clients/" + id));
        assertThat(jdbc.sql("select count(*) from client where id = ?").param(id).query(Integer.class).single()).isEqualTo(1);

        int before = logRows(id, coach, "GRANTED");
        mvc.perform(get("/clients/" + id).with(users.as(coach)).locale(FINNISH))
                .andExpect(content().string(containsString("Aino Asiakas")))
                .andExpect(content().string(containsString(code)));
        assertThat(logRows(id, coach, "GRANTED")).isEqualTo(before + 1);
        mvc.perform(get("/clients").with(users.as("teamleader")))
                .andExpect(content().string(containsString("Asiakas, Aino")));
    }

    @Test
    void badOrTakenIdentityCodesAreRefusedWithTheReasonAndTheInputKept() throws Exception {
        String before = checksum.of("client");
        mvc.perform(register(UUID.randomUUID(), "131052-308A"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Viimeinen merkki ei täsmää")))
                .andExpect(content().string(containsString("value=\"131052-308A\"")));
        mvc.perform(register(UUID.randomUUID(), "300290-123X"))
                .andExpect(content().string(containsString("eivät ole oikea syntymäaika")));
        mvc.perform(register(UUID.randomUUID(), "'; drop table client; --"))
                .andExpect(content().string(containsString("Anna henkilötunnus sellaisena")));
        assertThat(checksum.of("client")).isEqualTo(before);

        String code = PersonalIdentityCodeTest.withCheck("020290-" + (900 + (int) (Math.random() * 99)));
        mvc.perform(register(UUID.randomUUID(), code)).andExpect(status().is3xxRedirection());
        mvc.perform(register(UUID.randomUUID(), code))
                .andExpect(content().string(containsString("Tätä henkilöä ei voi rekisteröidä tähän")));
    }

    @Test
    void anotherTeamsCoachGetsTheSame404ForAnExistingAndANonexistentClientAndEveryDenialIsLogged() throws Exception {
        UUID client = registered();
        String forbidden = mvc.perform(get("/clients/" + client).with(otherTeamsCoach)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/clients/" + UUID.randomUUID()).with(otherTeamsCoach))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(forbidden.replaceAll("[0-9a-f-]{36}", "ID")).isEqualTo(missing.replaceAll("[0-9a-f-]{36}", "ID"));
        assertThat(forbidden).doesNotContain("Aino");
        assertThat(logRows(client, otherTeamsCoachName, "DENIED")).isEqualTo(1);

        int successes = 0;
        for (int i = 0; i < 1_000; i++) {
            int status = mvc.perform(get("/clients/" + UUID.randomUUID()).with(otherTeamsCoach)).andReturn()
                    .getResponse().getStatus();
            successes += status < 300 ? 1 : 0;
        }
        assertThat(successes).isZero();
        for (String role : new String[] {"manager", "evaluator", "admin", "careteam"}) {
            mvc.perform(get("/clients/" + client).with(users.as(role))).andExpect(status().isNotFound());
        }
    }

    @Test
    void aCareTeamMemberSeesAClientOnlyWithConsentAndNotAfterItsWithdrawal() throws Exception {
        UUID client = registered();
        mvc.perform(get("/clients/" + client).with(users.as("careteam"))).andExpect(status().isNotFound());
        mvc.perform(post("/clients/" + client + "/consents").with(users.as(coach)).with(csrf()).locale(FINNISH)
                        .param("party", "CARE_TEAM:" + CARE_VAASA).param("kind", "IDENTITY").param("validFrom", "1.1.2026"))
                .andExpect(content().string(containsString("Kirjaa ensin yhteistyösopimus")));
        mvc.perform(post("/clients/" + client + "/agreement").with(users.as(coach)).with(csrf())
                        .param("agreedOn", "2.1.2026").param("howAgreed", "PAPER_SIGNATURE"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));
        mvc.perform(post("/clients/" + client + "/consents").with(users.as(coach)).with(csrf())
                        .param("party", "CARE_TEAM:" + CARE_VAASA).param("kind", "IDENTITY").param("validFrom", "2.1.2026"))
                .andExpect(redirectedUrl("/clients/" + client + "/consents"));
        mvc.perform(get("/clients/" + client).with(users.as("careteam"))).andExpect(status().isOk());
        mvc.perform(post("/clients/" + client + "/consents").with(users.as(coach)).with(csrf())
                        .param("party", "CARE_TEAM:" + CARE_VAASA).param("kind", "EMPLOYMENT").param("validFrom", "2.1.2026")
                        .param("validUntil", "3.1.2026"))
                .andExpect(redirectedUrl("/clients/" + client + "/consents"));
        assertThat(Jsoup.parse(mvc.perform(get("/clients/" + client + "/consents").with(users.as(coach)).locale(FINNISH))
                .andReturn().getResponse().getContentAsString()).select(".consent-state").eachText())
                .as("the consents table says which consents are in force").containsExactlyInAnyOrder("Voimassa", "Päättynyt");

        String consent = jdbc.sql("select id::text from consent where client_id = ? and kind = 'IDENTITY'").param(client)
                .query(String.class).single();
        mvc.perform(post("/clients/" + client + "/consents/" + consent + "/withdraw").with(users.as(coach)).with(csrf()))
                .andExpect(redirectedUrl("/clients/" + client + "/consents"));
        mvc.perform(get("/clients/" + client).with(users.as("careteam"))).andExpect(status().isNotFound());
    }

    @Test
    void agreementAndConsentFormsRefuseBadInputNextToTheFieldAndKeepIt() throws Exception {
        UUID client = registered();
        String before = checksum.of("cooperation_agreement");
        mvc.perform(post("/clients/" + client + "/agreement").with(users.as(coach)).with(csrf()).locale(FINNISH)
                        .param("agreedOn", "30.2.2026").param("howAgreed", "VERBAL_WITH_WITNESS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anna päivämäärä muodossa")))
                .andExpect(content().string(containsString("value=\"30.2.2026\"")));
        mvc.perform(post("/clients/" + client + "/agreement").with(users.as(coach)).with(csrf()).locale(FINNISH)
                        .param("agreedOn", "1.1.2026").param("howAgreed", "VERBAL_WITH_WITNESS").param("witness", ""))
                .andExpect(content().string(containsString("Täytä tämä kenttä.")));
        mvc.perform(post("/clients/" + client + "/agreement").with(users.as(coach)).with(csrf()).locale(FINNISH)
                        .param("agreedOn", "1.1.2099").param("howAgreed", "PAPER_SIGNATURE"))
                .andExpect(content().string(containsString("Sopimusta ei voi päivätä tulevaisuuteen.")));
        assertThat(checksum.of("cooperation_agreement")).isEqualTo(before);
        mvc.perform(post("/clients/" + client + "/agreement").with(users.as(coach)).with(csrf())
                .param("agreedOn", "1.1.2026").param("howAgreed", "PAPER_SIGNATURE"));
        String consentsBefore = checksum.of("consent");
        mvc.perform(post("/clients/" + client + "/consents").with(users.as(coach)).with(csrf()).locale(FINNISH)
                        .param("party", "KELA").param("kind", "BENEFITS").param("validFrom", "1.1.2026")
                        .param("validUntil", "31.12.2025"))
                .andExpect(status().isOk());
        mvc.perform(post("/clients/" + client + "/consents").with(users.as(coach)).with(csrf()).locale(FINNISH)
                        .param("party", "NOBODY").param("kind", "SECRETS").param("validFrom", "x"))
                .andExpect(status().isOk());
        assertThat(checksum.of("consent")).isEqualTo(consentsBefore);
    }

    @Test
    void emergencyAccessNeedsAReasonAndIsMarkedInTheLog() throws Exception {
        UUID client = registered();
        mvc.perform(post("/clients/" + client + "/emergency").with(otherTeamsCoach).with(csrf()).locale(FINNISH)
                        .param("reason", "hätä"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kerro hätäkäytön syy")));
        mvc.perform(post("/clients/" + client + "/emergency").with(otherTeamsCoach).with(csrf())
                        .param("reason", "Client called in crisis; coach unreachable"))
                .andExpect(redirectedUrl("/clients/" + client));
        mvc.perform(get("/clients/" + client).with(otherTeamsCoach)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from access_log where client_id = ? and break_glass").param(client)
                .query(Integer.class).single()).isEqualTo(1);

        String grant = jdbc.sql("select id::text from break_glass_access where client_id = ?").param(client)
                .query(String.class).single();
        mvc.perform(get("/team/emergency-access").with(users.as("teamleader")).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Client called in crisis; coach unreachable")));
        mvc.perform(post("/team/emergency-access/" + grant + "/reviewed").with(users.as("teamleader")).with(csrf()))
                .andExpect(redirectedUrl("/team/emergency-access"));
        assertThat(jdbc.sql("select reviewed_by is not null from break_glass_access where id = ?::uuid").param(grant)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/team/emergency-access").with(users.as(coach))).andExpect(status().isForbidden());
    }

    @Test
    void theClientsWhoReadMyDataListingHasEveryRowOfTheirsAndNoOneElses() throws Exception {
        UUID client = registered();
        UUID other = registered();
        mvc.perform(get("/clients/" + client).with(users.as(coach)));
        mvc.perform(get("/clients/" + client).with(users.as("teamleader")));
        mvc.perform(get("/clients/" + client).with(users.as("manager")));
        mvc.perform(get("/clients/" + other).with(users.as(coach)));
        int rows = jdbc.sql("select count(*) from access_log where client_id = ?").param(client).query(Integer.class).single();
        var listing = accessLog.accessesOfClient((short) 17, client, java.time.Instant.now().minus(java.time.Duration.ofDays(730)));
        assertThat(listing).hasSize(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(listing).extracting(fi.placera.audit.AccessLogEntry::username).contains(coach, "teamleader", "manager");
    }
}
