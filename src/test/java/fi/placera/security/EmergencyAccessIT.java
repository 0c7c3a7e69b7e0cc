package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.ObjectMapper;
import fi.placera.identity.ClientAccounts;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.RouteMatrix;
import fi.placera.testing.TableChecksum;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * AZ8: emergency access reads the kinds of information chosen when the glass was broken and never writes; only the
 * client's own coach or team leader invites the client to their own pages; the access log says truthfully what was
 * done and which kinds a page showed, and the client sees it.
 */
@PlaceraIT
class EmergencyAccessIT {

    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";
    /** Bodies the API accepts from the client's own coach, for the writes the issue names; others get {}. */
    private static final Map<String, String> API_BODIES = Map.of(
            "/api/v1/clients/{id}/plan", "{\"version\": 1, \"goals\": \"Kaapattu\"}",
            "/api/v1/clients/{id}/jobs/{jobId}/end", "{\"version\": 1, \"endedOn\": \"2026-04-01\", \"reason\": \"OTHER\"}",
            "/api/v1/clients/{id}/consents", "{\"party\": \"CARE_TEAM\", \"partyId\": \"" + CARE_VAASA
                    + "\", \"kind\": \"HEALTH\", \"validFrom\": \"2026-01-05\"}",
            "/api/v1/clients/{id}/agreement", "{\"agreedOn\": \"2026-01-05\", \"howAgreed\": \"STRONG_IDENTIFICATION\"}");
    private static final Pattern INVITE_LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{20,})");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired ClientAccounts accounts;
    @Autowired ObjectMapper json;

    private String ownCoach;
    private String stranger;
    private UUID client;
    private String consent;
    private String job;

    /** A client of the demo team with an agreement, a consent, a plan and a job; a coach of another team. */
    @BeforeEach
    void clientOfTheDemoTeamAndACoachOfAnother() throws Exception {
        ownCoach = users.newCoach();
        stranger = users.newCoachOfAnotherTeam();
        client = UUID.randomUUID();
        String base = "/api/v1/clients/" + client;
        send(ownCoach, post("/api/v1/clients"), """
                {"id": "%s", "firstName": "Hanna", "lastName": "Hätä", "preferredLanguage": "fi",
                 "ipsTeamId": "%s"}""".formatted(client, DEMO_TEAM)).andExpect(status().isCreated());
        send(ownCoach, post(base + "/agreement"), """
                {"agreedOn": "2026-01-05", "howAgreed": "STRONG_IDENTIFICATION"}""").andExpect(status().is2xxSuccessful());
        consent = json.readTree(send(ownCoach, post(base + "/consents"), """
                {"party": "CARE_TEAM", "partyId": "%s", "kind": "ACTION_PLAN", "validFrom": "2026-01-05"}"""
                .formatted(CARE_VAASA)).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString()).get("id").asString();
        send(ownCoach, post(base + "/plan"), """
                {"startedOn": "2026-01-06", "goals": "Kahvilan aamuvuoro"}""").andExpect(status().isCreated());
        String employer = json.readTree(send(ownCoach, post("/api/v1/employers"), """
                {"details": {"name": "Hätäkahvila %s", "sector": "Ravintola"}}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        job = json.readTree(send(ownCoach, post(base + "/jobs"), """
                {"key": "%s", "employerId": "%s", "startedOn": "2026-03-09", "hoursPerWeek": 20, "wageBasis": "HOURLY",
                 "contractType": "PERMANENT", "competitive": true}""".formatted(UUID.randomUUID(), employer))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private void breakTheGlass(String... kinds) throws Exception {
        MockHttpServletRequestBuilder emergency = post("/clients/" + client + "/emergency").with(users.as(stranger))
                .with(csrf()).param("reason", "Client called in crisis; own coach unreachable");
        for (String kind : kinds) {
            emergency.param("kinds", kind);
        }
        mvc.perform(emergency).andExpect(redirectedUrl("/clients/" + client));
    }

    @Test
    void emergencyAccessNeverWrites() throws Exception {
        breakTheGlass("ACTION_PLAN", "SERVICE_RECORD", "EMPLOYMENT", "BENEFITS", "VOCATIONAL_PROFILE", "HEALTH",
                "EVALUATION");
        mvc.perform(get("/clients/" + client).with(users.as(stranger))).andExpect(status().isOk());
        Map<String, String> before = checksums();

        List<String> writes = new ArrayList<>();
        List<String> notRefused = new ArrayList<>();
        for (String[] route : clientWriteRoutes()) {
            String path = route[1].replace("{id}", client.toString()).replace("{consentId}", consent)
                    .replace("{jobId}", job).replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
            MockHttpServletResponse response = mvc.perform(attack(HttpMethod.valueOf(route[0]), route[1], path))
                    .andReturn().getResponse();
            writes.add(route[0] + " " + path);
            if (response.getStatus() != 403 && response.getStatus() != 404) {
                notRefused.add(route[0] + " " + route[1] + " -> " + response.getStatus());
            }
        }
        // routes that name the client in their form rather than in their path
        for (MockHttpServletRequestBuilder naming : List.of(
                post("/employer-contacts").param("clientId", client.toString()).param("contactedOn", "2.3.2026")
                        .param("mode", "PHONE").param("purpose", "ABOUT_CLIENT"),
                post("/meetings/agencies").param("clientId", client.toString()).param("agency", "KELA")
                        .param("mode", "PHONE").param("contactedOn", "2.3.2026"))) {
            MockHttpServletResponse response = mvc.perform(naming.with(users.as(stranger)).with(csrf()))
                    .andReturn().getResponse();
            if (response.getStatus() < 400 && response.getRedirectedUrl() != null) {
                notRefused.add("a form naming the client -> " + response.getRedirectedUrl());
            }
        }

        assertThat(writes).as("client write routes of the route matrix").hasSizeGreaterThan(30);
        assertThat(notRefused).as("writes under an emergency grant that were not refused").isEmpty();
        assertThat(checksums()).isEqualTo(before);
        assertThat(jdbc.sql("""
                        select count(*) from access_log a join user_account u on u.id = a.account_id
                        where a.client_id = ? and u.username = ? and a.outcome = 'GRANTED'
                          and a.action not in ('VIEW', 'API_READ')""").params(client, stranger)
                .query(Integer.class).single()).as("granted writes in the log").isZero();
        assertThat(jdbc.sql("""
                        select distinct action from access_log
                        where client_id = ? and username = ? and outcome = 'DENIED' and break_glass""")
                .params(client, stranger).query(String.class).list())
                .as("refused emergency writes, logged as what was tried")
                .contains("CREATE", "UPDATE", "WITHDRAW", "INVITE").doesNotContain("VIEW");
    }

    @Test
    void emergencyAccessReadsOnlyTheKindsChosenAndThePageIsOneRowNamingThem() throws Exception {
        breakTheGlass("ACTION_PLAN");

        mvc.perform(get("/clients/" + client).with(users.as(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-labelledby=\"comment-heading\"")))
                .andExpect(content().string(not(containsString("aria-labelledby=\"contacts-heading\""))))
                .andExpect(content().string(not(containsString("aria-labelledby=\"consents-heading\""))));
        mvc.perform(get("/clients/" + client + "/plan").with(users.as(stranger)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kahvilan aamuvuoro")));
        mvc.perform(get("/clients/" + client + "/profile").with(users.as(stranger)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("profile-heading"))));
        mvc.perform(get("/api/v1/clients/" + client + "/plan").with(users.as(stranger))).andExpect(status().isOk());
        mvc.perform(get("/clients/" + client + "/jobs").with(users.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clients/" + client + "/counselling").with(users.as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + client + "/record").with(users.as(stranger))).andExpect(status().isNotFound());

        assertThat(logOf(stranger, "client record")).containsExactly("VIEW GRANTED true IDENTITY,ACTION_PLAN");
        assertThat(logOf(stranger, "client record plan")).containsExactly("VIEW GRANTED true IDENTITY,ACTION_PLAN");
        assertThat(logOf(stranger, "client record profile")).containsExactly("VIEW GRANTED true IDENTITY");
        assertThat(logOf(stranger, "jobs")).containsExactly("VIEW DENIED true IDENTITY,EMPLOYMENT");
        assertThat(jdbc.sql("select kinds::text from break_glass_access where client_id = ?").param(client)
                .query(String.class).single()).isEqualTo("{IDENTITY,ACTION_PLAN}");
        String grant = jdbc.sql("select id::text from break_glass_access where client_id = ?").param(client)
                .query(String.class).single();
        Element review = Jsoup.parse(mvc.perform(get("/team/emergency-access").with(users.as("teamleader"))
                        .locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("tr:has(form[action$='" + grant + "/reviewed'])");
        assertThat(review).isNotNull();
        assertThat(review.text()).contains("Information opened: Name and contact details, Action plan");
    }

    /**
     * AZ8 (decision 0046): an emergency reader's pages about the client offer no form that posts to a write route —
     * posting is refused anyway — yet show what the grant reads; the client's own coach gets the forms.
     */
    @Test
    void anEmergencyReadersPagesOfferNoWriteForm() throws Exception {
        breakTheGlass("ACTION_PLAN", "SERVICE_RECORD", "EMPLOYMENT", "BENEFITS", "VOCATIONAL_PROFILE", "HEALTH",
                "EVALUATION");
        List<String> pages = List.of("/clients/" + client + "/referral", "/clients/" + client + "/consents",
                "/clients/" + client + "/plan", "/clients/" + client + "/profile", "/clients/" + client + "/counselling",
                "/clients/" + client + "/jobs",
                "/clients/" + client + "/support", "/clients/" + client + "/evaluation");
        for (String page : pages) {
            assertThat(writeForms(ownCoach, page)).as("the own coach's forms on " + page).isNotEmpty();
            assertThat(writeForms(stranger, page)).as("write forms for an emergency reader on " + page).isEmpty();
        }
        String overview = mvc.perform(get("/clients/" + client).with(users.as(stranger))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(overview).doesNotContain("/employer-contacts/new");
        assertThat(writeForms(stranger, "/clients/" + client)).isEmpty();
        assertThat(mvc.perform(get("/clients/" + client + "/plan").with(users.as(stranger))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Kahvilan aamuvuoro");
    }

    /** The actions of the page's forms that post to a write route of the route matrix, or to a form naming a client. */
    private List<String> writeForms(String user, String page) throws Exception {
        List<Pattern> writes = new ArrayList<>(clientWriteRoutes().stream()
                .map(route -> Pattern.compile(route[1].replaceAll("\\{[a-zA-Z]+}", "[^/?]+") + "([?].*)?")).toList());
        writes.add(Pattern.compile("/(employer-contacts|meetings/agencies)([/?].*)?"));
        String html = mvc.perform(get(page).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("form[method=post]").eachAttr("action").stream()
                .filter(action -> writes.stream().anyMatch(write -> write.matcher(action).matches())).toList();
    }

    /**
     * LG1, issue 21 §1 (decision 0046): every page about one client writes one row naming the kinds it showed — the
     * client's name is who the client is — not only the client page and the timeline.
     */
    @Test
    void everyClientPageLogsOneRowNamingTheKindsItShowed() throws Exception {
        mvc.perform(get("/clients/" + client + "/jobs").with(users.as(ownCoach))).andExpect(status().isOk());
        mvc.perform(get("/clients/" + client + "/support").with(users.as(ownCoach))).andExpect(status().isOk());
        mvc.perform(get("/clients/" + client + "/evaluation").with(users.as(ownCoach))).andExpect(status().isOk());

        assertThat(logOf(ownCoach, "jobs")).containsExactly(
                "VIEW GRANTED false IDENTITY,VOCATIONAL_PROFILE,EMPLOYMENT");
        assertThat(logOf(ownCoach, "follow-along support")).containsExactly("VIEW GRANTED false IDENTITY,EMPLOYMENT");
        assertThat(logOf(ownCoach, "evaluation")).containsExactly("VIEW GRANTED false IDENTITY,EVALUATION");

        // an emergency reader of the jobs only reads them without the vocational profile, and the row says so
        breakTheGlass("EMPLOYMENT");
        String page = mvc.perform(get("/clients/" + client + "/jobs").with(users.as(stranger)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(logOf(stranger, "jobs")).containsExactly("VIEW GRANTED true IDENTITY,EMPLOYMENT");
        assertThat(page).contains("Hätäkahvila");
    }

    @Test
    void anUnknownKindIsRefusedAndNoneChosenReadsOnlyWhoTheClientIs() throws Exception {
        String grants = checksum.of("break_glass_access");
        mvc.perform(post("/clients/" + client + "/emergency").with(users.as(stranger)).with(csrf())
                        .param("reason", "Client called in crisis; own coach unreachable").param("kinds", "SECRETS"))
                .andExpect(status().isOk());
        assertThat(checksum.of("break_glass_access")).isEqualTo(grants);

        breakTheGlass();
        mvc.perform(get("/clients/" + client).with(users.as(stranger))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Kahvilan aamuvuoro"))));
        assertThat(logOf(stranger, "client record")).containsExactly("VIEW GRANTED true IDENTITY");
    }

    @Test
    void onlyTheOwnCoachOrTheTeamLeaderInvitesAndAClientWithAnAccountIsRefusedWithoutSayingWhy() throws Exception {
        String otherCoachOfTheTeam = users.newCoach();
        String invites = checksum.of("client_invite");
        mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(otherCoachOfTheTeam)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(checksum.of("client_invite")).isEqualTo(invites);
        assertThat(logOf(otherCoachOfTheTeam, "client account invitation")).containsExactly("INVITE DENIED false IDENTITY");

        invite("teamleader");
        String token = invite(ownCoach);
        accounts.accept(token, "hanna." + client.toString().substring(0, 8), "violetti kameli tanssii tangoa",
                "violetti kameli tanssii tangoa");

        invites = checksum.of("client_invite");
        String refused = mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(ownCoach)).with(csrf())
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("An invitation cannot be made for this client here. Ask your team leader.")
                .doesNotContain("already has").doesNotContain("/invite/");
        assertThat(checksum.of("client_invite")).isEqualTo(invites);
    }

    @Test
    void theLogSaysWhatWasDoneAndTheClientSeesItInTheirLanguage() throws Exception {
        mvc.perform(post("/clients/" + client + "/consents/" + consent + "/withdraw").with(users.as(ownCoach))
                .with(csrf())).andExpect(redirectedUrl("/clients/" + client + "/consents"));
        mvc.perform(get("/clients/" + client).with(users.as(ownCoach))).andExpect(status().isOk());
        String token = invite(ownCoach);
        String username = "hanna." + client.toString().substring(0, 8);
        accounts.accept(token, username, "violetti kameli tanssii tangoa", "violetti kameli tanssii tangoa");

        assertThat(logOf(ownCoach, "consents")).containsExactly("WITHDRAW GRANTED false IDENTITY");
        assertThat(logOf(ownCoach, "client record")).containsExactly(
                "VIEW GRANTED false IDENTITY,SERVICE_RECORD,ACTION_PLAN,VOCATIONAL_PROFILE,EMPLOYMENT,BENEFITS");
        assertThat(logOf(ownCoach, "client account invitation")).containsExactly("INVITE GRANTED false IDENTITY");
        assertThat(jdbc.sql("""
                        select count(*) from access_log a join user_account u on u.id = a.account_id
                        where a.client_id = ? and u.username = ? and a.action = 'CREATE'""").params(client, ownCoach)
                .query(Integer.class).single()).as("agreement, consent, plan and job recorded").isGreaterThanOrEqualTo(4);

        Map<Locale, List<String>> expected = Map.of(
                Locale.forLanguageTag("fi"), List.of("Suostumus peruttiin", "Kirjattiin", "Sinut kutsuttiin omille sivuillesi",
                        "Nimi ja yhteystiedot", "Lähete ja palvelu", "Toimintasuunnitelma"),
                Locale.forLanguageTag("sv"), List.of("Samtycket återkallades", "Registrerades",
                        "Du bjöds in till dina egna sidor"),
                Locale.ENGLISH, List.of("Consent withdrawn", "Recorded", "Invited you to your own pages",
                        "Name and contact details", "Referral and service", "Action plan"));
        for (Map.Entry<Locale, List<String>> language : expected.entrySet()) {
            String log = Jsoup.parse(mvc.perform(get("/me/access-log").with(users.as(username)).locale(language.getKey()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .select("#access-log").text();
            assertThat(log).as(language.getKey().toString()).contains(language.getValue())
                    .doesNotContain("portal.log.action").doesNotContain("information.");
        }
    }

    /** The invitation link's token, made by this user on the client page. */
    private String invite(String user) throws Exception {
        String page = mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(user)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher link = INVITE_LINK.matcher(page);
        assertThat(link.find()).as("an invitation link for " + user).isTrue();
        return link.group(1);
    }

    /** The user's rows about the client for one purpose: "action outcome emergency kinds", oldest first. */
    private List<String> logOf(String username, String purpose) {
        return jdbc.sql("""
                        select action || ' ' || outcome || ' ' || break_glass || ' ' || data_kind from access_log
                        where client_id = ? and username = ? and purpose = ? order by id""")
                .params(client, username, purpose).query(String.class).list();
    }

    private MockHttpServletRequestBuilder attack(HttpMethod method, String route, String path) {
        MockHttpServletRequestBuilder attack = request(method, path).with(users.as(stranger)).with(csrf());
        if (path.startsWith("/api/")) {
            return attack.contentType(MediaType.APPLICATION_JSON).content(API_BODIES.getOrDefault(route, "{}"));
        }
        // a plausible form for the routes the issue names (consents, plan, jobs); other routes get the same fields
        return attack.param("party", "CARE_TEAM:" + CARE_VAASA).param("kind", "HEALTH").param("validFrom", "2.1.2026")
                .param("agreedOn", "5.1.2026").param("howAgreed", "STRONG_IDENTIFICATION")
                .param("startedOn", "6.1.2026").param("goals", "Kaapattu").param("version", "1")
                .param("jobEndedOn", "1.4.2026").param("jobEndReason", "OTHER").param("key", UUID.randomUUID().toString());
    }

    /** Every unsafe route of the route matrix about one client (its id in the path), but breaking the glass itself. */
    private static List<String[]> clientWriteRoutes() {
        return RouteMatrix.rows().stream()
                .filter(row -> row.method().matches("POST|PUT|PATCH|DELETE"))
                .filter(row -> row.path().matches("/(api/v1/)?clients/\\{id}.*"))
                .filter(row -> !row.path().equals("/clients/{id}/emergency"))
                .map(row -> new String[] {row.method(), row.path()})
                .toList();
    }

    /** Every table that holds client data, and the client accounts and invitations. */
    private Map<String, String> checksums() {
        List<String> tables = jdbc.sql("""
                        select distinct table_name from information_schema.columns
                        where table_schema = current_schema() and column_name = 'client_id'
                          and table_name not in ('access_log', 'break_glass_access')
                          and table_name in (select table_name from information_schema.tables where table_type = 'BASE TABLE')
                        order by table_name""").query(String.class).list();
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : tables) {
            sums.put(table, checksum.of(table));
        }
        sums.put("client", checksum.of("client"));
        sums.put("user_account", checksum.of("user_account"));
        return sums;
    }

    private ResultActions send(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
