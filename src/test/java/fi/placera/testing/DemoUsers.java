package fi.placera.testing;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo accounts (admin, teamleader, coach1..3, careteam, manager, evaluator) for tests: MockMvc
 * requests as a fully logged-in user, and codes from the demo authenticator secret for real logins.
 */
@Component
public class DemoUsers {

    /** The password of every demo account. */
    public static final String PASSWORD = "demo-kahvi-2026";
    /** The TOTP secret of every demo account. */
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";

    private final UserDetailsService users;
    private final MutableClock clock;
    private final JdbcClient jdbc;

    DemoUsers(UserDetailsService users, MutableClock clock, JdbcClient jdbc) {
        this.users = users;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    /** The request sent by the user, fully logged in, with the form's CSRF token, in Finnish (the default language). */
    public MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return as(username, FINNISH, request);
    }

    /** The request sent by the user, fully logged in, with the form's CSRF token, in the language given. */
    public MockHttpServletRequestBuilder as(String username, Locale language, MockHttpServletRequestBuilder request) {
        return request.with(as(username)).with(SecurityMockMvcRequestPostProcessors.csrf()).locale(language);
    }

    /**
     * A new full-time coach of the demo team with an account, so that a test's clients never fill a
     * shared coach's caseload (at most 20). Returns the account's user name.
     */
    public String newCoach() {
        return newCoachOf(DEMO_TEAM);
    }

    /**
     * A {@link #newCoach()} who signs in as the demo accounts do ({@link #PASSWORD} and the demo authenticator), for a
     * browser walk whose week and caseload must hold only its own clients.
     */
    public String newCoachWhoSignsIn() {
        return signingIn(newCoach());
    }

    /**
     * The account (one a test made, e.g. a member of a {@code TestTeams} team) signs in as the demo accounts do
     * ({@link #PASSWORD} and the demo authenticator), for a browser walk. Returns the user name.
     */
    public String signingIn(String username) {
        jdbc.sql("""
                        update user_account set password_hash = (select password_hash from user_account where username = 'coach1')
                        where username = ?""").param(username).update();
        // the secret as the seed data stores it (a sealed secret only opens for its own account)
        jdbc.sql("insert into mfa_credential (account_id, secret, enrolled_at) select id, ?, now() from user_account where username = ?")
                .params(TOTP_SECRET, username).update();
        return username;
    }

    /** A new coach of a new IPS team in the demo welfare area: someone who must not see the demo team's clients. */
    public String newCoachOfAnotherTeam() {
        UUID team = UUID.randomUUID();
        jdbc.sql("""
                        insert into ips_team (id, area_id, code, name, collaboration_model, version)
                        values (?, 17, ?, 'Toinen tiimi', 'CARE_INTEGRATED', 0)""")
                .params(team, "OTHER-" + team.toString().substring(0, 8).toUpperCase()).update();
        return newCoachOf(team.toString());
    }

    /** A new evaluator named in no study yet (the demo "evaluator" is named in the tests' studies). */
    public String newEvaluator() {
        return newAccountWithoutStaff("evaluator", null, "EVALUATOR");
    }

    private String newAccountWithoutStaff(String prefix, Short areaId, String role) {
        String username = newUsername(prefix);
        newAccount(username, "Uusi Käyttäjä", null, areaId, role);
        return username;
    }

    /**
     * A new member of a care team of the demo area (e.g. Mustasaari, {@code 6a1f0000-0000-4000-8000-000000000102}) with
     * an account of role CARE_TEAM_MEMBER. Returns the account's user name.
     */
    public String newCareTeamMemberOf(String careTeam) {
        String username = newUsername("care");
        UUID staff = newStaffAccount(username, DEMO_AREA, "Testi", "Hoitaja", "Testi Hoitaja", "CARE_TEAM_MEMBER");
        jdbc.sql("insert into care_team_membership (staff_member_id, care_team_id) values (?, ?::uuid)")
                .params(staff, careTeam).update();
        return username;
    }

    /** Attaches the user's staff member to a care team, as an administrator does (a coach attends its meetings). */
    public void attachToCareTeam(String username, String careTeam) {
        jdbc.sql("""
                        insert into care_team_membership (staff_member_id, care_team_id)
                        select staff_member_id, ?::uuid from user_account where username = ?""")
                .params(careTeam, username).update();
    }

    /** A new team leader of another welfare area: someone who must not reach anything of area 17. */
    public String newTeamLeaderOfAnotherArea() {
        return newStaffOfAnotherArea("TEAM_LEADER");
    }

    /** A new manager of another welfare area: their own area's steering groups and reports, never area 17's. */
    public String newManagerOfAnotherArea() {
        return newStaffOfAnotherArea("MANAGER");
    }

