package fi.placera.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An earlier episode's coach in the outcome report is the coach of that episode (issue 24 §3, decision 0082): a
 * client who came back with another coach does not move the first episode's served client, and with it the coach's
 * employer contacts, to today's coach.
 */
@PlaceraIT
class EpisodeCoachIT {

    @Autowired TestTeams teams;
    @Autowired Employers employers;
    @Autowired Outcomes outcomes;
    @Autowired JdbcClient jdbc;

    @Test
    void theFirstEpisodesCoachAndContactsCountForItsPeriodAfterTheClientCameBackWithAnotherCoach() throws Exception {
        TestTeams.Team team = teams.create("Jaksotiimi");
        String first = team.member("Ensimmäinen", "COACH", "1");
        String second = team.member("Toinen", "COACH", "1");
        String leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        UUID employer = employers.register((short) 17, new Employer.Details("Jakso " + team.id(), null, null, null,
                null, null, null)).id();
        UUID client = team.client(first, "Palaaja");
        String record = "/clients/" + client;
        team.send(first, record + "/agreement", "agreedOn", team.day(300), "howAgreed", "PAPER_SIGNATURE");
        team.send(first, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(250),
                "mode", "FACE_TO_FACE", "purpose", "GENERAL_JOB_DEVELOPMENT");
        team.send(first, record + "/service/end", "serviceEndedOn", team.day(200), "serviceEndReason", "CLIENT_CHOICE",
                "serviceEndDestination", "OTHER", "serviceEndNote", "Tauko");
        team.send(first, record + "/referral/again", "source", "SELF", "referredOn", team.day(150));
        team.send(leader, record + "/coach", "coachStaffId", team.staffMemberOf(second).toString());
        team.send(second, record + "/agreement", "agreedOn", team.day(140), "howAgreed", "PAPER_SIGNATURE");

        assertThat(jdbc.sql("select coach_staff_id from clients_facts_episode where client_id = ? order by episode")
                .param(client).query(UUID.class).list())
                .containsExactly(team.staffMemberOf(first), team.staffMemberOf(second));
        assertThat(jdbc.sql("select episode from clients_facts_episode where client_id = ? order by enrolled_on")
                .param(client).query(Integer.class).list()).isEqualTo(List.of(1, 2));

        // the first episode's period: one client served, by the first coach, whose one contact counts
        Outcomes.Outcome firstEpisode = outcomes.of(Outcomes.Scope.team(team.id()), team.today().minusDays(290),
                team.today().minusDays(210));
        assertThat(firstEpisode.served()).isOne();
        assertThat(firstEpisode.coaches()).isOne();
        assertThat(firstEpisode.employerContacts()).isOne();
    }
}
