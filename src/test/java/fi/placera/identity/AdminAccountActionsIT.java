package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21 §2: an administrator resets a lost second factor (own area only) and sets passwords the user must replace;
 * every administrative change is one append-only row of the audit trail, which {@code /admin/changes} lists to the
 * area's administrators (all of it to national ones).
 */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountActionsIT {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void aResetSecondFactorMustBeEnrolledAgainAndTheUsersSessionsEnd(CapturedOutput output) throws Exception {
        String coach = coachWhoCanLogIn();
        UUID id = idOf(coach);
        WebSession session = new WebSession(port);
        session.logIn(coach, users);
        assertThat(session.get("/week").statusCode()).isEqualTo(200);

        mvc.perform(post("/admin/accounts/" + id + "/second-factor").with(users.as(users.newAreaAdmin(DemoUsers.DEMO_AREA)))
                .with(csrf())).andExpect(redirectedUrl("/admin/accounts/" + id));

        assertThat(session.get("/week").headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(jdbc.sql("select count(*) from mfa_credential where account_id = ?").param(id).query(Integer.class)
                .single()).isZero();
        assertThat(new WebSession(port).logInWithPassword(coach, DemoUsers.PASSWORD).headers().firstValue("Location")
                .orElseThrow()).endsWith("/mfa/enrol");
        assertThat(output.getOut()).contains("mfa_reset");
        assertThat(changesOf(id)).containsExactly("SECOND_FACTOR_RESET");
    }

    @Test
    void aPasswordSetByAnAdministratorMustBeChangedBeforeAnythingElse() throws Exception {
        String coach = coachWhoCanLogIn();
        UUID id = idOf(coach);
        mvc.perform(post("/admin/accounts/" + id + "/password").with(users.as("admin")).with(csrf())
                .param("password", "hallinnon antama lause")).andExpect(redirectedUrl("/admin/accounts/" + id));

        WebSession session = new WebSession(port);
        session.logInWithPassword(coach, "hallinnon antama lause");
        session.get("/mfa");
        session.post("/mfa", Map.of("code", users.nextTotpCode()));
        for (String page : List.of("/", "/week", "/clients", "/api/v1/clients")) {
            var response = session.get(page);
            assertThat(response.statusCode()).as(page).isIn(302, 403);
            assertThat(response.headers().firstValue("Location").orElse("/account/password")).as(page)
                    .endsWith("/account/password");
        }
        assertThat(session.get("/account/password").body()).contains("Pääkäyttäjä asetti salasanasi.");
        assertThat(session.post("/account/password", Map.of("currentPassword", "hallinnon antama lause",
                "newPassword", "oma keksitty salalause")).body()).contains("Salasana on vaihdettu.");
        assertThat(session.get("/week").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select password_change_required from user_account where id = ?").param(id)
                .query(Boolean.class).single()).isFalse();
        assertThat(changesOf(id)).containsExactly("PASSWORD_SET");
        assertThat(jdbc.sql("select count(*) from admin_change c where c::text like '%hallinnon%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void everyAccountChangeIsOneRowWithBeforeAndAfter() throws Exception {
        String areaAdmin = users.newAreaAdmin(DemoUsers.DEMO_AREA);
        UUID id = UUID.randomUUID();
        String username = "trail." + id.toString().substring(0, 6);
        mvc.perform(post("/admin/accounts").with(users.as(areaAdmin)).with(csrf()).param("id", id.toString())
                .param("username", username).param("displayName", "Polku Testaaja").param("roles", "COACH")
                .param("areaId", "17").param("enabled", "true").param("password", "alkuperäinen pitkä lause"));
        mvc.perform(edit(areaAdmin, id, 0, "true", "COACH", "TEAM_LEADER"));
        mvc.perform(edit(areaAdmin, id, 1, "false", "COACH", "TEAM_LEADER"));
        mvc.perform(edit(areaAdmin, id, 2, "true", "COACH", "TEAM_LEADER"));
        mvc.perform(post("/admin/accounts/" + id + "/sessions").with(users.as(areaAdmin)).with(csrf()));

        assertThat(changesOf(id)).containsExactly("ACCOUNT_CREATED", "ROLES_CHANGED", "ACCOUNT_DISABLED",
                "ACCOUNT_ENABLED", "SESSIONS_ENDED");
        var roles = jdbc.sql("""
                        select before_value || ' → ' || after_value from admin_change
                        where object_id = ? and action = 'ROLES_CHANGED'""").param(id.toString())
                .query(String.class).single();
        assertThat(roles).contains("roles=[COACH]").contains("roles=[COACH, TEAM_LEADER]");
        assertThat(jdbc.sql("select distinct username || '/' || area_id from admin_change where object_id = ?")
                .param(id.toString()).query(String.class).list()).containsExactly(areaAdmin + "/17");
        assertThat(jdbc.sql("select count(*) from admin_change c where c::text like '%alkuperäinen%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void organisationChangesAndInstrumentVersionsAreInTheTrail() throws Exception {
        UUID team = UUID.randomUUID();
        String code = "TRAIL-" + team.toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String areaAdmin = users.newAreaAdmin(DemoUsers.DEMO_AREA);
        mvc.perform(post("/admin/teams").with(users.as(areaAdmin)).with(csrf()).param("id", team.toString())
                        .param("areaId", "17").param("code", code).param("name", "Polkutiimi")
                        .param("collaborationModel", "CARE_INTEGRATED"))
                .andExpect(redirectedUrl("/admin/teams"));
        mvc.perform(post("/admin/teams/" + team).with(users.as(areaAdmin)).with(csrf()).param("id", team.toString())
                        .param("version", "0").param("areaId", "17").param("code", code).param("name", "Polkutiimi 2")
                        .param("collaborationModel", "CARE_INTEGRATED"))
                .andExpect(redirectedUrl("/admin/teams"));
        assertThat(changesOf(team)).containsExactly("IPS_TEAM_CREATED", "IPS_TEAM_CHANGED");
        assertThat(jdbc.sql("select after_value from admin_change where object_id = ? and action = 'IPS_TEAM_CHANGED'")
                .param(team.toString()).query(String.class).single()).contains("Polkutiimi 2");

        String instrument = "TRAIL" + team.toString().substring(0, 4).toUpperCase(Locale.ROOT);
        mvc.perform(post("/admin/instruments").with(users.as("admin")).with(csrf()).param("code", instrument)
                .param("definition", """
                        {"respondent": "CLIENT", "perClient": true, "names": {"fi": "Polku", "sv": "Stig", "en": "Trail"},
                         "scales": {"s": {"min": 0, "max": 2, "labels": {"fi": ["a","b","c"], "sv": ["a","b","c"], "en": ["a","b","c"]}}},
                         "items": [{"code": "1", "type": "SCALE", "scale": "s", "texts": {"fi": "K", "sv": "F", "en": "Q"}}],
                         "scores": [{"code": "total", "method": "SUM", "maxMissing": 0, "higherIsBetter": true,
                           "names": {"fi": "T", "sv": "T", "en": "T"}}]}"""));
        assertThat(jdbc.sql("select action || ' ' || after_value from admin_change where object_kind = 'INSTRUMENT' "
                + "and object_id = ?").param(instrument).query(String.class).list())
                .containsExactly("INSTRUMENT_VERSION_ADDED version=1");
    }

    @Test
    void theApplicationCannotRewriteTheTrail() {
        assertThatThrownBy(() -> jdbc.sql("update admin_change set username = 'someone else'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from admin_change").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate admin_change").update())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theChangesPageShowsAnAreaItsOwnChangesAndNationalAdministratorsAll() throws Exception {
        String ours = users.newAreaAdmin(DemoUsers.DEMO_AREA);
        String theirs = users.newAreaAdmin(DemoUsers.OTHER_AREA);
        UUID ourTeam = team(ours, "17", "OURS");
        UUID theirTeam = team(theirs, "5", "THEIRS");

        mvc.perform(get("/admin/changes").with(users.as(ours)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString(ourTeam.toString())))
                .andExpect(content().string(not(containsString(theirTeam.toString()))))
                .andExpect(content().string(containsString("Changes of your welfare area.")));
        mvc.perform(get("/admin/changes").with(users.as(theirs)).locale(Locale.forLanguageTag("sv")))
                .andExpect(content().string(containsString(theirTeam.toString())))
                .andExpect(content().string(not(containsString(ourTeam.toString()))))
                .andExpect(content().string(containsString("Administrativa ändringar")));
        mvc.perform(get("/admin/changes").with(users.as("admin")).locale(Locale.forLanguageTag("fi"))
                        .param("kind", "IPS_TEAM").param("from", "1.1.2020"))
                .andExpect(content().string(containsString(ourTeam.toString())))
                .andExpect(content().string(containsString(theirTeam.toString())))
                .andExpect(content().string(containsString("Ylläpidon muutokset")));
        mvc.perform(get("/admin/changes").with(users.as("admin")).param("who", theirs))
                .andExpect(content().string(containsString(theirTeam.toString())))
                .andExpect(content().string(not(containsString(ourTeam.toString()))));
        mvc.perform(get("/admin/changes").with(users.as("admin")).param("object", ourTeam.toString()))
                .andExpect(content().string(containsString(ourTeam.toString())))
                .andExpect(content().string(not(containsString(theirTeam.toString()))));
        mvc.perform(get("/admin/changes").with(users.as("admin")).param("to", "1.1.2020"))
                .andExpect(content().string(not(containsString(ourTeam.toString()))));
        mvc.perform(get("/admin/changes").with(users.as("admin")).locale(Locale.ENGLISH).param("from", "31.2.2026"))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(not(containsString(ourTeam.toString()))));
    }

    private UUID team(String admin, String areaId, String prefix) throws Exception {
        UUID team = UUID.randomUUID();
        mvc.perform(post("/admin/teams").with(users.as(admin)).with(csrf()).param("id", team.toString())
                        .param("areaId", areaId).param("code", prefix + "-" + team.toString().substring(0, 6).toUpperCase(Locale.ROOT))
                        .param("name", "Tiimi " + prefix).param("collaborationModel", "CARE_INTEGRATED"))
                .andExpect(redirectedUrl("/admin/teams"));
        return team;
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(String admin, UUID id,
            int version, String enabled, String... roles) {
        return post("/admin/accounts/" + id).with(users.as(admin)).with(csrf()).param("id", id.toString())
                .param("version", String.valueOf(version)).param("displayName", "Polku Testaaja").param("roles", roles)
                .param("areaId", "17").param(enabled.equals("true") ? "enabled" : "_enabled", enabled.equals("true") ? "true" : "on");
    }

    /** A new coach of the demo area with the demo password and authenticator secret. */
    private String coachWhoCanLogIn() {
        String coach = users.newCoach();
        jdbc.sql("update user_account set password_hash = (select password_hash from user_account where username = 'admin') "
                + "where username = ?").param(coach).update();
        jdbc.sql("insert into mfa_credential (account_id, secret, enrolled_at) select id, ?, now() from user_account "
                + "where username = ?").params(DemoUsers.TOTP_SECRET, coach).update();
        return coach;
    }

    private UUID idOf(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class).single();
    }

    private List<String> changesOf(UUID object) {
        return jdbc.sql("select action from admin_change where object_id = ? order by id").param(object.toString())
                .query(String.class).list();
    }
}
