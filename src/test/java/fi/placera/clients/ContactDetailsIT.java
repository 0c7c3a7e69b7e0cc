package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.audit.RecordRevisions;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A client's contact details (issue 24 §7, decision 0078): the team records them with the client's permission per
 * channel, a change keeps what it replaced with a reason, only the client's team writes them (not another team, not
 * emergency access), and the client sees them on their own pages and turns a channel off, after which notifications
 * have no such channel to use.
 */
@PlaceraIT
class ContactDetailsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired RecordRevisions revisions;

    private ResultActions record(String user, UUID client, String... params) throws Exception {
        var request = post("/clients/" + client + "/contact");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(users.as(user, request));
    }

    private List<String> channels(UUID client) {
        return jdbc.sql("select channel from clients_facts_contact_channel where client_id = ? order by channel")
                .param(client).query(String.class).list();
    }

    @Test
    void theTeamRecordsThemAndAChangeKeepsWhatItReplacedWithAReason() throws Exception {
        TestTeams.Team team = teams.create("Yhteystiimi");
        String coach = team.member("Valmentaja", "COACH", "0.50");
        UUID client = team.client(coach, "Yhteys");
        String record = "/clients/" + client + "/referral";

        record(coach, client, "phone", "soita minulle").andExpect(status().isOk())
                .andExpect(content().string(containsString("Kirjoita puhelinnumero numeroin")));
        record(coach, client, "emailAllowed", "true").andExpect(status().isOk())
                .andExpect(content().string(containsString("Kanavan voi sallia vain")));
        assertThat(channels(client)).isEmpty();

        record(coach, client, "phone", "040 123 4567", "email", "yhteys@example.fi", "emailAllowed", "true")
                .andExpect(redirectedUrl(record));
        assertThat(channels(client)).containsExactly("EMAIL");
        mvc.perform(get(record).with(users.as(coach))).andExpect(content().string(containsString("yhteys@example.fi")));

        record(coach, client, "email", "uusi@example.fi", "emailAllowed", "true", "phoneAllowed", "true",
                "phone", "040 123 4567").andExpect(status().isOk())
                .andExpect(content().string(containsString("Kirjoita, miksi")));
        record(coach, client, "email", "uusi@example.fi", "emailAllowed", "true", "phone", "040 123 4567",
                "phoneAllowed", "true", "reason", "Asiakas vaihtoi osoitetta").andExpect(redirectedUrl(record));
        assertThat(channels(client)).containsExactly("EMAIL", "SMS");
        List<RecordRevisions.Revision> kept = revisions.ofClient("CONTACT_DETAILS", client);
        assertThat(kept).singleElement().satisfies(revision -> {
            assertThat(revision.reason()).isEqualTo("Asiakas vaihtoi osoitetta");
            assertThat(revision.previous()).containsExactlyInAnyOrder(
                    new RecordRevisions.Previous("email", "yhteys@example.fi"),
                    new RecordRevisions.Previous("phoneAllowed", "false"));
        });
        mvc.perform(get(record).with(users.as(coach)))
                .andExpect(content().string(containsString("Asiakas vaihtoi osoitetta")));
        // recording them is an access decision, logged with its purpose (which the client reads in words)
        assertThat(jdbc.sql("select count(*) from access_log where client_id = ? and purpose = 'contact details'")
                .param(client).query(Integer.class).single()).isPositive();
    }

    @Test
    void onlyTheClientsTeamWritesThemNeverAnotherTeamOrEmergencyAccess() throws Exception {
        TestTeams.Team team = teams.create("Oma yhteystiimi");
        String coach = team.member("Oma", "COACH", "0.50");
        UUID client = team.client(coach, "Vieras");
        TestTeams.Team otherTeam = teams.create("Vieras yhteystiimi");
        String otherLeader = otherTeam.member("Vieras vetäjä", "TEAM_LEADER", "0.01");

        record(otherLeader, client, "email", "kaappaus@example.fi", "emailAllowed", "true")
                .andExpect(status().isNotFound());
        mvc.perform(users.as(otherLeader, post("/clients/" + client + "/emergency")
                .param("reason", "Kriisi, valmentaja ei tavoitettavissa"))).andExpect(redirectedUrl("/clients/" + client));
        record(otherLeader, client, "email", "kaappaus@example.fi", "emailAllowed", "true")
                .andExpect(status().isNotFound());
        mvc.perform(users.as(coach, post("/clients/not-a-uuid/contact").param("email", "x@example.fi")))
                .andExpect(status().is4xxClientError());
        record(coach, UUID.randomUUID(), "email", "x@example.fi").andExpect(status().isNotFound());
        assertThat(channels(client)).isEmpty();
    }

    @Test
    void theClientSeesThemAndTurnsAChannelOff() throws Exception {
        String me = users.newClientAccount();
        UUID client = jdbc.sql("""
                        select c.client_id from client_account c join user_account a on a.id = c.account_id
                        where a.username = ?""").param(me).query(UUID.class).single();
        jdbc.sql("""
                        insert into client_contact (client_id, area_id, phone, email, phone_allowed, email_allowed,
                            recorded_at, recorded_by)
                        values (?, 17, '040 765 4321', 'oma@example.fi', true, true, now(), ?)""")
                .params(client, UUID.randomUUID()).update();

        mvc.perform(get("/me/consents").with(users.as(me)))
                .andExpect(content().string(containsString("oma@example.fi")))
                .andExpect(content().string(containsString("/me/contact/EMAIL/off")));
        mvc.perform(users.as(me, post("/me/contact/EMAIL/off")))
                .andExpect(redirectedUrl("/me/consents?turnedOff#contact-heading"));
        assertThat(channels(client)).containsExactly("SMS");
        mvc.perform(get("/me/consents").with(users.as(me)))
                .andExpect(content().string(not(containsString("/me/contact/EMAIL/off"))));
        mvc.perform(users.as(me, post("/me/contact/WHATSAPP/off"))).andExpect(status().isNotFound());
        // staff cannot turn a client's channel off on the client's behalf through the client's pages
        mvc.perform(users.as("coach1", post("/me/contact/PHONE/off"))).andExpect(status().isForbidden());
        assertThat(channels(client)).containsExactly("SMS");
    }
}
