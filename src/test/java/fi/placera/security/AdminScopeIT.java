package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * AZ9, issue 21 §2: an area administrator sees and changes only their own area's accounts, staff, teams and care
 * teams; another area's record is a 404 exactly like a missing one; they never grant the administrator role, a role
 * in another area, or raise their own roles; areas and instrument definitions are the national administrators'.
 */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class AdminScopeIT {

    /** Ids tried on each administration route with an id (issue 21 asks for 500). */
    private static final int IDS_PER_ROUTE = 500;
    /** Ids no route should take for one: numbers out of range, NUL, path traversal, SQL, encodings, shapes. */
    private static final List<String> MALFORMED_IDS = List.of("99999999999999999999999999", "-1", "-2147483649", "0",
            "32768", "\u0000", "6a1f0000\u0000-0000", "%00", "../../etc/passwd", "..", "..\\..\\windows",
            "1' OR '1'='1", "1; DROP TABLE user_account; --", "' UNION SELECT password_hash FROM user_account --",
            "6a1f0000-0000-4000-8000-00000000030", "6a1f0000-0000-4000-8000-0000000003080", "{id}", "null", "*",
            "<script>alert(1)</script>", "\u202e1", "0x7fff", "1e9", " 5", "5 ", "%");
    /** Area ids are numbers; the areas of Finland and the tests' own are below this one. */
    private static final int NO_AREA_BELOW = 1000;
    private static final String[] TABLES = {"user_account", "account_role", "ips_team", "care_team", "staff_member",
            "ips_team_membership", "care_team_membership", "welfare_area", "mfa_credential", "evaluation_instrument",
            "evaluation_crisis_contact", "accessibility_feedback", "privacy_notice_contact", "admin_change"};

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;

    private String areaAdmin;
    private String otherAdmin;
    /** Records of area 5, the other area: kind → id. */
    private final Map<String, String> otherArea = new TreeMap<>();

    @BeforeEach
    void twoAreasWithAnAdministratorEach() {
        areaAdmin = users.newAreaAdmin(DemoUsers.DEMO_AREA);
        otherAdmin = users.newAreaAdmin(DemoUsers.OTHER_AREA);
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        UUID team = UUID.randomUUID();
        UUID careTeam = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        jdbc.sql("""
                        insert into ips_team (id, area_id, code, name, collaboration_model, version)
                        values (?, 5, ?, 'Turun tiimi', 'CARE_INTEGRATED', 0)""").params(team, "VARS-" + suffix).update();
        jdbc.sql("insert into care_team (id, area_id, code, name, version) values (?, 5, ?, 'Turun hoitotiimi', 0)")
                .params(careTeam, "VARSC-" + suffix).update();
        jdbc.sql("""
                        insert into staff_member (id, area_id, first_name, last_name, email, version)
                        values (?, 5, 'Toisen', 'Alueen Työntekijä', ?, 0)""")
                .params(staff, "other." + suffix.toLowerCase(Locale.ROOT) + "@example.fi").update();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, area_id, version)
                        values (?, ?, 'Toisen Alueen Valmentaja', 'none', 5, 0)""")
                .params(account, "vars." + suffix.toLowerCase(Locale.ROOT)).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'COACH')").param(account).update();
        otherArea.put("teams", team.toString());
        otherArea.put("care-teams", careTeam.toString());
        otherArea.put("staff", staff.toString());
        otherArea.put("accounts", account.toString());
    }

    /**
     * The application refuses a membership in another area's team, but a row made by hand (as GroupedOutcomesIT's
     * coach of two areas, in the database the tests share) must not break the list or show the other area's team.
     */
    @Test
    void aStaffMemberWhoAlsoWorksInAnotherAreasTeamsIsListedWithTheirOwnAreasTeamsOnly() throws Exception {
        UUID staff = UUID.randomUUID();
        jdbc.sql("""
                        insert into staff_member (id, area_id, first_name, last_name, email, version)
                        values (?, 17, 'Kahden', 'Alueen Valmentaja', ?, 0)""").params(staff, staff + "@example.fi").update();
        jdbc.sql("""
                        insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte)
                        select ?, id, 'COACH', 0.5 from ips_team where id in (?, ?)""")
                .params(staff, UUID.fromString(otherArea.get("teams")), UUID.fromString(Given.DEMO_TEAM)).update();
        String demoTeamCode = jdbc.sql("select code from ips_team where id = ?").param(UUID.fromString(Given.DEMO_TEAM))
                .query(String.class).single();
        jdbc.sql("insert into care_team_membership (staff_member_id, care_team_id) values (?, ?)")
                .params(staff, UUID.fromString(otherArea.get("care-teams"))).update();

        mvc.perform(get("/admin/staff").with(users.as(areaAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alueen Valmentaja")))
                .andExpect(content().string(containsString(demoTeamCode + " (")))
                .andExpect(content().string(not(containsString("VARS"))));
    }

    @Test
    void anAreaAdministratorListsOnlyTheirOwnAreasRecords() throws Exception {
        for (String list : List.of("/admin/teams", "/admin/care-teams", "/admin/staff", "/admin/accounts")) {
            mvc.perform(get(list).with(users.as(areaAdmin)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Turun"))))
                    .andExpect(content().string(not(containsString("Toisen Alueen"))));
        }
        mvc.perform(get("/admin/teams").with(users.as(areaAdmin))).andExpect(content().string(containsString("IPS Vaasa")));
        mvc.perform(get("/admin/accounts").with(users.as(areaAdmin)))
                .andExpect(content().string(containsString("coach1")))
                .andExpect(content().string(not(containsString(">evaluator<"))))
                .andExpect(content().string(not(containsString(">admin<"))));
        mvc.perform(get("/admin/teams").with(users.as(otherAdmin)))
                .andExpect(content().string(containsString("Turun tiimi")))
                .andExpect(content().string(not(containsString("IPS Vaasa"))));
        mvc.perform(get("/admin/teams").with(users.as("admin")))
                .andExpect(content().string(containsString("Turun tiimi")))
                .andExpect(content().string(containsString("IPS Vaasa")));
    }

    @Test
    void anotherAreasRecordIsA404LikeAMissingOneAndChangesNothing(CapturedOutput output) throws Exception {
        String before = checksums();
        for (Map.Entry<String, String> record : otherArea.entrySet()) {
            String path = "/admin/" + record.getKey() + "/" + record.getValue();
            mvc.perform(get(path).with(users.as(areaAdmin))).andExpect(status().isNotFound());
            mvc.perform(get("/admin/" + record.getKey() + "/" + UUID.randomUUID()).with(users.as(areaAdmin)))
                    .andExpect(status().isNotFound());
            mvc.perform(post(path).with(users.as(areaAdmin)).with(csrf()).param("id", record.getValue())
                            .param("version", "0").param("areaId", "17").param("code", "STOLEN-1").param("name", "Vallattu")
                            .param("collaborationModel", "CARE_INTEGRATED").param("firstName", "Vallattu")
                            .param("lastName", "Henkilö").param("email", "stolen@example.fi")
                            .param("displayName", "Vallattu").param("roles", "COACH").param("enabled", "true"))
                    .andExpect(status().isNotFound());
            mvc.perform(get(path).with(users.as(otherAdmin))).andExpect(status().isOk());
            mvc.perform(get(path).with(users.as("admin"))).andExpect(status().isOk());
        }
        // the id of another area's record posted to the create route (as a resubmitted form carries it)
        mvc.perform(post("/admin/teams").with(users.as(areaAdmin)).with(csrf()).param("id", otherArea.get("teams"))
                        .param("areaId", "17").param("code", "STOLEN-2").param("name", "Vallattu")
                        .param("collaborationModel", "CARE_INTEGRATED"))
                .andExpect(status().isNotFound());
        String accountPath = "/admin/accounts/" + otherArea.get("accounts");
        for (String act : List.of("/password", "/sessions", "/second-factor")) {
            mvc.perform(post(accountPath + act).with(users.as(areaAdmin)).with(csrf())
                    .param("password", "vallattu pitkä salasana")).andExpect(status().isNotFound());
        }
        assertThat(checksums()).isEqualTo(before);
        assertThat(output.getOut()).contains("admin_outside_area");
    }

    /**
     * AZ2/AZ9, issue 21 §2: {@value #IDS_PER_ROUTE} ids on every administration route with an id, as an area
     * administrator: the other area's records (and the other area itself), random ids, and malformed ones — huge and
     * negative numbers, NUL, path traversal, SQL — in the path and in the form's hidden id: 0 successes, 0 server
     * errors, nothing changed. One session, no browser, one checksum of the tables before and after the whole sweep;
     * the seed is in the failure.
     */
    @Test
    void fiveHundredForeignOrMalformedIdsOnEveryAdminRouteNeverSucceed() throws Exception {
        List<String[]> routes = adminRoutesWithAnId();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(14)
                .anyMatch(route -> route[1].equals("/admin/crisis-contacts/{areaId}"));
        String before = checksums();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        RequestPostProcessor admin = users.as(areaAdmin);
        List<String> successes = new ArrayList<>();
        int requests = 0;
        for (String[] route : routes) {
            List<String[]> ids = hostileIds(route[1], random);
            for (String[] id : ids) {
                URI path = URI.create(route[1].replaceAll("\\{[a-zA-Z]+}", Matcher.quoteReplacement(id[0])));
                MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route[0]), path).with(admin).with(csrf())
                        .param("id", id[1]).param("version", "0").param("areaId", "17").param("code", "IDOR-" + requests)
                        .param("name", "Arvattu").param("displayName", "Arvattu").param("roles", "COACH")
                        .param("password", "arvattu pitkä lause");
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                requests++;
                if (status < 400 || status >= 500) {
                    successes.add(route[0] + " " + route[1] + " " + id[0] + " → " + status);
                }
            }
        }
        assertThat(requests).isEqualTo(routes.size() * IDS_PER_ROUTE);
        assertThat(successes).as("seed " + seed).isEmpty();
        assertThat(checksums()).as("seed " + seed).isEqualTo(before);
    }

    /**
     * {@value #IDS_PER_ROUTE} ids for a route, each as [path segment (URL-encoded), form value]: every record of the
     * other area (the other area's number on area routes) and every malformed id once, random ids for the rest
     * (numbers that no area has on area routes).
     */
    private List<String[]> hostileIds(String route, Random random) {
        List<String[]> ids = new ArrayList<>();
        if (areaIds(route)) {
            ids.add(new String[] {String.valueOf(DemoUsers.OTHER_AREA), String.valueOf(DemoUsers.OTHER_AREA)});
        } else {
            otherArea.values().forEach(id -> ids.add(new String[] {id, id}));
        }
        MALFORMED_IDS.forEach(id -> ids.add(new String[] {URLEncoder.encode(id, StandardCharsets.UTF_8)
                .replace("+", "%20"), id}));
        while (ids.size() < IDS_PER_ROUTE) {
            String id = areaIds(route) ? String.valueOf(NO_AREA_BELOW + random.nextInt(Short.MAX_VALUE - NO_AREA_BELOW))
                    : new UUID(random.nextLong(), random.nextLong()).toString();
            ids.add(new String[] {id, id});
        }
        return ids;
    }

    private static boolean areaIds(String route) {
        return route.startsWith("/admin/areas") || route.contains("{areaId}");
    }

    @Test
    void anAreaAdministratorNeverGrantsTheAdminRoleNorARoleElsewhere(CapturedOutput output) throws Exception {
        String before = checksums();
        mvc.perform(newAccount(areaAdmin, "ADMIN", "17")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Only a national administrator manages administrators")));
        mvc.perform(newAccount(areaAdmin, "COACH", "5")).andExpect(status().isOk())
                .andExpect(content().string(containsString("You can only manage accounts of your own welfare area.")));
        mvc.perform(newAccount(areaAdmin, "EVALUATOR", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("You can only manage accounts of your own welfare area.")));
        mvc.perform(post("/admin/teams").with(users.as(areaAdmin)).with(csrf()).locale(Locale.ENGLISH)
                        .param("id", UUID.randomUUID().toString()).param("areaId", "5").param("code", "ELSEWHERE-1")
                        .param("name", "Muualla").param("collaborationModel", "CARE_INTEGRATED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You can only manage records of your own welfare area.")));
        assertThat(checksums()).isEqualTo(before);
        assertThat(output.getOut()).contains("admin_change_refused");
    }

    @Test
    void anAreaAdministratorCannotRaiseTheirOwnRolesNorManageAnotherAdministrator() throws Exception {
        String fellow = users.newAreaAdmin(DemoUsers.DEMO_AREA);
        String before = checksums();
        for (String target : List.of(areaAdmin, fellow)) {
            UUID id = jdbc.sql("select id from user_account where username = ?").param(target).query(UUID.class).single();
            mvc.perform(post("/admin/accounts/" + id).with(users.as(areaAdmin)).with(csrf()).locale(Locale.ENGLISH)
                            .param("id", id.toString()).param("version", "0").param("displayName", "Ylennetty")
                            .param("roles", "ADMIN").param("roles", "MANAGER").param("areaId", "17").param("enabled", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Only a national administrator manages administrators")));
            mvc.perform(post("/admin/accounts/" + id + "/second-factor").with(users.as(areaAdmin)).with(csrf())
                            .locale(Locale.ENGLISH))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Only a national administrator manages administrators")));
        }
        assertThat(jdbc.sql("select count(*) from account_role r join user_account a on a.id = r.account_id "
                + "where a.username = ? and r.role = 'MANAGER'").param(areaAdmin).query(Integer.class).single()).isZero();
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void aNationalAdministratorCreatesAnAreaAdministrator() throws Exception {
        String username = "new.areaadmin." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/accounts").with(users.as("admin")).with(csrf())
                        .param("id", UUID.randomUUID().toString()).param("username", username)
                        .param("displayName", "Uusi Alueadmin").param("roles", "ADMIN").param("areaId", "5")
                        .param("enabled", "true").param("password", "pitkä ja oma salalause"))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(jdbc.sql("select area_id from user_account where username = ?").param(username)
                .query(Short.class).single()).isEqualTo((short) 5);
    }

    @Test
    void areasAndInstrumentDefinitionsAreNational() throws Exception {
        String before = checksums();
        mvc.perform(get("/admin/areas").with(users.as(areaAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/areas/17").with(users.as(areaAdmin)).with(csrf()).param("version", "0")
                .param("nameFi", "Vallattu").param("nameSv", "Erövrad")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/instruments").with(users.as(areaAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("WHO-5")))
                .andExpect(content().string(not(containsString("name=\"definition\""))));
        mvc.perform(post("/admin/instruments").with(users.as(areaAdmin)).with(csrf()).param("code", "OWN-1")
                .param("definition", "{}")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/instruments").with(users.as("admin")))
                .andExpect(content().string(containsString("name=\"definition\"")));
        assertThat(checksums()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder newAccount(String by, String role, String areaId) {
        return post("/admin/accounts").with(users.as(by)).with(csrf()).locale(Locale.ENGLISH)
                .param("id", UUID.randomUUID().toString()).param("username", "grant." + UUID.randomUUID().toString().substring(0, 6))
                .param("displayName", "Liisa Laine").param("roles", role).param("areaId", areaId)
                .param("enabled", "true").param("password", "sininen laituri aamulla");
    }

    /** Every GET and POST route under /admin whose path has an id (of a record or an area), as [verb, pattern]. */
    private List<String[]> adminRoutesWithAnId() {
        List<String[]> routes = new ArrayList<>();
        handlers.getHandlerMethods().forEach((info, method) -> info.getPathPatternsCondition().getPatternValues()
                .stream().filter(path -> path.startsWith("/admin/") && path.matches(".*\\{(id|areaId)}.*"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> routes.add(new String[] {verb.name(), path}))));
        return routes;
    }

    private String checksums() {
        StringBuilder all = new StringBuilder();
        for (String table : TABLES) {
            all.append(table).append('=').append(checksum.of(table)).append(';');
        }
        return all.toString();
    }
}
