package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.organisation.Organisation;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.OidcTestProvider;
import fi.placera.testing.PlaceraIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
 * Systems calling the API with OAuth2 client credentials (issue 26 §3, decision 0077), with access tokens from real
 * providers (Spring Authorization Server) in the test JVM: provider A is area A's, provider B area B's, provider C
 * nobody's. A system reads only what its registration and its token both allow, only of its area, never writes, and
 * every read is in the access log with the system as the reader.
 */
@PlaceraIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrationCallsIT {

    private static final short AREA_A = 3;
    private static final short AREA_B = 4;
    private static final String SECRET = "system-secret-of-the-test";
    private static final String OUTCOMES = CallingSystem.OUTCOMES_READ;
    private static final String OTHER_SCOPE = "placera.clients.read";
    private static final String QUARTER = "from=2026-01-01&to=2026-03-31";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Organisation organisation;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    private final HttpClient http = HttpClient.newHttpClient();
    private OidcTestProvider providerA;
    private OidcTestProvider providerB;
    private OidcTestProvider providerC;

    @BeforeAll
    void startProviders() {
        providerA = OidcTestProvider.start("placera-a", SECRET, List.of(placera("/login/oauth2/code/area-" + AREA_A)),
                List.of());
        providerB = OidcTestProvider.start("placera-b", SECRET, List.of(placera("/login/oauth2/code/area-" + AREA_B)),
                List.of());
        providerC = OidcTestProvider.start("placera-c", SECRET, List.of(placera("/login/oauth2/code/area-1")),
                List.of());
        configure(AREA_A, providerA);
        configure(AREA_B, providerB);
    }

    @AfterEach
    void correctTokensAgain() {
        providerA.issueCorrectIdTokens();
    }

    @AfterAll
    void stopProviders() {
        jdbc.sql("delete from area_integration where area_id in (?, ?)").params(AREA_A, AREA_B).update();
        jdbc.sql("delete from area_sign_in_provider where area_id in (?, ?)").params(AREA_A, AREA_B).update();
        providerA.close();
        providerB.close();
        providerC.close();
    }

    @Test
    void aRegisteredSystemReadsItsAreasReportAndTheAccessLogNamesIt() throws Exception {
        String system = system(providerA, AREA_A, "Tietovarasto", OUTCOMES);
        String token = providerA.accessToken(system, secretOf(system), OUTCOMES);

        HttpResponse<String> report = outcomes(token);

        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("\"" + areaCode(AREA_A) + "\"");
        assertThat(report.headers().allValues("Set-Cookie")).as("no session for a system").isEmpty();
        assertThat(jdbc.sql("""
                        select username || ' ' || role || ' ' || org_unit || ' ' || area_id || ' ' || action || ' '
                               || outcome || ' ' || (account_id is null)
                        from access_log where org_unit = ?""").param(system).query(String.class).list())
                .containsExactly("system: Tietovarasto INTEGRATION " + system + " " + AREA_A + " API_READ GRANTED true");
    }

    @Test
    void theAreasAdministratorRegistersASystemForKnownReadScopesOnlyAndRemovesIt() throws Exception {
        String admin = users.newAreaAdmin(AREA_A);
        String system = "system-" + UUID.randomUUID();
        providerA.system(system, secretOf(system), OUTCOMES);
        mvc.perform(users.as(admin, post("/admin/integrations").param("clientId", system).param("name", "Tietovarasto")
                        .param("scopes", "placera.clients.write")))
                .andExpect(status().isOk());
        assertThat(outcomes(providerA.accessToken(system, secretOf(system), OUTCOMES)).statusCode()).isEqualTo(401);

        mvc.perform(users.as(admin, post("/admin/integrations").param("clientId", system).param("name", "Tietovarasto")
                        .param("scopes", OUTCOMES)))
                .andExpect(status().is3xxRedirection());
        assertThat(outcomes(providerA.accessToken(system, secretOf(system), OUTCOMES)).statusCode()).isEqualTo(200);
        mvc.perform(users.as(admin, get("/admin/integrations"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(system)));

        // neither another area's administrator nor the national one reaches it
        mvc.perform(users.as(users.newAreaAdmin(AREA_B), post("/admin/integrations/remove").param("clientId", system)))
                .andExpect(status().isNotFound());
        mvc.perform(users.as("admin", get("/admin/integrations"))).andExpect(status().isNotFound());
        mvc.perform(users.as(admin, post("/admin/integrations/remove").param("clientId", system)))
                .andExpect(status().is3xxRedirection());
        assertThat(outcomes(providerA.accessToken(system, secretOf(system), OUTCOMES)).statusCode()).isEqualTo(401);
        // the trail's words: nothing shaped like a message key, which its page would show
        assertThat(jdbc.sql("""
                        select action || ' ' || coalesce(after_value, before_value) from admin_change
                        where object_kind = 'INTEGRATION' and object_id = ? order by id""")
                .param(system).query(String.class).list())
                .containsExactly("INTEGRATION_REGISTERED name=Tietovarasto reads=outcomes",
                        "INTEGRATION_REMOVED name=Tietovarasto reads=outcomes");
    }

    @Test
    void aTokenWithoutTheScopeOrASystemNotRegisteredForTheScopeIsForbidden() throws Exception {
        String system = system(providerA, AREA_A, "Potilastietojen integraatio", OUTCOMES, OTHER_SCOPE);
        assertThat(outcomes(providerA.accessToken(system, secretOf(system), OTHER_SCOPE)).statusCode()).isEqualTo(403);

        String notForOutcomes = system(providerA, AREA_A, "Toinen integraatio", OTHER_SCOPE);
        // the provider grants the scope, but the area's administrator did not register the system for it
        String wide = notForOutcomes + "-wide";
        providerA.system(wide, secretOf(wide), OUTCOMES);
        jdbc.sql("update area_integration set oidc_client_id = ? where oidc_client_id = ?")
                .params(wide, notForOutcomes).update();
        assertThat(outcomes(providerA.accessToken(wide, secretOf(wide), OUTCOMES)).statusCode()).isEqualTo(403);
    }

    @Test
    void aSystemReadsNoOtherAreasReport() throws Exception {
        String system = system(providerA, AREA_A, "Tietovarasto", OUTCOMES);
        String token = providerA.accessToken(system, secretOf(system), OUTCOMES);

        assertThat(call("/api/v1/reports/outcomes?area=" + areaCode(AREA_B) + "&" + QUARTER, token).statusCode())
                .isEqualTo(404);
        assertThat(call("/api/v1/reports/outcomes?team=" + organisation.ipsTeamsIn(DemoUsers.DEMO_AREA).get(0).code()
                + "&" + QUARTER,
                token).statusCode()).isEqualTo(404);
        // area B's provider vouches for a system of area B only
        String ofB = system(providerB, AREA_B, "Tietovarasto B", OUTCOMES);
        HttpResponse<String> own = outcomes(providerB.accessToken(ofB, secretOf(ofB), OUTCOMES));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"" + areaCode(AREA_B) + "\"").doesNotContain("\"" + areaCode(AREA_A) + "\"");
    }

    @Test
    void aTokenOfAnIssuerNoAreaConfiguredIsUnauthorized() throws Exception {
        String system = "system-" + UUID.randomUUID();
        providerC.system(system, secretOf(system), OUTCOMES);
        // even registered under the same client id in area A: the issuer is not area A's provider
        jdbc.sql("""
                        insert into area_integration (area_id, oidc_client_id, name, scopes, registered_at)
                        values (?, ?, 'Vieras', ?, now())""").params(AREA_A, system, OUTCOMES).update();

        assertThat(outcomes(providerC.accessToken(system, secretOf(system), OUTCOMES)).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenAnUnregisteredSystemAndAMadeUpTokenAreUnauthorized() throws Exception {
        String system = system(providerA, AREA_A, "Tietovarasto", OUTCOMES);
        providerA.spoilAccessTokens(OidcTestProvider.expired());
        assertThat(outcomes(providerA.accessToken(system, secretOf(system), OUTCOMES)).statusCode()).isEqualTo(401);
        providerA.issueCorrectIdTokens();

        String unregistered = "system-" + UUID.randomUUID();
        providerA.system(unregistered, secretOf(unregistered), OUTCOMES);
        assertThat(outcomes(providerA.accessToken(unregistered, secretOf(unregistered), OUTCOMES)).statusCode())
                .isEqualTo(401);
        assertThat(outcomes("made-up-token").statusCode()).isEqualTo(401);
    }

    @Test
    void aSystemWritesNothingAndReadsNothingElse() throws Exception {
        String system = system(providerA, AREA_A, "Tietovarasto", OUTCOMES, OTHER_SCOPE);
        String token = providerA.accessToken(system, secretOf(system), OUTCOMES + " " + OTHER_SCOPE);

        HttpResponse<String> write = http.send(HttpRequest.newBuilder(URI.create(placera("/api/v1/clients")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"firstName\":\"Testi\",\"lastName\":\"Kirjoittaja\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(call("/api/v1/clients", token).statusCode()).isEqualTo(403);
        assertThat(call("/api/v1/session", token).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_log where org_unit = ?").param(system).query(Integer.class)
                .single()).isZero();
    }

    // --- helpers

    /** A system known to the provider and registered by the area's administrator for the scopes. */
    private String system(OidcTestProvider provider, short area, String name, String... scopes) {
        String system = "system-" + UUID.randomUUID();
        provider.system(system, secretOf(system), scopes);
        jdbc.sql("""
                        insert into area_integration (area_id, oidc_client_id, name, scopes, registered_at)
                        values (?, ?, ?, ?, now())""").params(area, system, name, String.join(" ", scopes)).update();
        return system;
    }

    /** Each system's own secret: the provider takes no two clients with one secret (nor one over 72 bytes). */
    private static String secretOf(String system) {
        return "secret-" + system;
    }

    /** The outcome report of the system's own area for a calendar quarter. */
    private HttpResponse<String> outcomes(String token) throws Exception {
        return call("/api/v1/reports/outcomes?" + QUARTER, token);
    }

    private HttpResponse<String> call(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(placera(path))).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void configure(short area, OidcTestProvider provider) {
        jdbc.sql("""
                        insert into area_sign_in_provider (area_id, issuer, oidc_client_id, client_secret_ref, link_claim,
                                                           link_to, mfa_claim, mfa_values, without_mfa)
                        values (?, ?, ?, 'env:PLACERA_UNUSED_IN_THE_TEST', 'email', 'EMAIL', 'amr', 'mfa', 'REFUSE')
                        on conflict (area_id) do update set issuer = excluded.issuer,
                            oidc_client_id = excluded.oidc_client_id, version = area_sign_in_provider.version + 1""")
                .params(area, provider.issuer(), "placera-" + area).update();
    }

    private String areaCode(short area) {
        return organisation.area(area).orElseThrow().code();
    }

    private String placera(String path) {
        return "http://localhost:" + port + path;
    }
}
