package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.placera.consent.Consents;
import fi.placera.platform.command.Commands;
import fi.placera.platform.facts.KeptFacts;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clients' episodes and phases kept as tables (issue 25 §1, decision 0087) stay what their definitions over the
 * records say after every kind of change that feeds them, made through the pages: registration, referral, enrolment,
 * another coach, service end, re-entry, a new episode, a move to another team, a handover to another area, a referral
 * that ends. After each, {@code placera verify-facts} finds no difference; a damaged row is found.
 */
@PlaceraIT
class FactsKeptCurrentIT {

    private static final short RECEIVING_AREA = 5;

    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired Commands commands;
    @Autowired List<KeptFacts> keptFacts;
    @Autowired Consents consents;

    private TestTeams.Team team;
    private String leader;
    private String coach;

    @BeforeEach
    void aTeam() {
        team = teams.create("Faktatiimi");
        leader = team.member("Faktavetäjä", "TEAM_LEADER", "1");
        coach = team.member("Faktavalmentaja", "COACH", "1");
    }

    @Test
    void everyChangeOfAClientsEpisodesLeavesTheKeptFactsAsTheRecordsSay() throws Exception {
        UUID client = team.client(coach, "Jaksoton");
        String record = "/clients/" + client;
        assertCurrent();

        team.send(coach, record + "/referral", "source", "SELF", "referredOn", team.day(300));
        assertThat(phase(client)).containsEntry("phase", "REFERRED").containsEntry("since", daysAgo(300));
        assertCurrent();

        team.send(coach, record + "/agreement", "agreedOn", team.day(290), "howAgreed", "PAPER_SIGNATURE");
        assertThat(phase(client)).containsEntry("phase", "ENROLLED");
        assertThat(episodes(client)).singleElement().satisfies(e -> assertThat(e).containsEntry("enrolled_on",
                daysAgo(290)).containsEntry("coach_staff_id", team.staffMemberOf(coach)));
        assertCurrent();

        int version = jdbc.sql("select version from client where id = ?").param(client).query(Integer.class).single();
        team.send(coach, record + "/details/correct", "version", String.valueOf(version), "correctedFirstName", "T",
                "correctedLastName", "Korjattu", "correctedIdentityCode", "", "correctedLanguage", "fi",
                "detailsReason", "Nimi väärin");
        assertThat(jdbc.sql("select last_name from client where id = ?").param(client).query(String.class).single())
                .isEqualTo("Korjattu");
        assertCurrent();

        String second = team.member("Toinen faktavalmentaja", "COACH", "1");
        team.send(leader, record + "/coach", "coachStaffId", team.staffMemberOf(second).toString());
        assertThat(episodes(client)).singleElement().satisfies(e -> assertThat(e).containsEntry("coach_staff_id",
                team.staffMemberOf(second)));
        assertCurrent();

        endService(second, client, 200);
        assertThat(phase(client)).containsEntry("phase", "ENDED");
        assertThat(episodes(client)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("exit_on", daysAgo(200)));
        assertCurrent();

        team.send(second, record + "/service/reentry", "reenteredOn", team.day(190));
        assertThat(phase(client)).containsEntry("phase", "ENROLLED");
        assertThat(episodes(client)).singleElement().satisfies(e -> assertThat(e).containsEntry("exit_on", null));
        assertCurrent();

        endService(second, client, 150);
        team.send(second, record + "/referral/again", "source", "SELF", "referredOn", team.day(100));
        assertThat(phase(client)).containsEntry("phase", "REFERRED");
        assertThat(episodes(client)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("until_on", daysAgo(100)));
        assertCurrent();

        team.send(second, record + "/agreement", "agreedOn", team.day(90), "howAgreed", "PAPER_SIGNATURE");
        assertThat(episodes(client)).extracting(e -> e.get("episode")).containsExactly(1L, 2L);
        assertCurrent();

        TestTeams.Team receiving = teams.create("Vastaanottava faktatiimi");
        String receivingLeader = receiving.member("Vastaanottava vetäjä", "TEAM_LEADER", "1");
        String receivingCoach = receiving.member("Vastaanottava valmentaja", "COACH", "1");
        team.send(leader, record + "/transfer", "toTeamId", receiving.id().toString(), "transferNote", "Muuttaa");
        UUID transfer = jdbc.sql("select id from team_transfer where client_id = ?").param(client).query(UUID.class)
                .single();
        receiving.send(receivingLeader, "/team/transfers/" + transfer + "/accept", "coachStaffId",
                receiving.staffMemberOf(receivingCoach).toString());
        assertThat(episodes(client)).extracting(e -> e.get("ips_team_id")).containsOnly(receiving.id());
        assertCurrent();

        receiving.send(receivingCoach, record + "/consents", "party", "WELFARE_AREA:VARS", "validFrom",
                receiving.day(1), "kind", "IDENTITY", "kind", "SERVICE_RECORD");
        UUID otherArea = teams.create("Toisen alueen faktatiimi", RECEIVING_AREA).id();
        receiving.send(receivingLeader, record + "/handover", "handoverTeamId", otherArea.toString(),
                "areaHandoverNote", "Muuttaa toiselle alueelle");
        assertThat(phase(client)).containsEntry("phase", "ENDED");
        UUID arrived = jdbc.sql("select id from client where ips_team_id = ?").param(otherArea).query(UUID.class)
                .single();
        assertThat(phase(arrived)).containsEntry("phase", "REFERRED");
        assertCurrent();
    }

