package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * IN4 (decision 0046): the steps of phases 2–5 — consents, the plan, the vocational profile, studies and jobs — asked
 * for before the client's cooperation agreement are refused, change nothing, and each is a security event.
 */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class StepOrderIT {

    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";
    private static final List<String> TABLES = List.of("consent", "action_plan", "profile_meeting", "study", "job");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TableChecksum checksum;

    @Test
    void stepsBeforeTheCooperationAgreementAreRefusedAndLogged(CapturedOutput output) throws Exception {
        String coach = users.newCoach();
        UUID client = UUID.randomUUID();
        mvc.perform(post("/api/v1/clients").with(users.as(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "%s", "firstName": "Ennen", "lastName": "Sopimusta", "preferredLanguage": "fi",
                                 "ipsTeamId": "%s"}""".formatted(client, DEMO_TEAM)))
                .andExpect(status().isCreated());
        String base = "/api/v1/clients/" + client;
        Map<String, String> steps = new LinkedHashMap<>();
        steps.put(base + "/consents", """
                {"party": "CARE_TEAM", "partyId": "%s", "kind": "ACTION_PLAN", "validFrom": "2026-01-05"}"""
                .formatted(CARE_VAASA));
        steps.put(base + "/plan", """
                {"startedOn": "2026-01-06", "goals": "Ennen sopimusta"}""");
        steps.put(base + "/profile/meetings", """
                {"key": "%s", "metOn": "2026-01-07", "covered": "Vahvuudet"}""".formatted(UUID.randomUUID()));
        steps.put(base + "/studies", """
                {"key": "%s", "institution": "Opisto", "programme": "Kokki", "startedOn": "2026-01-08"}"""
                .formatted(UUID.randomUUID()));
        Map<String, String> before = checksums();

        for (Map.Entry<String, String> step : steps.entrySet()) {
            mvc.perform(post(step.getKey()).with(users.as(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(step.getValue()))
                    .andExpect(status().is4xxClientError());
        }

        assertThat(checksums()).isEqualTo(before);
        assertThat(output.getOut().lines().filter(line -> line.contains("security event step_before_agreement")))
                .hasSize(steps.size());
    }

    private Map<String, String> checksums() {
        Map<String, String> sums = new LinkedHashMap<>();
        TABLES.forEach(table -> sums.put(table, checksum.of(table)));
        return sums;
    }
}
