package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.Browser;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.OidcTestProvider;
import fi.placera.testing.PlaceraIT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff sign-in through an area's OpenID Connect provider (issue 26 §1, decision 0071), against real providers (Spring
 * Authorization Server) running in the test JVM, driven by an HTTP client that signs in at the provider's login form.
 * Area 19 has provider A, area 20 provider B; each test makes its own accounts and people.
 */
@PlaceraIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderSignInIT {

    private static final short AREA_A = 19;
    private static final short AREA_B = 20;
    private static final String CLIENT_A = "placera-a";
    private static final String CLIENT_B = "placera-b";
    private static final List<String> MFA = List.of("pwd", "mfa");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    private OidcTestProvider providerA;
    private OidcTestProvider providerB;
    private Path secretFile;

    @BeforeAll
    void startProviders() throws Exception {
        secretFile = Files.createTempFile("placera-sso", ".secret");
        Files.writeString(secretFile, "client-secret-of-the-test\n");
        providerA = OidcTestProvider.start(CLIENT_A, "client-secret-of-the-test", List.of(callback(AREA_A)),
                List.of(placera("/login?logout")));
        providerB = OidcTestProvider.start(CLIENT_B, "client-secret-of-the-test", List.of(callback(AREA_B)),
                List.of(placera("/login?logout")));
    }

    @AfterEach
    void correctTokensAgain() {
        providerA.issueCorrectIdTokens();
        providerB.issueCorrectIdTokens();
    }

    @AfterAll
    void stopProviders() throws Exception {
        jdbc.sql("delete from area_sign_in_provider where area_id in (?, ?)").params(AREA_A, AREA_B).update();
        providerA.close();
        providerB.close();
        Files.deleteIfExists(secretFile);
    }

    @Test
    void aPersonSignsInWithPkceIsLinkedByTheClaimAndHasOnlyTheRolesPlaceraGives() throws Exception {
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        Account coach = account(AREA_A, true);
        // the provider says the person is an administrator: Placera does not listen
        providerA.person(coach.person(), Map.of("email", coach.email().toUpperCase(), "amr", MFA,
                "roles", List.of("ADMIN")));

        Browser browser = new Browser();
        signIn(browser, AREA_A, providerA, coach.person());

        assertSignedInTo(browser);
        assertThat(browser.open(placera("/api/v1/session")).body())
                .contains("\"username\":\"" + coach.username() + "\"").contains("\"roles\":[\"COACH\"]");
        String authorize = browser.visitedPath("/oauth2/authorize").getQuery();
        assertThat(authorize).contains("code_challenge=").contains("code_challenge_method=S256").contains("nonce=");
        assertThat(linkedAccount(providerA, coach.person())).isEqualTo(coach.id());
    }

    @Test
    void theLinkNotTheClaimFindsTheAccountAtTheNextSignIn() throws Exception {
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        Account coach = account(AREA_A, true);
        providerA.person(coach.person(), Map.of("email", coach.email(), "amr", MFA));
        signIn(new Browser(), AREA_A, providerA, coach.person());
        // the e-mail at the provider changes: the subject stays linked
        providerA.person(coach.person(), Map.of("email", "changed-" + coach.email(), "amr", MFA));

        Browser next = new Browser();
        signIn(next, AREA_A, providerA, coach.person());
        assertSignedInTo(next);
        assertThat(next.open(placera("/api/v1/session")).body()).contains("\"username\":\"" + coach.username() + "\"");
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
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        Account coach = account(AREA_A, true);
        providerA.person(coach.person(), Map.of("email", coach.email(), "amr", MFA));
        Browser victim = new Browser();
        signIn(victim, AREA_A, providerA, coach.person());
        URI callback = victim.visitedPath("/login/oauth2/code/");

        // the same code and state again, in another browser (a stolen address) and in the same one
        Browser attacker = new Browser();
        assertThat(attacker.open(callback.toString()).uri().toString()).endsWith("/login?sso=failed");
        assertThat(attacker.open(placera("/api/v1/session")).statusCode()).isEqualTo(401);
        assertThat(victim.open(callback.toString()).uri().toString()).endsWith("/login?sso=failed");
    }

    @Test
    void withoutMultiFactorProofTheSignInIsRefusedWhereTheAreaRefuses() throws Exception {
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        Account coach = account(AREA_A, true);
        providerA.person(coach.person(), Map.of("email", coach.email(), "amr", List.of("pwd")));

        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_A, providerA, coach.person()), "no_mfa");
        assertThat(linkedAccount(providerA, coach.person())).isNull();
    }

    @Test
    void withoutMultiFactorProofPlaceraAsksItsOwnSecondFactorWhereTheAreaSaysSo() throws Exception {
        configure(AREA_A, providerA, CLIENT_A, "ASK_TOTP");
        Account coach = account(AREA_A, true);
        providerA.person(coach.person(), Map.of("email", coach.email()));

        Browser browser = new Browser();
        HttpResponse<String> landed = signIn(browser, AREA_A, providerA, coach.person());

        assertThat(landed.uri().getPath()).isEqualTo("/mfa/enrol");
        // nothing but the second-factor pages until the code is given
        assertThat(browser.open(placera("/api/v1/session")).statusCode()).isEqualTo(401);
        assertThat(browser.open(placera("/clients")).uri().getPath()).isEqualTo("/mfa/enrol");
    }

    @Test
    void aPersonNoAccountOfTheAreaMatchesIsRefused() throws Exception {
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        String person = "nobody-" + UUID.randomUUID();
        providerA.person(person, Map.of("email", person + "@example.org", "amr", MFA));

        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_A, providerA, person), "unlinked");
        assertThat(linkedAccount(providerA, person)).isNull();
    }

    @Test
    void aClaimThatMatchesTwoAccountsLinksNeither() throws Exception {
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        Account coach = account(AREA_A, true);
        Account secondAccountOfTheSameStaffMember = account(AREA_A, true, coach.staffMemberId(), coach.email());
        providerA.person(coach.person(), Map.of("email", coach.email(), "amr", MFA));

        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_A, providerA, coach.person()), "ambiguous");
        assertThat(linkedAccount(providerA, coach.person())).isNull();
        assertThat(secondAccountOfTheSameStaffMember.id()).isNotEqualTo(coach.id());
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        Account disabled = account(AREA_A, false);
        providerA.person(disabled.person(), Map.of("email", disabled.email(), "amr", MFA));
        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_A, providerA, disabled.person()), "account_disabled");

        // nor an account disabled after its subject was linked
        Account linked = account(AREA_A, true);
        providerA.person(linked.person(), Map.of("email", linked.email(), "amr", MFA));
        signIn(new Browser(), AREA_A, providerA, linked.person());
        jdbc.sql("update user_account set enabled = false where id = ?").param(linked.id()).update();
        Browser again = new Browser();
        assertRefused(again, signIn(again, AREA_A, providerA, linked.person()), "account_disabled");
    }

    @Test
    void twoAreasTwoProvidersAndAProviderLinksOnlyItsOwnAreasAccounts() throws Exception {
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        configure(AREA_B, providerB, CLIENT_B, "REFUSE");
        Account ofB = account(AREA_B, true);
        providerB.person(ofB.person(), Map.of("email", ofB.email(), "amr", MFA));
        // provider A vouches for the same e-mail: area A's provider cannot reach area B's account
        providerA.person(ofB.person(), Map.of("email", ofB.email(), "amr", MFA));

        Browser throughA = new Browser();
        assertRefused(throughA, signIn(throughA, AREA_A, providerA, ofB.person()), "unlinked");
        Browser throughB = new Browser();
        signIn(throughB, AREA_B, providerB, ofB.person());
        assertSignedInTo(throughB);
        assertThat(throughB.open(placera("/api/v1/session")).body()).contains("\"username\":\"" + ofB.username() + "\"");
        assertThat(linkedAccount(providerB, ofB.person())).isEqualTo(ofB.id());
        assertThat(linkedAccount(providerA, ofB.person())).isNull();
        assertThat(browserLoginPage()).contains("/oauth2/authorization/area-" + AREA_A)
                .contains("/oauth2/authorization/area-" + AREA_B);
    }

    @Test
    void loggingOutEndsThePlaceraSessionAndTheProviderSession() throws Exception {
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        Account coach = account(AREA_A, true);
        providerA.person(coach.person(), Map.of("email", coach.email(), "amr", MFA));
        Browser browser = new Browser();
        signIn(browser, AREA_A, providerA, coach.person());
        String csrf = browser.open(placera("/api/v1/session")).body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> loggedOut = browser.post(placera("/logout"), Map.of("_csrf", csrf));

        assertThat(browser.visited()).anyMatch(uri -> uri.toString().startsWith(providerA.issuer() + "/connect/logout")
                && uri.getQuery().contains("id_token_hint="));
        assertThat(loggedOut.uri().toString()).isEqualTo(placera("/login?logout"));
        assertThat(browser.open(placera("/api/v1/session")).statusCode()).isEqualTo(401);
        // the provider asks for the password again: its session ended too
        HttpResponse<String> again = browser.open(placera("/oauth2/authorization/area-" + AREA_A));
        assertThat(again.uri().toString()).isEqualTo(providerA.issuer() + "/login");
    }

    @Test
    void anAddressOfNoAreasProviderStartsNothingAndAForgedCallbackSignsNobodyIn() throws Exception {
        for (String path : List.of("/oauth2/authorization/area-999", "/oauth2/authorization/area-1x")) {
            HttpResponse<String> landed = new Browser().open(placera(path));
            assertThat(landed.uri().toString()).as(path).isEqualTo(placera("/login"));
        }
        // the firewall refuses an encoded NUL before any of this
        assertThat(new Browser().open(placera("/oauth2/authorization/%00")).statusCode()).isEqualTo(400);
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        Browser forger = new Browser();
        for (String path : List.of("/login/oauth2/code/area-" + AREA_A + "?code=made-up&state=made-up",
                "/login/oauth2/code/area-999?code=made-up&state=made-up")) {
            assertThat(forger.open(placera(path)).uri().toString()).as(path).isEqualTo(placera("/login?sso=failed"));
        }
        assertThat(forger.open(placera("/api/v1/session")).statusCode()).isEqualTo(401);
    }

    @Test
    void anAreaAdministratorConfiguresTheirOwnAreasProviderAndNeverItsSecret() throws Exception {
        String admin = users.newAreaAdmin(AREA_B);
        mvc.perform(users.as(admin, post("/admin/sign-in-provider")
                        .param("version", "0").param("issuer", "https://kirjautuminen.example/kai")
                        .param("clientId", "placera").param("clientSecretRef", "client-secret-in-clear")
                        .param("linkClaim", "email").param("linkTo", "EMAIL").param("mfaClaim", "amr")
                        .param("mfaValues", "mfa").param("withoutMfa", "REFUSE")))
                .andExpect(status().isOk());
        jdbc.sql("delete from area_sign_in_provider where area_id = ?").param(AREA_B).update();
        mvc.perform(users.as(admin, post("/admin/sign-in-provider")
                        .param("version", "0").param("issuer", "https://kirjautuminen.example/kai")
                        .param("clientId", "placera").param("clientSecretRef", "env:PLACERA_KAI_SECRET")
                        .param("linkClaim", "employee_number").param("linkTo", "USERNAME").param("mfaClaim", "acr")
                        .param("mfaValues", "urn:example:mfa").param("withoutMfa", "ASK_TOTP")))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select client_secret_ref || ' ' || without_mfa from area_sign_in_provider where area_id = ?")
                .param(AREA_B).query(String.class).single()).isEqualTo("env:PLACERA_KAI_SECRET ASK_TOTP");
        assertThat(jdbc.sql("select count(*) from admin_change where object_kind = 'SIGN_IN_PROVIDER' and object_id = ?")
                .param(String.valueOf(AREA_B)).query(Integer.class).single()).isPositive();
        mvc.perform(users.as("admin", get("/admin/sign-in-provider"))).andExpect(status().isNotFound());
        mvc.perform(users.as("admin", post("/admin/sign-in-provider"))).andExpect(status().isNotFound());
    }

    // --- helpers

    private void refusedWithSpoiledToken(java.util.function.Consumer<org.springframework.security.oauth2.jwt.JwtClaimsSet.Builder> spoil)
            throws Exception {
        configure(AREA_A, providerA, CLIENT_A, "REFUSE");
        Account coach = account(AREA_A, true);
        providerA.person(coach.person(), Map.of("email", coach.email(), "amr", MFA));
        providerA.spoilIdTokens(spoil);

        Browser browser = new Browser();
        assertRefused(browser, signIn(browser, AREA_A, providerA, coach.person()), "failed");
        assertThat(linkedAccount(providerA, coach.person())).isNull();
    }

    /** The callback sent the browser to Placera's start page (which sends a coach on to their week). */
    private void assertSignedInTo(Browser browser) {
        assertThat(browser.visited()).as("%s", browser.visited()).contains(URI.create(placera("/")))
                .noneMatch(uri -> uri.getPath().startsWith("/login?"));
    }

    private void assertRefused(Browser browser, HttpResponse<String> landed, String reason) throws Exception {
        assertThat(landed.uri().toString()).as("%s", browser.visited()).isEqualTo(placera("/login?sso=" + reason));
        assertThat(landed.body()).contains("alert--error");
        assertThat(browser.open(placera("/api/v1/session")).statusCode()).isEqualTo(401);
    }

    /** Starts at Placera's button, signs in at the provider's form; where the browser ends up. */
    private HttpResponse<String> signIn(Browser browser, short area, OidcTestProvider provider, String person)
            throws Exception {
        HttpResponse<String> form = browser.open(placera("/oauth2/authorization/area-" + area));
        assertThat(form.uri().toString()).isEqualTo(provider.issuer() + "/login");
        return browser.post(provider.issuer() + "/login", Map.of("username", person,
                "password", OidcTestProvider.PASSWORD));
    }

    private String browserLoginPage() throws Exception {
        return new Browser().open(placera("/login")).body();
    }

    private void configure(short area, OidcTestProvider provider, String clientId, String withoutMfa) {
        jdbc.sql("""
                        insert into area_sign_in_provider (area_id, issuer, oidc_client_id, client_secret_ref, link_claim,
                                                           link_to, mfa_claim, mfa_values, without_mfa)
                        values (?, ?, ?, ?, 'email', 'EMAIL', 'amr', 'mfa hwk', ?)
                        on conflict (area_id) do update set issuer = excluded.issuer,
                            oidc_client_id = excluded.oidc_client_id, client_secret_ref = excluded.client_secret_ref,
                            link_claim = excluded.link_claim, link_to = excluded.link_to,
                            mfa_claim = excluded.mfa_claim, mfa_values = excluded.mfa_values,
                            without_mfa = excluded.without_mfa, version = area_sign_in_provider.version + 1""")
                .params(area, provider.issuer(), clientId, "file:" + secretFile, withoutMfa).update();
    }

    private record Account(UUID id, String username, String email, UUID staffMemberId) {
        String person() {
            return "person-" + username;
        }
    }

    private Account account(short area, boolean enabled) {
        UUID staffMember = UUID.randomUUID();
        String email = "sso." + staffMember.toString().substring(0, 8) + "@example.org";
        jdbc.sql("""
                        insert into staff_member (id, area_id, first_name, last_name, email, version)
                        values (?, ?, 'Testi', 'Kertakirjautuja', ?, 0)""")
                .params(staffMember, area, email).update();
        return account(area, enabled, staffMember, email);
    }

    private Account account(short area, boolean enabled, UUID staffMember, String email) {
        UUID id = UUID.randomUUID();
        String username = "sso." + id.toString().substring(0, 8);
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, enabled, staff_member_id,
                                                  area_id, version)
                        values (?, ?, 'Testi Kertakirjautuja', 'none', ?, ?, ?, 0)""")
                .params(id, username, enabled, staffMember, area).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'COACH')").param(id).update();
        return new Account(id, username, email, staffMember);
    }

    private UUID linkedAccount(OidcTestProvider provider, String person) {
        return jdbc.sql("select account_id from account_provider_link where issuer = ? and subject = ?")
                .params(provider.issuer(), person).query(UUID.class).optional().orElse(null);
    }

    private String callback(short area) {
        return placera("/login/oauth2/code/area-" + area);
    }

    private String placera(String path) {
        return "http://localhost:" + port + path;
    }
}