    @Test
    void aReferralThatEndsBeforeEnrolmentIsKeptAsNotEnrolled() throws Exception {
        UUID client = team.client(coach, "Päättyvä");
        team.send(coach, "/clients/" + client + "/referral", "source", "SELF", "referredOn", team.day(20));
        team.send(coach, "/clients/" + client + "/referral/end", "endReason", "CLIENT_CHOICE");
        assertThat(phase(client)).containsEntry("phase", "NOT_ENROLLED");
        assertThat(episodes(client)).isEmpty();
        assertCurrent();
    }

    /** The tracker import records an agreement through consent alone: consent's own trigger refreshes the facts. */
    @Test
    void anAgreementFromATrackerIsKeptByConsentsOwnTrigger() throws Exception {
        UUID client = team.client(coach, "Seurannasta");
        team.send(coach, "/clients/" + client + "/referral", "source", "SELF", "referredOn", team.day(60));
        UUID account = jdbc.sql("select id from user_account where username = ?").param(coach).query(UUID.class)
                .single();
        assertThat(consents.recordFromTracker(List.of(new Consents.TrackerAgreement(client, (short) 17,
                team.today().minusDays(50), true, account)))).isOne();
        assertThat(phase(client)).containsEntry("phase", "ENROLLED").containsEntry("since", daysAgo(50));
        assertThat(episodes(client)).singleElement().satisfies(e -> assertThat(e).containsEntry("enrolled_on",
                daysAgo(50)));
        assertCurrent();
    }

    @Test
    void aDamagedOrMissingFactRowIsReportedWithItsClient() throws Exception {
        UUID client = team.client(coach, "Vaurio");
        team.send(coach, "/clients/" + client + "/referral", "source", "SELF", "referredOn", team.day(30));
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(20), "howAgreed", "PAPER_SIGNATURE");
        assertCurrent();
        try {
            jdbc.sql("update clients_facts_phase set phase = 'REFERRED' where client_id = ?").param(client).update();
            jdbc.sql("delete from clients_facts_episode where client_id = ?").param(client).update();

            assertThat(commands.run(new String[] {"verify-facts"}, System.out)).isOne();
            assertThat(differences()).filteredOn(d -> client.equals(d.clientId()))
                    .extracting(KeptFacts.Difference::fact, KeptFacts.Difference::difference)
                    .containsExactlyInAnyOrder(
                            tuple("clients_facts_episode", "in the records but not kept"),
                            tuple("clients_facts_phase", "kept but not in the records"),
                            tuple("clients_facts_phase", "in the records but not kept"));
        } finally {
            // the damage is this test's own: repaired as the triggers would, so other tests find the facts current
            jdbc.sql("select clients_facts_refresh(array[?::uuid])").param(client).query().listOfRows();
        }
        assertCurrent();
    }

    private void endService(String user, UUID client, int daysAgo) throws Exception {
        team.send(user, "/clients/" + client + "/service/end", "serviceEndedOn", team.day(daysAgo),
                "serviceEndReason", "CLIENT_CHOICE", "serviceEndDestination", "OTHER", "serviceEndNote", "Tauko");
    }

    private void assertCurrent() throws Exception {
        assertThat(differences()).isEmpty();
        assertThat(commands.run(new String[] {"verify-facts"}, System.out)).isZero();
    }

    private List<KeptFacts.Difference> differences() {
        return keptFacts.stream().flatMap(facts -> facts.differences().stream()).toList();
    }

    private Map<String, Object> phase(UUID client) {
        return jdbc.sql("select phase, since from clients_facts_phase where client_id = ?").param(client).query()
                .singleRow();
    }

    private List<Map<String, Object>> episodes(UUID client) {
        return jdbc.sql("""
                        select enrolled_on, coach_staff_id, ips_team_id, exit_on, until_on, episode
                        from clients_facts_episode where client_id = ? order by episode""")
                .param(client).query().listOfRows();
    }

    private java.sql.Date daysAgo(int days) {
        return java.sql.Date.valueOf(team.today().minusDays(days));
    }
}
