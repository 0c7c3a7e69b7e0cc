package fi.placera.testing;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clients of the demo team (area 17) written straight into the tables, for page tests that need a client in a given
 * state without walking the journey first: the agreement, a plan, consents to the Vaasa care team, and a client
 * account with the demo password and authenticator (as if enrolled). Each call makes a new client.
 */
@Component
public class DemoClients {

    public static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    public static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";
    private static final String AGREED_ON = "2026-01-02";

    private final JdbcClient jdbc;

    DemoClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A client of the demo team in the language given, with the cooperation agreement signed on paper. */
    public UUID withAgreement(String firstName, String lastName, String language) {
        UUID client = UUID.randomUUID();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id, version)
                        values (?, 17, ?, ?, ?, ?::uuid, 0)""")
                .params(client, firstName, lastName, language, DEMO_TEAM).update();
        jdbc.sql("""
                        insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, recorded_by)
                        values (?, ?, 17, ?::date, 'PAPER_SIGNATURE', ?)""")
                .params(UUID.randomUUID(), client, AGREED_ON, teamLeader()).update();
        return client;
    }

    /** The client's action plan. */
    public void plan(UUID client, String goals, String steps) {
        jdbc.sql("""
                        insert into action_plan (id, client_id, area_id, started_on, goals, steps, version)
                        values (?, ?, 17, ?::date, ?, ?, 0)""")
                .params(UUID.randomUUID(), client, AGREED_ON, goals, steps).update();
    }

    /** The client's consents to the Vaasa care team, one per kind of information (e.g. IDENTITY, ACTION_PLAN). */
    public void consentToTheCareTeam(UUID client, String... kinds) {
        for (String kind : kinds) {
            jdbc.sql("""
                            insert into consent (id, client_id, area_id, party_type, party_id, kind, valid_from,
                                                 given_at, recorded_by)
                            values (?, ?, 17, 'CARE_TEAM', ?::uuid, ?, ?::date, now(), ?)""")
                    .params(UUID.randomUUID(), client, CARE_VAASA, kind, AGREED_ON, teamLeader()).update();
        }
    }

    /** The client's own account; the user name is the prefix and the start of the client's id. */
    public String account(UUID client, String usernamePrefix, String displayName) {
        UUID account = UUID.randomUUID();
        String username = usernamePrefix + "." + client.toString().substring(0, 8);
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, area_id, version)
                        select ?, ?, ?, password_hash, 17, 0 from user_account where username = 'coach1'""")
                .params(account, username, displayName).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'CLIENT')").param(account).update();
        jdbc.sql("insert into client_account (account_id, client_id, area_id, created_at) values (?, ?, 17, now())")
                .params(account, client).update();
        jdbc.sql("insert into mfa_credential (account_id, secret, enrolled_at) values (?, ?, now())")
                .params(account, DemoUsers.TOTP_SECRET).update();
        return username;
    }

    private UUID teamLeader() {
        return jdbc.sql("select id from user_account where username = 'teamleader'").query(UUID.class).single();
    }
}
