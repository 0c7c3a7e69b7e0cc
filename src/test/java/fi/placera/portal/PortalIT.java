package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import fi.placera.testing.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The client's own pages: an invitation link works once and only for 7 days, the client logs in through the same two
 * steps as staff, sees only their own data, and a withdrawal of consent holds for the very next staff read.
 */
@PlaceraIT
class PortalIT {

    static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";
    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    /** A client of a new coach in the demo team, with an agreement, a plan and consents to the Vaasa care team. */
    private UUID clientWithPlan(String coach, String goals, String... kinds) throws Exception {
        return given.client(coach).named("Saana", "Portaali").agreedOn("2.1.2026", "PAPER_SIGNATURE")
                .plan(goals, "Askel yksi").consentToTheCareTeam(kinds).create();
    }

    private String invite(String coach, UUID client) throws Exception {
        String page = mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(coach)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as("the page shows the link").isTrue();
        return link.group(1);
    }

    private String accept(String token, String username) throws Exception {
        mvc.perform(post("/invite/" + token).with(csrf()).param("username", username)
                .param("passphrase", "kolme vihreää omenaa").param("repeated", "kolme vihreää omenaa"))
                .andExpect(status().is3xxRedirection());
        return username;
    }

    /**
     * Issue 28 §8: the coach sees on the consents part whether the invitation was taken into use, and the invitation
     * page has a copy button and a printable letter in the client's language (Swedish here, the coach's Finnish).
     */
    @Test
    void theCoachSeesWhetherTheInvitationWasTakenIntoUseAndGetsALetterInTheClientsLanguage() throws Exception {
        String coach = users.newCoach();
        UUID client = given.client(coach).named("Stina", "Brev").speaking("sv").agreedOn("2.1.2026").create();
        assertThat(consentsPart(coach, client).getElementById("invite-state")).as("no invitation yet").isNull();

        Document invited = Jsoup.parse(mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(coach))
                .with(csrf()).locale(Locale.forLanguageTag("fi"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        Element letter = invited.getElementById("invite-letter");
        assertThat(letter.attr("lang")).isEqualTo("sv");
        assertThat(letter.text()).contains("Hej Stina,", "Dina egna sidor i Placera", "fungerar en gång")
                .doesNotContain("Hei ");
        Matcher link = LINK.matcher(letter.select(".letter-link").text());
        assertThat(link.find()).as("the letter carries the link").isTrue();
        assertThat(invited.select("button[data-copy=invite-link]").text()).isEqualTo("Kopioi linkki");
        assertThat(invited.select("button[data-print]")).hasSize(1);

        assertThat(consentsPart(coach, client).getElementById("invite-state").text()).contains("ei vielä käytetty");
        accept(link.group(1), "stina.b." + client.toString().substring(0, 6));
        Document after = consentsPart(coach, client);
        assertThat(after.getElementById("invite-state").text()).isEqualTo("Asiakas on ottanut omat sivunsa käyttöön.");
        assertThat(after.select("form[action$=/portal-invite]")).as("no new invitation for a client in").isEmpty();
    }

    private Document consentsPart(String coach, UUID client) throws Exception {
        return Jsoup.parse(mvc.perform(get("/clients/" + client + "/consents").with(users.as(coach))
                .locale(Locale.forLanguageTag("fi"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void anInvitationWorksOnceAndTheClientLogsInWithPassphraseAndAuthenticator() throws Exception {
        String coach = users.newCoach();
        UUID client = clientWithPlan(coach, "Kahvilatyö aamuisin");
        String token = invite(coach, client);
        assertThat(jdbc.sql("select token_hash from client_invite where client_id = ?").param(client).query(String.class)
                .single()).as("only a hash is stored").doesNotContain(token).hasSize(64);

        mvc.perform(get("/invite/" + token)).andExpect(status().isOk());
        // a weak passphrase and a mismatch are refused next to their fields, the user name kept
        String refused = mvc.perform(post("/invite/" + token).with(csrf()).param("username", "saana.p")
                .param("passphrase", "password").param("repeated", "password").locale(Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(refused);
        assertThat(page.getElementById("passphrase-error")).isNotNull();
        assertThat(page.getElementById("username").val()).isEqualTo("saana.p");
        String username = "saana." + client.toString().substring(0, 6);
        accept(token, username);

        // used: the same link is a plain 404 page that tells nothing about the client
        String used = mvc.perform(get("/invite/" + token).locale(Locale.forLanguageTag("sv")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(used).contains("Länken fungerar inte").doesNotContain("Saana").doesNotContain("Portaali");
        mvc.perform(post("/invite/" + token).with(csrf()).param("username", "toinen." + username.substring(6))
                .param("passphrase", "kolme vihreää omenaa").param("repeated", "kolme vihreää omenaa"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from client_account where client_id = ?").param(client)
                .query(Integer.class).single()).isEqualTo(1);

        // the two-step login: passphrase, then enrolling the authenticator app, then the client's own pages
        WebSession session = new WebSession(port);
        HttpResponse<String> password = session.logInWithPassword(username, "kolme vihreää omenaa");
        assertThat(password.headers().firstValue("Location").orElse("")).endsWith("/mfa/enrol");
        assertThat(session.get("/me").statusCode()).as("nothing before the second factor").isEqualTo(302);
        String enrol = session.get("/mfa/enrol").body();
        String secret = Jsoup.parse(enrol).selectFirst("code.secret").text();
        users.clock().advance(java.time.Duration.ofSeconds(30));
        String code = new dev.samstevens.totp.code.DefaultCodeGenerator(dev.samstevens.totp.code.HashingAlgorithm.SHA1, 6)
                .generate(secret, users.clock().instant().getEpochSecond() / 30);
        assertThat(session.post("/mfa/enrol", Map.of("code", code)).statusCode()).isEqualTo(200);
        assertThat(session.get("/").headers().firstValue("Location").orElse("")).endsWith("/me");
        assertThat(session.get("/me").body()).contains("Kahvilatyö aamuisin");
        assertThat(session.get("/clients").statusCode()).as("no staff pages for a client").isEqualTo(403);
    }

    @Test
    void anExpiredInvitationIsRefusedWithAPlainPage() throws Exception {
        String coach = users.newCoach();
        UUID client = clientWithPlan(coach, "Varastotyö");
        String token = invite(coach, client);
        jdbc.sql("""
                        update client_invite set invited_at = invited_at - interval '8 days',
                               expires_at = expires_at - interval '8 days' where client_id = ?""")
                .param(client).update();
        mvc.perform(get("/invite/" + token)).andExpect(status().isNotFound());
        mvc.perform(post("/invite/" + token).with(csrf()).param("username", "myohassa." + client.toString().substring(0, 6))
                .param("passphrase", "kolme vihreää omenaa").param("repeated", "kolme vihreää omenaa"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from client_account where client_id = ?").param(client)
                .query(Integer.class).single()).isZero();
        // a made-up token is the same page
        mvc.perform(get("/invite/" + "x".repeat(43))).andExpect(status().isNotFound());
    }

    @Test
    void anotherClientsConsentIsA404AndLoggedAndStaysInForce() throws Exception {
        String coach = users.newCoach();
        UUID mine = clientWithPlan(coach, "Oma");
        UUID other = clientWithPlan(coach, "Toisen", "IDENTITY");
        String me = accept(invite(coach, mine), "oma." + mine.toString().substring(0, 6));
        UUID othersConsent = jdbc.sql("select id from consent where client_id = ?").param(other).query(UUID.class).single();

        mvc.perform(post("/me/consents/" + othersConsent + "/withdraw").with(users.as(me)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/me/consents/not-an-id/withdraw").with(users.as(me)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select withdrawn_at is null from consent where id = ?").param(othersConsent)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                        select outcome from access_log where username = ? and client_id = ? and role = 'CLIENT'""")
                .params(me, other).query(String.class).list()).containsExactly("DENIED");
        assertThat(jdbc.sql("select count(*) from access_log where username = ? and client_id = ? and outcome = 'DENIED'")
                .params(me, mine).query(Integer.class).single()).as("the made-up id").isEqualTo(1);
    }

    @Test
    void aDaysReadsAreOneLinePerReaderWithTheKindsReadAndEveryPurposeInWords() throws Exception {
        String coach = users.newCoach();
        UUID client = clientWithPlan(coach, "Kirjastotyö", "IDENTITY", "ACTION_PLAN");
        String me = accept(invite(coach, client), "kirjasto." + client.toString().substring(0, 6));
        for (int read = 0; read < 3; read++) {
            mvc.perform(get("/clients/" + client).with(users.as("careteam"))).andExpect(status().isOk());
        }
        mvc.perform(get("/clients/" + client + "/evaluation").with(users.as(coach))).andExpect(status().isOk());

        for (String language : List.of("fi", "sv")) {
            Document log = Jsoup.parse(mvc.perform(get("/me/access-log").with(users.as(me))
                            .locale(Locale.forLanguageTag(language)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            List<org.jsoup.nodes.Element> careTeam = log.select("#access-log tbody tr").stream()
                    .filter(row -> row.text().contains(language.equals("fi") ? "Hoitotiimin jäsen" : "Medlem i vårdteam"))
                    .toList();
            assertThat(careTeam).as("three reads of one day by one reader: one line").hasSize(1);
            assertThat(careTeam.get(0).attr("data-rows")).isEqualTo("3");
            assertThat(careTeam.get(0).text()).contains(language.equals("fi") ? "(3 kertaa)" : "(3 gånger)")
                    .contains(language.equals("fi") ? "Nimi ja yhteystiedot, Toimintasuunnitelma"
                            : "Namn och kontaktuppgifter, Åtgärdsplan");
            assertThat(log.select("#access-log tbody td[data-label]").eachText())
                    .anyMatch(cell -> cell.contains(language.equals("fi") ? "arviointi ja seurantakyselyt"
                            : "utvärdering och uppföljningsenkäter"))
                    .noneMatch(cell -> List.of(cell.split(", ")).contains("evaluation"))
                    .noneMatch(cell -> cell.contains("portal.purpose") || cell.contains("??"));
        }
        int rowsInLog = jdbc.sql("select count(*) from access_log where client_id = ?").param(client)
                .query(Integer.class).single();
        Document log = Jsoup.parse(mvc.perform(get("/me/access-log").with(users.as(me)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
        assertThat(log.select("#access-log tbody tr").stream().mapToInt(row -> Integer.parseInt(row.attr("data-rows")))
                .sum()).as("every row of the log is in a line").isEqualTo(rowsInLog);
    }

    @Test
    void aWithdrawalHoldsForTheNextStaffReadAndTheClientSeesBothInTheirLog() throws Exception {
        String coach = users.newCoach();
        UUID client = clientWithPlan(coach, "Puutarhatyö", "IDENTITY", "ACTION_PLAN");
        String me = accept(invite(coach, client), "puutarha." + client.toString().substring(0, 6));
        UUID identityConsent = jdbc.sql("select id from consent where client_id = ? and kind = 'IDENTITY'").param(client)
                .query(UUID.class).single();

        mvc.perform(get("/clients/" + client).with(users.as("careteam"))).andExpect(status().isOk());
        mvc.perform(post("/me/consents/" + identityConsent + "/withdraw").with(users.as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/clients/" + client).with(users.as("careteam"))).andExpect(status().isNotFound());

        List<String> careTeamRows = jdbc.sql("""
                        select outcome || ' ' || data_kind from access_log where client_id = ? and username = 'careteam'
                        order by id""").param(client).query(String.class).list();
        assertThat(careTeamRows).containsExactly("GRANTED IDENTITY,ACTION_PLAN", "DENIED IDENTITY");

        Document log = Jsoup.parse(mvc.perform(get("/me/access-log").with(users.as(me)).locale(Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        int rowsInLog = jdbc.sql("select count(*) from access_log where client_id = ?").param(client)
                .query(Integer.class).single();
        // one line per day and reader (decision 0042); together the lines stand for every row of the log (LG3)
        assertThat(log.select("#access-log tbody tr").stream().mapToInt(row -> Integer.parseInt(row.attr("data-rows")))
                .sum()).isEqualTo(rowsInLog);
        assertThat(log.select("#access-log tbody tr").size()).isLessThan(rowsInLog);
        assertThat(log.select("#access-log tbody tr").get(0).text()).contains("Hoitotiimin jäsen").contains("estetty");
        assertThat(log.text()).as("role only in this area: no user names").doesNotContain("careteam");

        Document record = Jsoup.parse(mvc.perform(get("/clients/" + client + "/record").with(users.as(coach))
                .locale(Locale.forLanguageTag("fi"))).andReturn().getResponse().getContentAsString());
        assertThat(record.text()).contains("Asiakas perui suostumuksen");
        Document week = Jsoup.parse(mvc.perform(get("/week").with(users.as(coach)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
        assertThat(week.text()).contains("Asiakas perui suostumuksen omilla sivuillaan");
    }

    @Test
    void anOversizedCommentIsRefusedWithTheTextKeptAndAGoodOneReachesTheCoach() throws Exception {
        String coach = users.newCoach();
        UUID client = clientWithPlan(coach, "Kirjastotyö");
        String me = accept(invite(coach, client), "kirjasto." + client.toString().substring(0, 6));
        String tooLong = "Pitkä ".repeat(400);
        Document again = Jsoup.parse(mvc.perform(post("/me/comments").with(users.as(me)).with(csrf())
                .param("comment", tooLong).locale(Locale.forLanguageTag("sv")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again.getElementById("comment-error").text()).contains("för lång");
        assertThat(again.getElementById("comment").text()).isEqualTo(tooLong.strip());
        assertThat(jdbc.sql("select count(*) from client_comment where client_id = ?").param(client)
                .query(Integer.class).single()).isZero();

        mvc.perform(post("/me/comments").with(users.as(me)).with(csrf()).param("comment", "Haluan myös iltavuoroja"))
                .andExpect(status().is3xxRedirection());
        Document record = Jsoup.parse(mvc.perform(get("/clients/" + client + "/record").with(users.as(coach))
                .locale(Locale.forLanguageTag("fi"))).andReturn().getResponse().getContentAsString());
        assertThat(record.text()).contains("Asiakas kommentoi suunnitelmaa").contains("Haluan myös iltavuoroja");
        Document week = Jsoup.parse(mvc.perform(get("/week").with(users.as(coach)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
        assertThat(week.text()).contains("Asiakas kommentoi suunnitelmaa: Haluan myös iltavuoroja");
    }

    @Test
    void theClientsPagesOpenInTheClientsLanguageUntilTheyChooseAnother() throws Exception {
        String coach = users.newCoach();
        UUID client = UUID.randomUUID();
        mvc.perform(post("/clients").with(users.as(coach)).with(csrf()).param("id", client.toString())
                .param("firstName", "Siv").param("lastName", "Svensk").param("preferredLanguage", "sv")
                .param("ipsTeamId", "6a1f0000-0000-4000-8000-000000000001"));
        String me = accept(invite(coach, client), "siv." + client.toString().substring(0, 6));
        Document page = Jsoup.parse(mvc.perform(get("/me").with(users.as(me)).locale(Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Hej, Siv");
        Document chosen = Jsoup.parse(mvc.perform(get("/me").with(users.as(me)).param("lang", "fi"))
                .andReturn().getResponse().getContentAsString());
        assertThat(chosen.selectFirst("html").attr("lang")).isEqualTo("fi");
    }

    @Test
    void aWithdrawalRacingTheCoachsIsReportedAsAlreadyDoneWithNothingLost() throws Exception {
        String coach = users.newCoach();
        UUID client = clientWithPlan(coach, "Kilpajuoksu", "ACTION_PLAN");
        String me = accept(invite(coach, client), "kilpa." + client.toString().substring(0, 6));
        UUID consent = jdbc.sql("select id from consent where client_id = ?").param(client).query(UUID.class).single();
        mvc.perform(post("/clients/" + client + "/consents/" + consent + "/withdraw").with(users.as(coach)).with(csrf()));
        mvc.perform(post("/me/consents/" + consent + "/withdraw").with(users.as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/me/consents?already"));
        assertThat(jdbc.sql("select withdrawn_at is not null from consent where id = ?").param(consent)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from client_withdrawal where consent_id = ?").param(consent)
                .query(Integer.class).single()).as("the coach withdrew it, not the client").isZero();
    }

    @Test
    void staffNeverReachTheClientsPages() throws Exception {
        for (String staff : List.of("coach1", "teamleader", "careteam", "admin")) {
            mvc.perform(get("/me").with(users.as(staff))).andExpect(status().isForbidden());
        }
    }
}