    private String newStaffOfAnotherArea(String role) {
        String username = newUsername("far");
        newStaffAccount(username, OTHER_AREA, "Kaukainen", "Vetäjä", "Kaukainen", role);
        return username;
    }

    private String newCoachOf(String team) {
        String username = newUsername("coach");
        UUID staff = newStaffAccount(username, DEMO_AREA, "Testi", "Valmentaja " + username, "Testi Valmentaja", "COACH");
        jdbc.sql("insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte) values (?, ?::uuid, 'COACH', 1)")
                .params(staff, team).update();
        return username;
    }

    private static String newUsername(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A staff member of the area with an account of one role (e-mail: the user name at example.fi); their id. */
    private UUID newStaffAccount(String username, short areaId, String firstName, String lastName, String displayName,
            String role) {
        UUID staff = UUID.randomUUID();
        jdbc.sql("insert into staff_member (id, area_id, first_name, last_name, email, version) values (?, ?, ?, ?, ?, 0)")
                .params(staff, areaId, firstName, lastName, username + "@example.fi").update();
        newAccount(username, displayName, staff, areaId, role);
        return staff;
    }

    /** An account of one role without a password (tests send requests as it), of a staff member or of none. */
    private void newAccount(String username, String displayName, UUID staffMemberId, Short areaId, String role) {
        UUID account = UUID.randomUUID();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, staff_member_id, area_id, version)
                        values (?, ?, ?, 'none', ?, ?, 0)""")
                .params(account, username, displayName, staffMemberId, areaId).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(account, role).update();
    }

    /**
     * A new client (of a team of their own, no coach, so that no team figure changes) with a client account linked
     * to them, as an invitation makes one.
     * Returns the account's user name; its password is {@link #PASSWORD} (no authenticator enrolled).
     */
    public String newClientAccount() {
        UUID client = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        String username = "client." + client.toString().substring(0, 8);
        UUID team = UUID.randomUUID();
        jdbc.sql("""
                        insert into ips_team (id, area_id, code, name, collaboration_model, version)
                        values (?, 17, ?, 'Asiakkaan tiimi', 'CARE_INTEGRATED', 0)""")
                .params(team, "CL-" + team.toString().substring(0, 8).toUpperCase()).update();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id, version)
                        values (?, 17, 'Testi', 'Asiakas', 'fi', ?, 0)""")
                .params(client, team).update();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, area_id, version)
                        select ?, ?, 'Testi', password_hash, 17, 0 from user_account where username = 'coach1'""")
                .params(account, username).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'CLIENT')").param(account).update();
        jdbc.sql("insert into client_account (account_id, client_id, area_id, created_at) values (?, ?, 17, now())")
                .params(account, client).update();
        return username;
    }

    /** Another welfare area than the demo one (Varsinais-Suomi), for an administrator who must not reach area 17. */
    public static final short OTHER_AREA = 5;
    /** The demo welfare area (Pohjanmaa). */
    public static final short DEMO_AREA = 17;
    /** A coach account of the demo area that tests may reset and end sessions of (the route matrix does). */
    public static final String SPARE_ACCOUNT = "6a1f0000-0000-4000-8000-000000000399";

    /**
     * A new administrator of a welfare area (ADMIN with an area; the demo admin is national). Returns the user name;
     * the password is {@link #PASSWORD} and the authenticator secret {@link #TOTP_SECRET}, as for the demo accounts.
     */
    public String newAreaAdmin(short areaId) {
        UUID account = UUID.randomUUID();
        String username = "areaadmin." + account.toString().substring(0, 8);
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, area_id, version)
                        select ?, ?, 'Alueen Pääkäyttäjä', password_hash, ?, 0 from user_account where username = 'admin'""")
                .params(account, username, areaId).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'ADMIN')").param(account).update();
        jdbc.sql("insert into mfa_credential (account_id, secret, enrolled_at) values (?, ?, now())")
                .params(account, TOTP_SECRET).update();
        return username;
    }

    /** Makes sure {@link #SPARE_ACCOUNT} exists (a coach of the demo area nobody signs in as). */
    public String spareAccount() {
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, area_id, version)
                        values (?::uuid, 'spare.coach', 'Vara Valmentaja', 'none', 17, 0) on conflict do nothing""")
                .param(SPARE_ACCOUNT).update();
        jdbc.sql("insert into account_role (account_id, role) values (?::uuid, 'COACH') on conflict do nothing")
                .param(SPARE_ACCOUNT).update();
        return SPARE_ACCOUNT;
    }

    /** Moves the clock to a fresh 30-second step (codes are single-use) and returns that step's code. */
    public String nextTotpCode() {
        clock.advance(Duration.ofSeconds(30));
        return codeAt(clock.instant().getEpochSecond() / 30);
    }

    public String codeAt(long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(TOTP_SECRET, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public MutableClock clock() {
        return clock;
    }
}
