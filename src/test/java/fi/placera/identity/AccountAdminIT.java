package fi.placera.identity;

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
import fi.placera.testing.WebSession;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Accounts: created once with an Argon2id hash, password rules, and sessions ended when it matters. */
@PlaceraIT
class AccountAdminIT {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TableChecksum checksum;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder newAccount(UUID id, String username, String password, Locale locale) {
        return newAccount(id, username, password, locale, "17");
    }

    private MockHttpServletRequestBuilder newAccount(UUID id, String username, String password, Locale locale,
            String areaId) {
        return post("/admin/accounts").with(users.as("admin")).with(csrf()).locale(locale)
                .param("id", id.toString()).param("username", username).param("displayName", "Liisa Laine")
                .param("roles", "COACH").param("areaId", areaId).param("enabled", "true").param("password", password);
    }

    @Test
    void anAccountIsCreatedOnceWithAnArgon2HashAndCanLogIn() throws Exception {
        UUID id = UUID.randomUUID();
        String username = "liisa." + id.toString().substring(0, 6);
        for (int submit = 0; submit < 2; submit++) {
            mvc.perform(newAccount(id, username, "sininen laituri aamulla", ENGLISH))
                    .andExpect(redirectedUrl("/admin/accounts"));
        }
        String hash = jdbc.sql("select password_hash from user_account where username = ?").param(username)
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("sininen");
        WebSession session = new WebSession(port);
        assertThat(session.logInWithPassword(username, "sininen laituri aamulla").headers()
                .firstValue("Location").orElseThrow()).endsWith("/mfa/enrol");
    }

