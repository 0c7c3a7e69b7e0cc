package fi.placera.employers;

import static org.assertj.core.api.Assertions.assertThat;
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
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Confidentiality towards employers (issue 21 §3): a contact, agreement or job lead that names a client tells the
 * employer about the client, so it needs the cooperation agreement and the client's consent to that very employer
 * for the kind EMPLOYMENT, in force on the record's day; without it nothing is stored and the refusal is logged on
 * placera.security. With it, a disclosure row names the employer and the consent, and the client sees it.
 */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class EmployerConfidentialityIT {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final List<String> RECORDS = List.of("employer_contact", "employer_agreement", "job_lead");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired Employers employers;
    @Autowired TableChecksum checksums;
    @Autowired JdbcClient jdbc;

    private TestTeams.Team team;
    private String coach;
    private UUID client;
    private UUID employer;
    private String employerName;

    @BeforeEach
    void aCoachAClientAndAnEmployer() throws Exception {
        team = teams.create("Luottamus");
        coach = team.member("Aalto", "COACH", "1");
        client = team.client(coach, "Luottamuksellinen");
        employerName = "Luottamus Oy " + UUID.randomUUID();
        employer = register(employerName);
    }

    private UUID register(String name) {
        return employers.register((short) 17, new Employer.Details(name, null, null, null, null, null, null)).id();
    }

    private void agreement() throws Exception {
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(30), "howAgreed", "PAPER_SIGNATURE");
    }

    private MockHttpServletRequestBuilder contact(UUID about, UUID at, int daysAgo) {
        MockHttpServletRequestBuilder request = users.as(coach, post("/employer-contacts"))
                .param("key", UUID.randomUUID().toString()).param("employerId", at.toString())
                .param("contactedOn", team.day(daysAgo)).param("mode", "FACE_TO_FACE").param("outcome", "Haastattelu");
        return about == null ? request.param("purpose", "GENERAL_JOB_DEVELOPMENT")
                : request.param("purpose", "ABOUT_CLIENT").param("clientId", about.toString());
    }

    /** The message next to the field on the page that came back; the page must come back, nothing saved. */
    private String refusal(MockHttpServletRequestBuilder request, String field) throws Exception {
        Document page = Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        return page.getElementById(field + "-error") == null ? "no error shown" : page.getElementById(field + "-error").text();
    }

    private List<String> recordChecksums() {
        return RECORDS.stream().map(checksums::of).toList();
    }

    private List<String> disclosures() {
        return jdbc.sql("""
                        select recipient || ' | ' || legal_basis || ' | ' || data_kind || ' | ' || purpose from access_log
                        where client_id = ? and action = 'DISCLOSURE' order by id""")
                .param(client).query(String.class).list();
    }

    private UUID consentTo(UUID at, String kind, int daysAgo) throws Exception {
        team.send(coach, "/clients/" + client + "/consents", "party", "EMPLOYER:" + at, "kind", kind,
                "validFrom", team.day(daysAgo));
        return jdbc.sql("select id from consent where client_id = ? and employer_id = ? and kind = ? order by given_at desc limit 1")
                .params(client, at, kind).query(UUID.class).single();
    }

    @Test
    void aContactAboutAClientIsRefusedWithoutTheCooperationAgreementAndTheRefusalIsLogged(CapturedOutput output)
            throws Exception {
        List<String> before = recordChecksums();
        assertThat(refusal(contact(client, employer, 0), "clientId"))
                .isEqualTo("Asiakkaasta ei voi kertoa työnantajalle ennen yhteistyösopimusta.");
        assertThat(recordChecksums()).isEqualTo(before);
        assertThat(disclosures()).isEmpty();
        assertThat(output.getOut()).contains("employer_disclosure_refused", "employer.consent.agreement-missing");
    }

    @Test
    void aContactAboutAClientIsRefusedWithoutTheClientsConsentAndTheFormKeepsWhatWasTyped() throws Exception {
        agreement();
        List<String> before = recordChecksums();
        Document page = Jsoup.parse(mvc.perform(contact(client, employer, 0)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.getElementById("clientId-error").text()).startsWith("Asiakas ei ole antanut suostumusta");
        assertThat(page.getElementById("outcome").text()).isEqualTo("Haastattelu");
        assertThat(page.select("#clientId option[selected]").attr("value")).isEqualTo(client.toString());
        assertThat(recordChecksums()).isEqualTo(before);
        assertThat(disclosures()).isEmpty();
    }

    @Test
    void aConsentToAnotherEmployerDoesNotCount() throws Exception {
        agreement();
        consentTo(register("Toinen Oy " + UUID.randomUUID()), "EMPLOYMENT", 30);
        List<String> before = recordChecksums();
        assertThat(refusal(contact(client, employer, 0), "clientId")).startsWith("Asiakas ei ole antanut suostumusta");
        assertThat(recordChecksums()).isEqualTo(before);
    }

    @Test
    void aConsentToTheEmployerOfAnotherKindDoesNotCount() throws Exception {
        agreement();
        consentTo(employer, "HEALTH", 30);
        consentTo(employer, "VOCATIONAL_PROFILE", 30);
        List<String> before = recordChecksums();
        assertThat(refusal(contact(client, employer, 0), "clientId")).startsWith("Asiakas ei ole antanut suostumusta");
        assertThat(recordChecksums()).isEqualTo(before);
        assertThat(disclosures()).isEmpty();
    }

    @Test
    void aConsentCountsOnlyForTheDaysItIsInForce() throws Exception {
        agreement();
        consentTo(employer, "EMPLOYMENT", 5);
        List<String> before = recordChecksums();
        assertThat(refusal(contact(client, employer, 6), "clientId")).startsWith("Asiakas ei ole antanut suostumusta");
        assertThat(recordChecksums()).isEqualTo(before);
        mvc.perform(contact(client, employer, 5)).andExpect(redirectedUrl("/employers/" + employer + "?saved"));
    }

    @Test
    void aWithdrawalHoldsFromTheNextRequest() throws Exception {
        agreement();
        UUID consent = consentTo(employer, "EMPLOYMENT", 30);
        mvc.perform(contact(client, employer, 1)).andExpect(redirectedUrl("/employers/" + employer + "?saved"));
        mvc.perform(users.as(coach, post("/clients/" + client + "/consents/" + consent + "/withdraw")))
                .andExpect(redirectedUrl("/clients/" + client + "/consents"));
        List<String> before = recordChecksums();
        assertThat(refusal(contact(client, employer, 1), "clientId")).startsWith("Asiakas ei ole antanut suostumusta");
        assertThat(recordChecksums()).isEqualTo(before);
        assertThat(disclosures()).hasSize(1);
    }

    @Test
    void withTheConsentTheContactIsStoredAndTheClientSeesTheDisclosureInWhoReadMyData() throws Exception {
        agreement();
        UUID consent = consentTo(employer, "EMPLOYMENT", 30);
        MockHttpServletRequestBuilder contact = contact(client, employer, 0);
        for (int i = 0; i < 2; i++) {
            mvc.perform(contact).andExpect(redirectedUrl("/employers/" + employer + "?saved"));
        }
        assertThat(jdbc.sql("select count(*) from employer_contact where client_id = ? and employer_id = ?")
                .params(client, employer).query(Integer.class).single()).as("a double submit is one contact").isEqualTo(1);
        assertThat(disclosures()).containsExactly(
                employerName + " | client consent " + consent + " | EMPLOYMENT | employer contact");

        String page = mvc.perform(users.as(coach, post("/clients/" + client + "/portal-invite"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).isTrue();
        String me = "luottamus." + client.toString().substring(0, 8);
        mvc.perform(post("/invite/" + link.group(1)).with(csrf()).param("username", me)
                .param("passphrase", "kolme vihreää omenaa").param("repeated", "kolme vihreää omenaa"))
                .andExpect(status().is3xxRedirection());
        Document log = Jsoup.parse(mvc.perform(get("/me/access-log").with(users.as(me)).locale(Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(log.select("#access-log tbody tr").eachText())
                .anyMatch(row -> row.contains("luovutettu: " + employerName + " (peruste: client consent " + consent + ")"));
    }

    @Test
    void aContactNamingNoClientNeedsNoConsentAndDisclosesNothing() throws Exception {
        mvc.perform(contact(null, employer, 0)).andExpect(redirectedUrl("/employers/" + employer + "?saved"));
        assertThat(jdbc.sql("select count(*) from employer_contact where employer_id = ? and client_id is null")
                .param(employer).query(Integer.class).single()).isEqualTo(1);
        assertThat(disclosures()).isEmpty();
    }

    @Test
    void anAgreementAndAJobLeadAboutAClientNeedTheConsentAndAreDisclosed() throws Exception {
        agreement();
        List<String> before = recordChecksums();
        MockHttpServletRequestBuilder agreementAbout = users.as(coach, post("/employers/" + employer + "/agreements"))
                .param("key", UUID.randomUUID().toString()).param("agreedOn", team.day(1))
                .param("clientId", client.toString()).param("supports", "Nimetty työkaveri");
        MockHttpServletRequestBuilder leadFor = users.as(coach, post("/employers/" + employer + "/leads"))
                .param("key", UUID.randomUUID().toString()).param("leadKind", "OPENING").param("leadTitle", "Myyjä")
                .param("leadNotedOn", team.day(1)).param("leadClientId", client.toString());
        assertThat(refusal(agreementAbout, "clientId")).startsWith("Asiakas ei ole antanut suostumusta");
        assertThat(refusal(leadFor, "leadClientId")).startsWith("Asiakas ei ole antanut suostumusta");
        assertThat(recordChecksums()).isEqualTo(before);

        UUID consent = consentTo(employer, "EMPLOYMENT", 30);
        mvc.perform(agreementAbout).andExpect(redirectedUrl("/employers/" + employer));
        mvc.perform(leadFor).andExpect(redirectedUrl("/employers/" + employer));
        assertThat(disclosures()).containsExactly(
                employerName + " | client consent " + consent + " | EMPLOYMENT | employer agreement",
                employerName + " | client consent " + consent + " | EMPLOYMENT | job lead");
    }

    @Test
    void theApiRefusesWithAProblemAndAcceptsWithTheConsent() throws Exception {
        agreement();
        String body = """
                {"key": "%s", "contactedOn": "%s", "mode": "PHONE", "purpose": "ABOUT_CLIENT", "clientId": "%s"}""";
        List<String> before = recordChecksums();
        mvc.perform(users.as(coach, post("/api/v1/employers/" + employer + "/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(body.formatted(UUID.randomUUID(), team.today(), client)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("clientId"))
                .andExpect(jsonPath("$.errors[0].code").value("employer.consent.missing"));
        mvc.perform(users.as(coach, post("/api/v1/employers/" + employer + "/agreements")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"key": "%s", "agreement": {"agreedOn": "%s", "clientId": "%s", "supports": "Tuki"}}"""
                                .formatted(UUID.randomUUID(), team.today(), client)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("employer.consent.missing"));
        assertThat(recordChecksums()).isEqualTo(before);

        UUID consent = consentTo(employer, "EMPLOYMENT", 30);
        mvc.perform(users.as(coach, post("/api/v1/employers/" + employer + "/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(UUID.randomUUID(), team.today(), client)))
                .andExpect(status().isCreated());
        assertThat(disclosures()).containsExactly(
                employerName + " | client consent " + consent + " | EMPLOYMENT | employer contact");
    }

    @Test
    void aConsentToAnEmployerNamesAnEmployerOfTheClientsArea() throws Exception {
        agreement();
        UUID otherArea = employers.register((short) 1, new Employer.Details("Muu alue Oy " + UUID.randomUUID(), null,
                null, null, null, null, null)).id();
        String before = checksums.of("consent");
        for (String party : List.of("EMPLOYER", "EMPLOYER:" + otherArea, "EMPLOYER:not-an-id")) {
            Document page = Jsoup.parse(mvc.perform(users.as(coach, post("/clients/" + client + "/consents"))
                            .param("party", party).param("kind", "EMPLOYMENT").param("validFrom", team.day(1)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.getElementById("party-error").text()).as(party).isEqualTo(party.equals("EMPLOYER:" + otherArea)
                    ? "Työnantajaa ei löydy hyvinvointialueen työnantajista." : "Valitse työnantaja työnantajarekisteristä.");
        }
        assertThat(checksums.of("consent")).isEqualTo(before);

        consentTo(employer, "EMPLOYMENT", 1);
        Document record = Jsoup.parse(mvc.perform(users.as(coach, get("/clients/" + client + "/consents"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(record.select("#consents-heading ~ div table tbody td:first-child").eachText()).contains(employerName);
        assertThat(record.select("#party option").eachAttr("value")).contains("EMPLOYER:" + employer)
                .doesNotContain("EMPLOYER:" + otherArea, "EMPLOYER");
    }

    @Test
    void theContactFormShowsTheChosenClientsDisclosurePreferenceWithoutSavingAnything() throws Exception {
        agreement();
        team.send(coach, "/clients/" + client + "/profile", "preferredWork", "Myyjä", "disclosurePreference", "PARTLY");
        team.send(coach, "/clients/" + client + "/disclosure", "key", UUID.randomUUID().toString(),
                "discussedOn", team.day(2), "disclosureDecision", "PARTLY",
                "agreedWording", "Kerron tarvitsevani joustoa aamuihin");
        Document opened = Jsoup.parse(mvc.perform(users.as(coach, get("/employer-contacts/new")).param("client", client.toString()))
                .andReturn().getResponse().getContentAsString());
        assertThat(opened.getElementById("disclosure-preference").text())
                .contains("Osittain, sovituin sanoin", "Kerron tarvitsevani joustoa aamuihin");

        List<String> before = recordChecksums();
        Document shown = Jsoup.parse(mvc.perform(contact(client, employer, 0).param("show", "preference"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(shown.getElementById("disclosure-preference-value").text()).isEqualTo("Osittain, sovituin sanoin");
        assertThat(shown.getElementById("clientId-error")).as("showing is not saving: no refusal either").isNull();
        assertThat(recordChecksums()).isEqualTo(before);

        Document none = Jsoup.parse(mvc.perform(contact(null, employer, 0).param("show", "preference"))
                .andReturn().getResponse().getContentAsString());
        assertThat(none.getElementById("disclosure-preference").text()).isEmpty();
    }

    @Test
    void anotherTeamsCoachSeesNoPreferenceAndCannotNameTheClient() throws Exception {
        agreement();
        team.send(coach, "/clients/" + client + "/profile", "preferredWork", "Myyjä", "disclosurePreference", "NOT_DISCLOSE");
        consentTo(employer, "EMPLOYMENT", 30);
        TestTeams.Team other = teams.create("Muut");
        String stranger = other.member("Berg", "COACH", "1");
        Document page = Jsoup.parse(mvc.perform(users.as(stranger, get("/employer-contacts/new")).param("client", client.toString()))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("disclosure-preference").text()).isEmpty();
        assertThat(page.text()).doesNotContain("Työnantajalle ei kerrota");

        List<String> before = recordChecksums();
        MockHttpServletRequestBuilder contact = users.as(stranger, post("/employer-contacts"))
                .param("key", UUID.randomUUID().toString()).param("employerId", employer.toString())
                .param("contactedOn", team.day(0)).param("mode", "FACE_TO_FACE").param("purpose", "ABOUT_CLIENT")
                .param("clientId", client.toString());
        assertThat(refusal(contact, "clientId")).isEqualTo("Valitse asiakas omista asiakkaistasi.");
        assertThat(recordChecksums()).isEqualTo(before);
        assertThat(disclosures()).isEmpty();
    }
}
