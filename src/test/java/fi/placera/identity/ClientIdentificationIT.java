package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.Browser;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.OidcTestProvider;
import fi.placera.testing.PlaceraIT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Clients' strong identification (issue 26 §2, decision 0077) against real providers (Spring Authorization Server) in
 * the test JVM: provider A is the demo area's clients' provider, provider B another area's. The person at the provider
 * carries the personal identity code in the {@code personal_identity_code} claim and a level of assurance in
 * {@code acr}. Identification alone opens nothing: the code must be exactly that of a client of the provider's area
 * who has an account (an accepted invitation) or a cooperation agreement in force.
 */
@PlaceraIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientIdentificationIT {

    private static final short AREA_A = DemoUsers.DEMO_AREA;
    private static final short AREA_B = DemoUsers.OTHER_AREA;
    private static final String CLAIM = "personal_identity_code";
    private static final String LOA_HIGH = "http://ftn.ficora.fi/2017/loa3";
    private static final Pattern INVITE_TOKEN = Pattern.compile("/invite/([A-Za-z0-9_-]{20,})");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired ClientAccounts clientAccounts;
    private OidcTestProvider providerA;
    private OidcTestProvider providerB;
    private Path secretFile;
    private String coach;

    @BeforeAll
    void startProviders() throws Exception {
        secretFile = Files.createTempFile("placera-client-sso", ".secret");
        Files.writeString(secretFile, "client-secret-of-the-test\n");
        providerA = OidcTestProvider.start("placera-clients-a", "client-secret-of-the-test",
                List.of(callback(AREA_A)), List.of(placera("/login?logout")));
        providerB = OidcTestProvider.start("placera-clients-b", "client-secret-of-the-test",
                List.of(callback(AREA_B)), List.of(placera("/login?logout")));
        configure(AREA_A, providerA, "placera-clients-a");
        configure(AREA_B, providerB, "placera-clients-b");
        coach = users.newCoach();
    }

    @AfterEach
    void correctTokensAgain() {
        providerA.issueCorrectIdTokens();
        providerB.issueCorrectIdTokens();
    }

    @AfterAll
    void stopProviders() throws Exception {
        jdbc.sql("delete from area_client_sign_in_provider where area_id in (?, ?)").params(AREA_A, AREA_B).update();
        providerA.close();
        providerB.close();
        Files.deleteIfExists(secretFile);
    }

    @Test
    void aClientWithAnAgreementInForceSignsInToTheirOwnPagesAndTheSessionKeepsTheAssurance() throws Exception {
        String code = Given.identityCode();
        UUID client = agreedClient(code);
        providerA.person("person-" + code, Map.of(CLAIM, code, "acr", LOA_HIGH, "given_name", "Testi"));

        Browser browser = new Browser();
        HttpResponse<String> landed = signIn(browser, AREA_A, providerA, "person-" + code);

        assertThat(landed.uri().getPath()).as("%s", browser.visited()).isEqualTo("/me");
        String session = browser.open(placera("/api/v1/session")).body();
        assertThat(session).contains("\"roles\":[\"CLIENT\"]").contains("\"assurance\":\"" + LOA_HIGH + "\"");
        UUID account = accountOf(client);
        assertThat(account).isNotNull();
        // the staff pages stay closed to a client
        assertThat(browser.open(placera("/clients")).statusCode()).isEqualTo(403);

        // the next sign-in is the same account
        signIn(new Browser(), AREA_A, providerA, "person-" + code);
        assertThat(accountOf(client)).isEqualTo(account);
    }

    @Test
    void aClientWhoAcceptedTheCoachsInvitationSignsInToThatAccount() throws Exception {
        String code = Given.identityCode();
        UUID client = given.client(coach).identifiedBy(code).create();
        String username = "invited-" + UUID.randomUUID().toString().substring(0, 8);
        clientAccounts.accept(invitationOf(client), username, "kaunis syksyinen aamu merella 2026",
                "kaunis syksyinen aamu merella 2026");
        providerA.person("person-" + code, Map.of(CLAIM, code, "acr", LOA_HIGH));

        Browser browser = new Browser();
        assertThat(signIn(browser, AREA_A, providerA, "person-" + code).uri().getPath()).isEqualTo("/me");
        assertThat(browser.open(placera("/api/v1/session")).body()).contains("\"username\":\"" + username + "\"");
    }

    @Test
    void aClientWithoutAnAcceptedInvitationOrAnAgreementIsRefusedAndNoAccountIsMade() throws Exception {
        String code = Given.identityCode();
        UUID client = given.client(coach).identifiedBy(code).create();
        providerA.person("person-" + code, Map.of(CLAIM, code, "acr", LOA_HIGH));

        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_A, providerA, "person-" + code), "not_a_client");
        assertThat(accountOf(client)).isNull();
    }

    @Test
    void anAgreementNoLongerInForceOpensNothing() throws Exception {
        String code = Given.identityCode();
        UUID client = agreedClient(code);
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", today())
                        .param("serviceEndReason", "CLIENT_CHOICE").param("serviceEndDestination", "OTHER").param("serviceEndNote", "Haluaa keskittyä opintoihin"))
                .andExpect(status().is3xxRedirection());
        providerA.person("person-" + code, Map.of(CLAIM, code, "acr", LOA_HIGH));

        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_A, providerA, "person-" + code), "not_a_client");
        assertThat(accountOf(client)).isNull();
    }

    @Test
    void aClosedAccountCannotSignInThroughStrongIdentification() throws Exception {
        String code = Given.identityCode();
        UUID client = agreedClient(code);
        providerA.person("person-" + code, Map.of(CLAIM, code, "acr", LOA_HIGH));
        signIn(new Browser(), AREA_A, providerA, "person-" + code);
        // the account is closed, as an erasure closes it; the agreement is still in force
        clientAccounts.close(client);

        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_A, providerA, "person-" + code), "account_disabled");
    }

    @Test
    void anotherAreasProviderCannotSignInThisAreasClient() throws Exception {
        String code = Given.identityCode();
        UUID client = agreedClient(code);
        providerB.person("person-" + code, Map.of(CLAIM, code, "acr", LOA_HIGH));

        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_B, providerB, "person-" + code), "not_a_client");
        assertThat(accountOf(client)).isNull();
    }

    @Test
    void aCodeOfNobodyOpensNothing() throws Exception {
        String nobody = Given.identityCode();
        providerA.person("person-" + nobody, Map.of(CLAIM, nobody, "acr", LOA_HIGH));

        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_A, providerA, "person-" + nobody), "not_a_client");
    }

    @Test
    void aCodeWithAnotherCheckCharacterOrOtherCaseOrWhitespaceIsNotTheClientsCode() throws Exception {
        String code = Given.identityCode();
        UUID client = agreedClient(code);
        String checks = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        char otherCheck = checks.charAt((checks.indexOf(code.charAt(10)) + 1) % checks.length());
        List<String> near = List.of(code.substring(0, 10) + otherCheck,
                code.toLowerCase(), " " + code, code + " ", code.substring(0, 6) + " A" + code.substring(7));
        for (String almost : near) {
            providerA.person("person-" + almost.strip(), Map.of(CLAIM, almost, "acr", LOA_HIGH));
            Browser browser = new Browser();
            assertRefused(browser, signIn(browser, AREA_A, providerA, "person-" + almost.strip()), "not_a_client");
        }
        assertThat(accountOf(client)).isNull();
    }

    @Test
    void anIdTokenOfAnotherIssuerIsRefused() throws Exception {
        refusedWithSpoiledToken(OidcTestProvider.anotherIssuer());
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefused() throws Exception {
        refusedWithSpoiledToken(OidcTestProvider.anotherAudience());
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        refusedWithSpoiledToken(OidcTestProvider.expired());
    }

    @Test
    void aReplayedCallbackIsRefused() throws Exception {
        String code = Given.identityCode();
        agreedClient(code);
        providerA.person("person-" + code, Map.of(CLAIM, code, "acr", LOA_HIGH));
        Browser client = new Browser();
        signIn(client, AREA_A, providerA, "person-" + code);
        URI callback = client.visitedPath("/login/oauth2/code/");

        Browser attacker = new Browser();
        assertThat(attacker.open(callback.toString()).uri().toString()).endsWith("/login?sso=failed");
        assertThat(attacker.open(placera("/api/v1/session")).statusCode()).isEqualTo(401);
        assertThat(client.open(callback.toString()).uri().toString()).endsWith("/login?sso=failed");
    }

    @Test
    void theLoginPageOffersTheAreasStrongIdentificationAndTheInvitationRouteStays() throws Exception {
        String page = new Browser().open(placera("/login")).body();
        assertThat(page).contains("/oauth2/authorization/client-area-" + AREA_A)
                .contains("/oauth2/authorization/client-area-" + AREA_B).contains("name=\"password\"");
        // an address of no configured provider starts nothing
        assertThat(new Browser().open(placera("/oauth2/authorization/client-area-999")).uri().toString())
                .isEqualTo(placera("/login"));
        assertThat(new Browser().open(placera("/oauth2/authorization/client-national")).uri().toString())
                .isEqualTo(placera("/login"));
    }

    @Test
    void anAreasAdministratorConfiguresTheirAreasProviderAndNeverItsSecret() throws Exception {
        String admin = users.newAreaAdmin(AREA_B);
        mvc.perform(users.as(admin, post("/admin/client-sign-in").param("version", "1")
                        .param("issuer", "https://127.0.0.1:8443/tunnistus").param("clientId", "placera")
                        .param("clientSecretRef", "secret-in-clear").param("identityCodeClaim", "urn:oid:1.2.246.21")))
                .andExpect(status().isOk());
        int version = jdbc.sql("select version from area_client_sign_in_provider where area_id = ?").param(AREA_B)
                .query(Integer.class).single();
        mvc.perform(users.as(admin, post("/admin/client-sign-in").param("version", String.valueOf(version))
                        .param("issuer", providerB.issuer()).param("clientId", "placera-clients-b")
                        .param("clientSecretRef", "file:" + secretFile).param("identityCodeClaim", CLAIM)))
                .andExpect(status().is3xxRedirection());
        // a form loaded before that save is refused, not saved over it
        mvc.perform(users.as(admin, post("/admin/client-sign-in").param("version", String.valueOf(version))
                        .param("issuer", "https://127.0.0.1:8443/toinen").param("clientId", "placera")
                        .param("clientSecretRef", "env:PLACERA_OTHER").param("identityCodeClaim", CLAIM)))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select issuer || ' ' || version from area_client_sign_in_provider where area_id = ?")
                .param(AREA_B).query(String.class).single()).isEqualTo(providerB.issuer() + " " + (version + 1));
        assertThat(jdbc.sql("""
                        select count(*) from admin_change where object_kind = 'CLIENT_SIGN_IN_PROVIDER' and object_id = ?
                        and after_value like '%secret=file:%'""").param(String.valueOf(AREA_B))
                .query(Integer.class).single()).isPositive();
        mvc.perform(users.as("admin", get("/admin/client-sign-in"))).andExpect(status().isNotFound());
        mvc.perform(users.as("admin", post("/admin/client-sign-in"))).andExpect(status().isNotFound());
    }

    // --- helpers

    private void refusedWithSpoiledToken(Consumer<JwtClaimsSet.Builder> spoil) throws Exception {
        String code = Given.identityCode();
        UUID client = agreedClient(code);
        providerA.person("person-" + code, Map.of(CLAIM, code, "acr", LOA_HIGH));
        providerA.spoilIdTokens(spoil);

        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_A, providerA, "person-" + code), "failed");
        assertThat(accountOf(client)).isNull();
    }

    private UUID agreedClient(String code) throws Exception {
        return given.client(coach).identifiedBy(code).agreedOn(today()).create();
    }

    private static String today() {
        return LocalDate.now().format(DateTimeFormatter.ofPattern("d.M.yyyy"));
    }

    /** The token of a new invitation the coach makes for the client, from the letter the coach sees. */
    private String invitationOf(UUID client) throws Exception {
        String letter = mvc.perform(users.as(coach, post("/clients/" + client + "/portal-invite")))
                .andReturn().getResponse().getContentAsString();
        Matcher token = INVITE_TOKEN.matcher(letter);
        assertThat(token.find()).as(letter).isTrue();
        return token.group(1);
    }

    private void assertRefused(Browser browser, HttpResponse<String> landed, String reason) throws Exception {
        assertThat(landed.uri().toString()).as("%s", browser.visited()).isEqualTo(placera("/login?sso=" + reason));
        assertThat(landed.body()).contains("alert--error");
        assertThat(browser.open(placera("/api/v1/session")).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> signIn(Browser browser, short area, OidcTestProvider provider, String person)
            throws Exception {
        HttpResponse<String> form = browser.open(placera("/oauth2/authorization/client-area-" + area));
        assertThat(form.uri().toString()).isEqualTo(provider.issuer() + "/login");
        return browser.post(provider.issuer() + "/login", Map.of("username", person,
                "password", OidcTestProvider.PASSWORD));
    }

    private void configure(short area, OidcTestProvider provider, String clientId) {
        jdbc.sql("""
                        insert into area_client_sign_in_provider (area_id, issuer, oidc_client_id, client_secret_ref,
                                                                  identity_code_claim)
                        values (?, ?, ?, ?, ?)
                        on conflict (area_id) do update set issuer = excluded.issuer,
                            oidc_client_id = excluded.oidc_client_id, client_secret_ref = excluded.client_secret_ref,
                            identity_code_claim = excluded.identity_code_claim,
                            version = area_client_sign_in_provider.version + 1""")
                .params(area, provider.issuer(), clientId, "file:" + secretFile, CLAIM).update();
    }

    private UUID accountOf(UUID client) {
        return jdbc.sql("select account_id from client_account where client_id = ?").param(client)
                .query(UUID.class).optional().orElse(null);
    }

    private String callback(short area) {
        return placera("/login/oauth2/code/client-area-" + area);
    }

    private String placera(String path) {
        return "http://localhost:" + port + path;
    }
}
