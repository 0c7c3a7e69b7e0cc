package fi.placera.employers;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.ObjectMapper;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Employers, contacts, agreements and jobs over REST: the same rules and messages as the pages. */
@PlaceraIT
class EmployersApiIT {

    @Autowired java.time.Clock clock;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired ObjectMapper json;

    private ResultActions send(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "sv").content(body));
    }

    @Test
    void aCoachRecordsAnEmployerAContactAnAgreementAndAJobInJson() throws Exception {
        String coach = users.newCoach();
        String employer = json.readTree(send(coach, post("/api/v1/employers"), """
                {"details": {"name": "API Bageri %s", "sector": "Livsmedel"}}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        send(coach, post("/api/v1/employers/" + employer + "/contacts"), """
                {"key": "%s", "contactedOn": "2026-03-02", "mode": "FACE_TO_FACE", "purpose": "GENERAL_JOB_DEVELOPMENT"}
                """.formatted(UUID.randomUUID())).andExpect(status().isCreated()).andExpect(jsonPath("$", hasSize(1)));
        send(coach, post("/api/v1/employers/" + employer + "/agreements"), """
                {"key": "%s", "agreement": {"agreedOn": "2026-03-03", "supports": "Handledare"}}"""
                .formatted(UUID.randomUUID())).andExpect(jsonPath("$[0].supports").value("Handledare"));
        send(coach, put("/api/v1/employers/" + employer), """
                {"version": 7, "details": {"name": "Ny"}}""").andExpect(status().isConflict());

        UUID client = UUID.randomUUID();
        send(coach, post("/api/v1/clients"), """
                {"id": "%s", "firstName": "Jonas", "lastName": "Jobb", "preferredLanguage": "sv",
                 "ipsTeamId": "6a1f0000-0000-4000-8000-000000000001"}""".formatted(client)).andExpect(status().isCreated());
        send(coach, post("/api/v1/clients/" + client + "/agreement"), """
                {"agreedOn": "2026-01-05", "howAgreed": "STRONG_IDENTIFICATION"}""");
        send(coach, post("/api/v1/clients/" + client + "/jobs"), """
                {"key": "%s", "employerId": "%s", "startedOn": "2026-03-09", "hoursPerWeek": 81, "wageBasis": "HOURLY",
                 "contractType": "PERMANENT", "competitive": true}""".formatted(UUID.randomUUID(), employer))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("hoursPerWeek"))
                .andExpect(jsonPath("$.errors[0].message").value("Timmarna i veckan ska vara 0–80."));
        send(coach, post("/api/v1/clients/" + client + "/jobs"), """
                {"key": "%s", "employerId": "%s", "startedOn": "2026-03-09", "hoursPerWeek": 30, "wageBasis": "HOURLY",
                 "contractType": "PERMANENT", "competitive": true}""".formatted(UUID.randomUUID(), employer))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/clients/" + client + "/jobs").with(users.as(coach)))
                .andExpect(jsonPath("$.jobs", hasSize(1)));
        mvc.perform(get("/api/v1/clients/" + client + "/counselling").with(users.as(coach)))
                .andExpect(jsonPath("$.dues[?(@.reason == 'JOB_START')].dueOn")
                        .value(java.time.LocalDate.now(clock).toString()));
    }

    @Test
    void anInvalidBusinessIdIsAProblemAndOtherRolesAreRefused() throws Exception {
        send(users.newCoach(), post("/api/v1/employers"), """
                {"details": {"name": "Fel", "businessId": "0112038-8"}}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("employer.business-id.check"));
        mvc.perform(get("/api/v1/employers").with(users.as("careteam"))).andExpect(status().isForbidden());
    }
}
