package fi.placera.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Welfare areas, care teams and staff members: saved when valid, refused next to the field when not. */
@PlaceraIT
class OrganisationAdminIT {

    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";
    private static final String CARE_KORSHOLM = "6a1f0000-0000-4000-8000-000000000102";
    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TableChecksum checksum;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request, Locale locale) {
        return request.with(users.as("admin")).with(csrf()).locale(locale);
    }

    private MockHttpServletRequestBuilder staff(UUID id, String email, Locale locale) {
        return staff(id, email, locale, "17");
    }

    private MockHttpServletRequestBuilder staff(UUID id, String email, Locale locale, String areaId) {
        return asAdmin(post("/admin/staff"), locale).param("id", id.toString()).param("areaId", areaId)
                .param("firstName", "Kaisa").param("lastName", "Koskinen").param("email", email)
                .param("ipsTeamId", DEMO_TEAM).param("teamRole", "COACH").param("fte", "0,8")
                .param("careTeamIds", CARE_VAASA);
    }

    @Test
    void areasAreListedInBothLanguagesAndTheirNamesCanBeCorrected() throws Exception {
        mvc.perform(asAdmin(get("/admin/areas"), FINNISH))
                .andExpect(content().string(containsString("Österbotten")))
                .andExpect(content().string(containsString("Helsingfors")));
        int version = jdbc.sql("select version from welfare_area where id = 20").query(Integer.class).single();
        mvc.perform(asAdmin(post("/admin/areas/20"), FINNISH).param("version", String.valueOf(version))
                        .param("nameFi", "Kainuu").param("nameSv", "Kajanaland "))
                .andExpect(redirectedUrl("/admin/areas"));
        String before = checksum.of("welfare_area");
        mvc.perform(asAdmin(post("/admin/areas/20"), SWEDISH).param("version", String.valueOf(version + 1))
                        .param("nameFi", "").param("nameSv", "x".repeat(300)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fyll i fältet.")))
                .andExpect(content().string(containsString("Texten är för lång.")));
        assertThat(checksum.of("welfare_area")).isEqualTo(before);
    }

    @Test
    void careTeamsAreCreatedOnceAndBadInputChangesNothing() throws Exception {
        UUID id = UUID.randomUUID();
        for (int submit = 0; submit < 2; submit++) {
            mvc.perform(asAdmin(post("/admin/care-teams"), FINNISH).param("id", id.toString()).param("areaId", "17")
                            .param("code", "POH-PSY-JAKOBSTAD").param("name", "Psykiatrin poliklinikka Pietarsaari"))
                    .andExpect(redirectedUrl("/admin/care-teams"));
        }
        assertThat(jdbc.sql("select count(*) from care_team where code = 'POH-PSY-JAKOBSTAD'").query(Integer.class)
                .single()).isEqualTo(1);
        mvc.perform(asAdmin(get("/admin/care-teams"), FINNISH))
                .andExpect(content().string(containsString("Psykiatrin poliklinikka Pietarsaari")));

        String before = checksum.of("care_team");
        mvc.perform(asAdmin(post("/admin/care-teams"), FINNISH).param("id", UUID.randomUUID().toString())
                        .param("areaId", "99").param("code", "POH-PSY-VAASA").param("name", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Valitse hyvinvointialue luettelosta.")))
                .andExpect(content().string(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")));
        assertThat(checksum.of("care_team")).isEqualTo(before);
    }

    @Test
    void aStaffMemberJoinsATeamWithAShareOfFullTimeAsTyped() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(staff(id, "kaisa.koskinen@example.fi", FINNISH)).andExpect(redirectedUrl("/admin/staff"));
        assertThat(jdbc.sql("select fte from ips_team_membership where staff_member_id = ?").param(id)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("0.8");
        mvc.perform(asAdmin(get("/admin/staff"), FINNISH))
                .andExpect(content().string(containsString("Kaisa Koskinen")))
                .andExpect(content().string(containsString("POH-IPS1 (Työhönvalmentaja, 0,8)")));
    }

    @Test
    void staffRulesAreShownNextToTheFieldsAndNothingIsSaved() throws Exception {
        String staffBefore = checksum.of("staff_member");
        String membershipsBefore = checksum.of("ips_team_membership");
        mvc.perform(asAdmin(post("/admin/staff"), SWEDISH).param("id", UUID.randomUUID().toString())
                        .param("areaId", "17").param("firstName", "Kaisa").param("lastName", "Koskinen")
                        .param("email", "not-an-address").param("ipsTeamId", DEMO_TEAM).param("teamRole", "COACH")
                        .param("fte", "abc").param("careTeamIds", CARE_VAASA, CARE_KORSHOLM, UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange en e-postadress")))
                .andExpect(content().string(containsString("Ange andelen av heltid")))
                .andExpect(content().string(containsString("Välj högst två.")))
                .andExpect(content().string(containsString("value=\"not-an-address\"")));
        mvc.perform(staff(UUID.randomUUID(), "anna.bjorklund@example.fi", FINNISH))
                .andExpect(content().string(containsString("Toisella alueen työntekijällä on jo tämä sähköpostiosoite.")));
        mvc.perform(staff(UUID.randomUUID(), "other.area@example.fi", FINNISH, "1"))
                .andExpect(content().string(containsString("Tiimien on kuuluttava työntekijän omaan hyvinvointialueeseen.")));
        mvc.perform(asAdmin(post("/admin/staff"), FINNISH).param("id", "x").param("areaId", "y")
                        .param("ipsTeamId", "z").param("teamRole", "KING").param("careTeamIds", "nope"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Arvo ei kelpaa.")));
        assertThat(checksum.of("staff_member")).isEqualTo(staffBefore);
        assertThat(checksum.of("ips_team_membership")).isEqualTo(membershipsBefore);
    }

    @Test
    void aStaleAreaEditIsRefusedWithTheTypedNamesKept() throws Exception {
        int version = jdbc.sql("select version from welfare_area where id = 21").query(Integer.class).single();
        mvc.perform(asAdmin(post("/admin/areas/21"), FINNISH).param("version", String.valueOf(version))
                        .param("nameFi", "Lappi").param("nameSv", "Lappland"))
                .andExpect(redirectedUrl("/admin/areas"));
        String before = checksum.of("welfare_area");
        mvc.perform(asAdmin(post("/admin/areas/21"), SWEDISH).param("version", String.valueOf(version))
                        .param("nameFi", "Lapin hyvinvointialue").param("nameSv", "Lapplands omrade"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan sparade uppgifterna")))
                .andExpect(content().string(containsString("value=\"Lapplands omrade\"")));
        mvc.perform(asAdmin(post("/admin/areas/21"), FINNISH).param("nameFi", "Ilman versiota").param("nameSv", "Utan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Joku muu tallensi tämän tiedon")))
                .andExpect(content().string(containsString("value=\"Ilman versiota\"")));
        assertThat(checksum.of("welfare_area")).isEqualTo(before);
    }

    @Test
    void aCareTeamEditIsListedAndAStaleEditKeepsTheInput() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(asAdmin(post("/admin/care-teams"), FINNISH).param("id", id.toString()).param("areaId", "17")
                        .param("code", "POH-PSY-NARPES").param("name", "Psykiatrian poliklinikka"))
                .andExpect(redirectedUrl("/admin/care-teams"));
        mvc.perform(careTeamEdit(id, "Psykiatrian poliklinikka Närpiö", FINNISH)).andExpect(redirectedUrl("/admin/care-teams"));
        mvc.perform(asAdmin(get("/admin/care-teams"), FINNISH))
                .andExpect(content().string(containsString("Psykiatrian poliklinikka Närpiö")))
                .andExpect(content().string(containsString("Aikuispsykiatria")));
        String before = checksum.of("care_team");
        mvc.perform(careTeamEdit(id, "Psykiatriska polikliniken i Narpes", SWEDISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan sparade uppgifterna")))
                .andExpect(content().string(containsString("value=\"Psykiatriska polikliniken i Narpes\"")));
        mvc.perform(asAdmin(post("/admin/care-teams/" + id), FINNISH).param("id", id.toString()).param("areaId", "17")
                        .param("code", "POH-PSY-NARPES").param("name", "Ilman versiota"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Joku muu tallensi tämän tiedon")));
        assertThat(checksum.of("care_team")).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder careTeamEdit(UUID id, String name, Locale locale) {
        return asAdmin(post("/admin/care-teams/" + id), locale).param("id", id.toString()).param("version", "0")
                .param("areaId", "17").param("code", "POH-PSY-NARPES").param("name", name)
                .param("unit", "Aikuispsykiatria");
    }

    @Test
    void oversizedAndMalformedCareTeamInputChangesNothing() throws Exception {
        String before = checksum.of("care_team");
        mvc.perform(asAdmin(post("/admin/care-teams"), SWEDISH).param("id", UUID.randomUUID().toString())
                        .param("areaId", "x").param("code", "'; drop table care_team; --")
                        .param("name", "x".repeat(100_000)).param("unit", "y".repeat(100_000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Värdet är inte giltigt.")))
                .andExpect(content().string(containsString("Använd 2–30 versaler")))
                .andExpect(content().string(containsString("Texten är för lång.")))
                .andExpect(content().string(containsString("value=\"&#39;; drop table care_team; --\"")));
        assertThat(checksum.of("care_team")).isEqualTo(before);
    }

    @Test
    void aStaffMemberIsCreatedOnceAndAStaleEditKeepsTheInput() throws Exception {
        UUID id = UUID.randomUUID();
        for (int submit = 0; submit < 2; submit++) {
            mvc.perform(staff(id, "kalle.kivi@example.fi", FINNISH)).andExpect(redirectedUrl("/admin/staff"));
        }
        assertThat(jdbc.sql("select count(*) from staff_member where email = 'kalle.kivi@example.fi'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ips_team_membership where staff_member_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(asAdmin(post("/admin/staff/" + id), FINNISH).param("id", id.toString()).param("version", "0")
                        .param("areaId", "17").param("firstName", "Kalle").param("lastName", "Kivi")
                        .param("email", "kalle.kivi@example.fi").param("ipsTeamId", DEMO_TEAM)
                        .param("teamRole", "COACH").param("fte", "0.5"))
                .andExpect(redirectedUrl("/admin/staff"));
        mvc.perform(asAdmin(get("/admin/staff"), SWEDISH))
                .andExpect(content().string(containsString("POH-IPS1 (Arbetstränare, 0,5)")));
        String before = checksum.of("staff_member");
        mvc.perform(asAdmin(post("/admin/staff/" + id), SWEDISH).param("id", id.toString()).param("version", "0")
                        .param("areaId", "17").param("firstName", "Karl").param("lastName", "Sten")
                        .param("email", "kalle.kivi@example.fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan sparade uppgifterna")))
                .andExpect(content().string(containsString("value=\"Sten\"")));
        assertThat(checksum.of("staff_member")).isEqualTo(before);
    }

    @Test
    void oversizedAndScriptedStaffInputIsKeptEscapedAndNothingIsSaved() throws Exception {
        String before = checksum.of("staff_member");
        mvc.perform(asAdmin(post("/admin/staff"), FINNISH).param("id", UUID.randomUUID().toString())
                        .param("areaId", "17").param("firstName", "<img src=x onerror=alert(1)>")
                        .param("lastName", "x".repeat(100_000)).param("email", "a@b.fi' or '1'='1")
                        .param("phone", "<b>").param("ipsTeamId", DEMO_TEAM).param("teamRole", "COACH")
                        .param("fte", "1,5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"&lt;img src=x onerror=alert(1)&gt;\"")))
                .andExpect(content().string(containsString("Teksti on liian pitkä.")))
                .andExpect(content().string(containsString("Anna sähköpostiosoite muodossa")))
                .andExpect(content().string(containsString("value=\"1,5\"")))
                .andExpect(content().string(containsString("aria-describedby=\"lastName-error\"")));
        assertThat(checksum.of("staff_member")).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsManageTheOrganisation() throws Exception {
        for (String path : new String[] {"/admin/areas", "/admin/care-teams", "/admin/staff/new"}) {
            mvc.perform(get(path).with(users.as("teamleader"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(users.as("coach1"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/staff/" + UUID.randomUUID()).with(users.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/areas/999").with(users.as("admin"))).andExpect(status().isNotFound());
    }
}