    @Test
    void weakPasswordsTakenNamesAndMissingRolesAreRefusedNextToTheField() throws Exception {
        String before = checksum.of("user_account");
        mvc.perform(newAccount(UUID.randomUUID(), "new.person", "placera2026", Locale.forLanguageTag("fi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Salasana on liian lähellä palvelun nimeä")))
                .andExpect(content().string(containsString("value=\"new.person\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("placera2026"))));
        mvc.perform(newAccount(UUID.randomUUID(), "new.person", "password123", Locale.forLanguageTag("sv")))
                .andExpect(content().string(containsString("Lösenordet är ett av de vanligaste.")));
        mvc.perform(newAccount(UUID.randomUUID(), "coach1", "hyvin pitkä ja oma lause", ENGLISH))
                .andExpect(content().string(containsString("This user name is already in use.")));
        mvc.perform(post("/admin/accounts").with(users.as("admin")).with(csrf()).locale(ENGLISH)
                        .param("id", UUID.randomUUID().toString()).param("username", "Bad Name!")
                        .param("displayName", "").param("roles", "EMPEROR").param("areaId", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use 3–64 small letters")));
        assertThat(checksum.of("user_account")).isEqualTo(before);
    }

    @Test
    void theInitialPasswordIsStoredNowhereInPlainText() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(newAccount(id, "pekka." + id.toString().substring(0, 6), "kirkas talviaamu järvellä", ENGLISH))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(jdbc.sql("select count(*) from user_account t where t::text like '%talviaamu%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anEditIsListedAndAStaleEditKeepsTheInput() throws Exception {
        UUID id = UUID.randomUUID();
        String username = "olli." + id.toString().substring(0, 6);
        mvc.perform(newAccount(id, username, "vihreä polkupyörä kesällä", ENGLISH));
        mvc.perform(accountEdit(id, "Olli Ojala", FINNISH)).andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/admin/accounts").with(users.as("admin")).locale(FINNISH))
                .andExpect(content().string(containsString("Olli Ojala")))
                .andExpect(content().string(containsString(username)));
        String before = checksum.of("user_account");
        mvc.perform(accountEdit(id, "Olli Ojanen", SWEDISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan sparade uppgifterna")))
                .andExpect(content().string(containsString("value=\"Olli Ojanen\"")));
        assertThat(checksum.of("user_account")).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder accountEdit(UUID id, String displayName, Locale locale) {
        return post("/admin/accounts/" + id).with(users.as("admin")).with(csrf()).locale(locale)
                .param("id", id.toString()).param("version", "0").param("displayName", displayName)
                .param("roles", "COACH").param("areaId", "17").param("enabled", "true");
    }

    @Test
    void aLinkedStaffMemberWorksInTheAccountsArea() throws Exception {
        String before = checksum.of("user_account");
        for (String areaId : new String[] {"1", ""}) {
            mvc.perform(newAccount(UUID.randomUUID(), "other.area", "oranssi kissa ikkunalla", FINNISH, areaId)
                            .param("staffMemberId", "6a1f0000-0000-4000-8000-000000000203"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Työntekijä kuuluu toiseen hyvinvointialueeseen.")));
        }
        assertThat(checksum.of("user_account")).isEqualTo(before);
    }

    @Test
    void oversizedAndUnknownValuesAreRefusedNextToTheirFields() throws Exception {
        String before = checksum.of("user_account");
        mvc.perform(post("/admin/accounts").with(users.as("admin")).with(csrf()).locale(FINNISH)
                        .param("id", UUID.randomUUID().toString()).param("username", "x".repeat(100_000))
                        .param("displayName", "<i>Liisa</i>".repeat(20_000)).param("areaId", "x")
                        .param("staffMemberId", "nobody").param("password", "p".repeat(100_000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Teksti on liian pitkä.")))
                .andExpect(content().string(containsString("Valitse vähintään yksi rooli.")))
                .andExpect(content().string(containsString("aria-describedby=\"areaId-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"staffMemberId-error\"")));
        mvc.perform(newAccount(UUID.randomUUID(), "unknown.area", "oranssi kissa ikkunalla", SWEDISH)
                        .param("staffMemberId", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Välj en anställd i listan.")));
        mvc.perform(newAccount(UUID.randomUUID(), "unknown.area", "oranssi kissa ikkunalla", SWEDISH, "99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Välj ett välfärdsområde i listan.")))
                .andExpect(content().string(containsString("value=\"unknown.area\"")));
        assertThat(checksum.of("user_account")).isEqualTo(before);
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        WebSession coach = new WebSession(port);
        coach.logIn("coach3", users);
        assertThat(coach.get("/week").statusCode()).isEqualTo(200);
        String id = "6a1f0000-0000-4000-8000-000000000305";
        int version = jdbc.sql("select version from user_account where id = ?::uuid").param(id).query(Integer.class).single();
        mvc.perform(post("/admin/accounts/" + id).with(users.as("admin")).with(csrf())
                        .param("id", id).param("version", String.valueOf(version)).param("displayName", "Jussi Mäkelä")
                        .param("roles", "COACH").param("areaId", "17")
                        .param("staffMemberId", "6a1f0000-0000-4000-8000-000000000204")
                        .param("_enabled", "on")) // the unticked box: browsers send only Spring's marker field
                .andExpect(redirectedUrl("/admin/accounts"));
        try {
            assertThat(coach.get("/").headers().firstValue("Location").orElseThrow()).contains("/login");
            assertThat(new WebSession(port).logInWithPassword("coach3", DemoUsers.PASSWORD).headers()
                    .firstValue("Location").orElseThrow()).contains("/login?error");
        } finally {
            jdbc.sql("update user_account set enabled = true where id = ?::uuid").param(id).update();
        }
    }

    @Test
    void aNewPasswordEndsEverySessionOfTheUser() throws Exception {
        WebSession manager = new WebSession(port);
        manager.logIn("manager", users);
        String id = "6a1f0000-0000-4000-8000-000000000307";
        String oldHash = jdbc.sql("select password_hash from user_account where id = ?::uuid").param(id)
                .query(String.class).single();
        try {
            mvc.perform(post("/admin/accounts/" + id + "/password").with(users.as("admin")).with(csrf())
                            .param("password", "uusi pitkä salalause"))
                    .andExpect(redirectedUrl("/admin/accounts/" + id));
            assertThat(manager.get("/").headers().firstValue("Location").orElseThrow()).contains("/login");
        } finally {
            jdbc.sql("update user_account set password_hash = ?, password_change_required = false where id = ?::uuid")
                    .params(oldHash, id).update();
        }
    }

    @Test
    void anAdministratorCanEndAUsersSessions() throws Exception {
        WebSession evaluator = new WebSession(port);
        evaluator.logIn("evaluator", users);
        mvc.perform(post("/admin/accounts/6a1f0000-0000-4000-8000-000000000308/sessions").with(users.as("admin"))
                .with(csrf())).andExpect(redirectedUrl("/admin/accounts/6a1f0000-0000-4000-8000-000000000308"));
        assertThat(evaluator.get("/").headers().firstValue("Location").orElseThrow()).contains("/login");
        mvc.perform(get("/admin/accounts").with(users.as("coach1"))).andExpect(status().isForbidden());
    }
}
