package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** AZ5: fields a form does not offer (area, coach, user name, roles by other names, status) are ignored. */
@PlaceraIT
class MassAssignmentIT {

    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    private String coach;

    @org.junit.jupiter.api.BeforeEach
    void freshCoach() {
        coach = users.newCoach();
    }

    @Test
    void aClientIsRegisteredInTheCoachsOwnAreaAndCaseloadWhateverElseIsPosted() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/clients").with(users.as(coach)).with(csrf()).param("id", id.toString())
                        .param("firstName", "Masa").param("lastName", "Massa").param("preferredLanguage", "fi")
                        .param("ipsTeamId", DEMO_TEAM)
                        .param("areaId", "1").param("coachStaffId", UUID.randomUUID().toString())
                        .param("role", "ADMIN").param("status", "EXITED").param("version", "7"))
                .andExpect(redirectedUrl("/clients/" + id));
        Map<String, Object> row = jdbc.sql("select area_id, coach_staff_id::text, version from client where id = ?")
                .param(id).query().singleRow();
        assertThat(((Number) row.get("area_id")).intValue()).isEqualTo(17);
        String coachStaff = jdbc.sql("select staff_member_id::text from user_account where username = ?").param(coach)
                .query(String.class).single();
        assertThat(row).containsEntry("coach_staff_id", coachStaff)
                .containsEntry("version", 0);
    }

    @Test
    void editingAnAccountNeverChangesItsUserNameOrPassword() throws Exception {
        String id = "6a1f0000-0000-4000-8000-000000000307";
        Map<String, Object> before = jdbc.sql("select username, password_hash from user_account where id = ?::uuid")
                .param(id).query().singleRow();
        int version = jdbc.sql("select version from user_account where id = ?::uuid").param(id).query(Integer.class).single();
        mvc.perform(post("/admin/accounts/" + id).with(users.as("admin")).with(csrf())
                        .param("version", String.valueOf(version)).param("displayName", "Karl Westerlund")
                        .param("roles", "MANAGER").param("areaId", "17").param("enabled", "true")
                        .param("staffMemberId", "6a1f0000-0000-4000-8000-000000000206")
                        .param("username", "admin2").param("password", "taken over!").param("passwordHash", "x")
                        .param("id", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/admin/accounts"));
        Map<String, Object> after = jdbc.sql("select username, password_hash from user_account where id = ?::uuid")
                .param(id).query().singleRow();
        assertThat(after).isEqualTo(before);
    }
}
