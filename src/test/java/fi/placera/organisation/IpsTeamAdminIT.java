package fi.placera.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PlaceraIT
class IpsTeamAdminIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TableChecksum checksum;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder newTeam(UUID id, String code, String name, Locale locale) {
        return newTeam(id, code, name, locale, "CARE_INTEGRATED");
    }

    private MockHttpServletRequestBuilder newTeam(UUID id, String code, String name, Locale locale, String model) {
        return post("/admin/teams").with(users.as("admin")).with(csrf()).locale(locale)
                .param("id", id.toString()).param("areaId", "17").param("code", code).param("name", name)
                .param("collaborationModel", model);
    }

    @Test
    void adminCreatesTeamAndSeesItInTheList() throws Exception {
        mvc.perform(newTeam(UUID.randomUUID(), "POH-IPS-NEW", "IPS Jakobstad", Locale.ENGLISH))
                .andExpect(redirectedUrl("/admin/teams"));
        mvc.perform(get("/admin/teams").with(users.as("admin")))
                .andExpect(content().string(Matchers.containsString("IPS Jakobstad")));
    }

    @Test
    void doubleSubmitCreatesOneTeam() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(newTeam(id, "POH-IPS-TWICE", "Twice", Locale.ENGLISH)).andExpect(redirectedUrl("/admin/teams"));
        mvc.perform(newTeam(id, "POH-IPS-TWICE", "Twice", Locale.ENGLISH)).andExpect(redirectedUrl("/admin/teams"));
        assertThat(jdbc.sql("select count(*) from ips_team where code = 'POH-IPS-TWICE'").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void invalidCodeIsRefusedNextToTheFieldInTheUsersLanguageKeepingInput() throws Exception {
        String before = checksum.of("ips_team");
        mvc.perform(newTeam(UUID.randomUUID(), "bad code!", "Kept <name>", Locale.forLanguageTag("sv")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Använd 2–30 versaler")))
                .andExpect(content().string(Matchers.containsString("value=\"Kept &lt;name&gt;\"")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
        assertThat(checksum.of("ips_team")).isEqualTo(before);
    }

    @Test
    void takenCodeIsRefusedInFinnish() throws Exception {
        String before = checksum.of("ips_team");
        mvc.perform(newTeam(UUID.randomUUID(), "POH-IPS1", "Another", Locale.forLanguageTag("fi")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tunnus on jo käytössä.")));
        assertThat(checksum.of("ips_team")).isEqualTo(before);
    }

    @Test
    void partnerModelNeedsThePartnerNamed() throws Exception {
        mvc.perform(newTeam(UUID.randomUUID(), "POH-IPS-P", "Partner team", Locale.ENGLISH, "PARTNER_ORGANISATION"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Name the partner organisation")));
    }

    @Test
    void garbageInEveryFieldGivesMessagesNotErrors() throws Exception {
        String before = checksum.of("ips_team");
        mvc.perform(post("/admin/teams").with(users.as("admin")).with(csrf()).locale(Locale.ENGLISH)
                        .param("id", "not-a-uuid").param("areaId", "x").param("code", "'; drop table ips_team; --")
                        .param("name", "x".repeat(100_000)).param("collaborationModel", "NOPE")
                        .param("version", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This value is not valid.")));
        assertThat(checksum.of("ips_team")).isEqualTo(before);
    }

    @Test
    void concurrentEditIsRefusedWithTheInputKept() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(newTeam(id, "POH-IPS-EDIT", "Original", Locale.ENGLISH));
        MockHttpServletRequestBuilder edit = post("/admin/teams/" + id).with(users.as("admin")).with(csrf())
                .locale(Locale.ENGLISH).param("id", id.toString()).param("version", "0").param("areaId", "17")
                .param("code", "POH-IPS-EDIT").param("collaborationModel", "CARE_INTEGRATED");
        mvc.perform(edit.param("name", "First edit")).andExpect(redirectedUrl("/admin/teams"));
        mvc.perform(post("/admin/teams/" + id).with(users.as("admin")).with(csrf()).locale(Locale.ENGLISH)
                        .param("id", id.toString()).param("version", "0").param("areaId", "17")
                        .param("code", "POH-IPS-EDIT").param("collaborationModel", "CARE_INTEGRATED")
                        .param("name", "Second edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Someone else saved this record")))
                .andExpect(content().string(Matchers.containsString("value=\"Second edit\"")));
        assertThat(jdbc.sql("select name from ips_team where id = ?").param(id).query(String.class).single())
                .isEqualTo("First edit");
    }

    @Test
    void onlyAdminsReachTeamAdministration() throws Exception {
        mvc.perform(get("/admin/teams").with(users.as("coach1"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/teams")).andExpect(status().is3xxRedirection());
    }

    @Test
    void unknownTeamIsNotFound() throws Exception {
        mvc.perform(get("/admin/teams/" + UUID.randomUUID()).with(users.as("admin"))).andExpect(status().isNotFound());
    }
}
