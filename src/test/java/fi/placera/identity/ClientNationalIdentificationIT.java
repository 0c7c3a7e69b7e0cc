package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.Browser;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.OidcTestProvider;
import fi.placera.testing.TestTeams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The national provider of clients' strong identification (issue 26 §2, decision 0077), configured in the application
 * settings as an operator would, signed in end to end. It needs its own application (the settings are read at start)
 * on a port known before the start, since the provider knows Placera's redirect address. It serves every area, so a
 * code that two areas' clients share identifies nobody.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureMockMvc
@AutoConfigureMetrics
@ActiveProfiles("test")
class ClientNationalIdentificationIT {

    private static final String CLAIM = "personal_identity_code";
    private static final int PORT = freePort();
    private static final Path SECRET = secretFile();
    private static final OidcTestProvider NATIONAL = OidcTestProvider.start("placera-national",
            "secret-of-the-national-provider", List.of(placera("/login/oauth2/code/client-national")),
            List.of(placera("/login?logout")));

    @Autowired Given given;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;

    @DynamicPropertySource
    static void nationalProvider(DynamicPropertyRegistry settings) {
        settings.add("server.port", () -> PORT);
        settings.add("placera.client-sign-in.issuer", NATIONAL::issuer);
        settings.add("placera.client-sign-in.client-id", () -> "placera-national");
        settings.add("placera.client-sign-in.client-secret", () -> "file:" + SECRET);
    }

    @AfterAll
    static void stopProvider() throws IOException {
        NATIONAL.close();
        Files.deleteIfExists(SECRET);
    }

    @Test
    void aClientOfAnyAreaSignsInThroughTheNationalProviderFromTheLoginPage() throws Exception {
        String code = Given.identityCode();
        given.client(users.newCoach()).identifiedBy(code).agreedOn(today()).create();
        NATIONAL.person("national-" + code, Map.of(CLAIM, code, "acr", "http://ftn.ficora.fi/2017/loa3"));

        assertThat(new Browser().open(placera("/login")).body()).contains("/oauth2/authorization/client-national");
        Browser browser = new Browser();
        assertThat(signIn(browser, "national-" + code).uri().getPath()).as("%s", browser.visited()).isEqualTo("/me");
        assertThat(browser.open(placera("/api/v1/session")).body()).contains("\"roles\":[\"CLIENT\"]");
    }

    @Test
    void aCodeThatClientsOfTwoAreasHaveIdentifiesNobody() throws Exception {
        String code = Given.identityCode();
        given.client(users.newCoach()).identifiedBy(code).agreedOn(today()).create();
        TestTeams.Team otherArea = teams.create("Toisen alueen tiimi", DemoUsers.OTHER_AREA);
        String otherCoach = otherArea.member("Muualla", "COACH", "1");
        given.client(otherCoach).identifiedBy(code).ofTeam(otherArea.id()).agreedOn(today()).create();
        NATIONAL.person("twice-" + code, Map.of(CLAIM, code));

        Browser browser = new Browser();
        HttpResponse<String> landed = signIn(browser, "twice-" + code);
        assertThat(landed.uri().toString()).as("%s", browser.visited()).isEqualTo(placera("/login?sso=not_a_client"));
        assertThat(browser.open(placera("/api/v1/session")).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> signIn(Browser browser, String person) throws Exception {
        HttpResponse<String> form = browser.open(placera("/oauth2/authorization/client-national"));
        assertThat(form.uri().toString()).isEqualTo(NATIONAL.issuer() + "/login");
        return browser.post(NATIONAL.issuer() + "/login", Map.of("username", person,
                "password", OidcTestProvider.PASSWORD));
    }

    private static String today() {
        return LocalDate.now().format(DateTimeFormatter.ofPattern("d.M.yyyy"));
    }

    private static String placera(String path) {
        return "http://localhost:" + PORT + path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path secretFile() {
        try {
            Path file = Files.createTempFile("placera-national-sso", ".secret");
            Files.writeString(file, "secret-of-the-national-provider\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
