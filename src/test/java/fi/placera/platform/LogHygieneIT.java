package fi.placera.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.FailingController;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** LG5: canary values typed into Placera or carried by errors never reach the logs. */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneIT {

    private static final String IDENTITY_CODE = "131052-308T";
    private static final String PASSWORD_CANARY = "canary-passphrase-7f3e";
    private static final String NAME_CANARY = "Kanariakoodi Lintunen";

    @LocalServerPort int port;
    @Autowired DemoUsers users;

    @Test
    void passwordsIdentityCodesNamesSessionIdsAndErrorMessagesStayOutOfTheLogs(CapturedOutput output) throws Exception {
        new WebSession(port).logInWithPassword("coach1", PASSWORD_CANARY);
        new WebSession(port).logInWithPassword(IDENTITY_CODE, PASSWORD_CANARY);
        WebSession admin = new WebSession(port);
        admin.logIn("admin", users);
        admin.get("/admin/teams/new");
        admin.post("/admin/teams", Map.of("id", UUID.randomUUID().toString(), "areaId", "17", "code", "POH-IPS1",
                "name", NAME_CANARY + " " + IDENTITY_CODE, "collaborationModel", "CARE_INTEGRATED"));
        admin.get("/test-support/failure");
        admin.get("/api/v1/test-support/failure");

        String sessionId = new String(java.util.Base64.getDecoder().decode(admin.cookie("__Host-placera")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(output.getAll())
                .contains("unexpected java.lang.IllegalStateException")
                .doesNotContain(IDENTITY_CODE, PASSWORD_CANARY, NAME_CANARY, FailingController.SECRET,
                        admin.cookie("__Host-placera"), sessionId);
    }
}
