package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages that name the clients behind their rows (an employer's contacts, the coach's care-team meetings and agency
 * contacts) read only those clients, and only of the reader's own teams; their client choice lists only clients
 * whose service goes on. Each read is a row in the client's access log, which the client reads: a page must not put
 * itself in the log of everyone the team ever served, nor a refusal in the log of another team's client.
 */
@PlaceraIT
class NamedClientsIT {

    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Employers employers;
    @Autowired TestTeams teams;

    @Test
    void aPageReadsOnlyTheClientsItNamesOfTheReadersTeams() throws Exception {
        TestTeams.Team team = teams.create("Nimetyt");
        TestTeams.Team other = teams.create("Toiset");
        String coach = team.member("Aalto", "COACH", "1");
        String otherCoach = other.member("Berg", "COACH", "1");
        UUID employer = employers.register((short) 17, new Employer.Details("Nimetyt " + team.id(), null, null, null,
                null, null, null)).id();

        UUID named = team.client(coach, "Nimetty");
        team.send(coach, "/clients/" + named + "/agreement", "agreedOn", team.day(40), "howAgreed", "PAPER_SIGNATURE");
        team.employerConsent(coach, named, employer, 40);
        team.send(coach, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(3),
                "mode", "FACE_TO_FACE", "purpose", "ABOUT_CLIENT", "clientId", named.toString());
        team.send(coach, "/clients/" + named + "/consents", "party", "EMPLOYMENT_SERVICES", "kind", "EMPLOYMENT",
                "validFrom", team.day(40));
        team.send(coach, "/meetings/agencies", "key", UUID.randomUUID().toString(), "clientId", named.toString(),
                "agency", "EMPLOYMENT_SERVICES", "mode", "MEETING", "contactedOn", team.day(1), "note", "Palkkatuki");
        team.send(coach, "/clients/" + named + "/consents", "party", "CARE_TEAM:" + CARE_VAASA, "kind",
                "SERVICE_RECORD", "validFrom", team.day(40));
        team.send(coach, "/meetings", "key", UUID.randomUUID().toString(), "careTeamId", CARE_VAASA,
                "heldOn", team.day(2), "coachAttended", "true", "itemClientId", named.toString(), "itemNote", "Kuulumiset");
        UUID quiet = team.client(coach, "Hiljainen");
        UUID ended = team.client(coach, "Paattynyt");
        team.send(coach, "/clients/" + ended + "/agreement", "agreedOn", team.day(30), "howAgreed", "PAPER_SIGNATURE");
        team.send(coach, "/clients/" + ended + "/service/end", "serviceEndedOn", team.day(1), "serviceEndReason",
                "CLIENT_CHOICE", "serviceEndDestination", "OTHER", "serviceEndNote", "Muuttaa");
        UUID othersClient = other.client(otherCoach, "Toisen");
        other.send(otherCoach, "/clients/" + othersClient + "/agreement", "agreedOn", team.day(40), "howAgreed",
                "PAPER_SIGNATURE");
        other.employerConsent(otherCoach, othersClient, employer, 40);
        other.send(otherCoach, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(2),
                "mode", "FACE_TO_FACE", "purpose", "ABOUT_CLIENT", "clientId", othersClient.toString());
        // the access log is append-only: only what the pages below write counts
        long before = jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();

        Document employerPage = page(coach, "/employers/" + employer);
        assertThat(employerPage.text()).contains("T Nimetty").doesNotContain("Toisen");
        assertThat(employerPage.select("#clientId option").eachAttr("value"))
                .contains(named.toString(), quiet.toString()).doesNotContain(ended.toString());
        assertThat(page(coach, "/meetings/agencies").text()).contains("T Nimetty");
        assertThat(page(coach, "/meetings").text()).contains("T Nimetty: Kuulumiset");

        assertThat(readsOf(before, coach, "employer page")).containsExactly(named);
        assertThat(readsOf(before, coach, "agency contacts")).containsExactly(named);
        assertThat(readsOf(before, coach, "care-team meeting")).containsExactly(named);
        // the choice lists: three pages, the two clients in service each time, never the ended one
        assertThat(readsOf(before, coach, "caseload list")).containsOnly(named, quiet).hasSize(6);
        assertThat(jdbc.sql("select count(*) from access_log where id > ? and username = ? and client_id in (?, ?)")
                .params(before, coach, othersClient, ended).query(Integer.class).single()).isZero();
    }

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(users.as(user)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
    }

    private List<UUID> readsOf(long after, String user, String purpose) {
        return jdbc.sql("""
                        select client_id from access_log
                        where id > ? and username = ? and purpose = ? and outcome = 'GRANTED'""")
                .params(after, user, purpose).query(UUID.class).list();
    }
}
