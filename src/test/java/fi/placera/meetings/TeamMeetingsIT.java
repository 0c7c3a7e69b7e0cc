package fi.placera.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The IPS team's meetings: the agenda from the caseloads, meetings that never overlap, contacts with agencies. */
@PlaceraIT
class TeamMeetingsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired Employers employers;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(users.as(user)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theAgendaIsBuiltFromTheTeamsCaseloads() throws Exception {
        TestTeams.Team team = teams.create("Agendatiimi");
        String coach = team.member("Aalto", "COACH", "1");
        String leader = team.member("Lehto", "TEAM_LEADER", "1");
        UUID employer = employers.register((short) 17, new Employer.Details("Agenda Oy " + team.id(), null, null, null,
                null, null, null)).id();
        UUID referred = team.client(coach, "Uusi");
        team.send(coach, "/clients/" + referred + "/referral", "source", "SELF", "referredOn", team.day(3));
        UUID oldReferral = team.client(coach, "Vanha");
        team.send(coach, "/clients/" + oldReferral + "/referral", "source", "SELF", "referredOn", team.day(20));
        UUID quiet = team.client(coach, "Hiljainen");
        team.send(coach, "/clients/" + quiet + "/agreement", "agreedOn", team.day(40), "howAgreed", "PAPER_SIGNATURE");
        UUID working = team.client(coach, "Tyossa");
        team.send(coach, "/clients/" + working + "/agreement", "agreedOn", team.day(60), "howAgreed", "PAPER_SIGNATURE");
        team.employerConsent(coach, working, employer, 60);
        team.send(coach, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(10),
                "mode", "FACE_TO_FACE", "purpose", "ABOUT_CLIENT", "clientId", working.toString());
        team.send(coach, "/clients/" + working + "/jobs", "employerId", employer.toString(), "jobStartedOn", team.day(2),
                "hoursPerWeek", "20", "wageBasis", "HOURLY", "contractType", "PERMANENT", "competitive", "true");

        Document agenda = page(leader, "/meetings/team?team=" + team.id());
        assertThat(agenda.select("#agenda-NEW_REFERRAL + ul li").eachText())
                .containsExactly("T Uusi – Testi Aalto, " + team.day(3));
        assertThat(agenda.select("#agenda-NO_EMPLOYER_CONTACT").text()).isEqualTo("Ei työnantajakontaktia 30 päivään (1)");
        assertThat(agenda.select("#agenda-NO_EMPLOYER_CONTACT + ul li").eachText())
                .containsExactly("T Hiljainen – Testi Aalto, ei koskaan");
        assertThat(agenda.select("#agenda-JOB_START + ul li").eachText())
                .containsExactly("T Tyossa – Testi Aalto, " + team.day(2));
        assertThat(agenda.select("#agenda-JOB_END + ul li").eachText()).containsExactly("Ei tällä viikolla.");
        // the job began two days ago and was recorded today: the contacts within three days after the start and a
        // week after it; the one before the start can no longer be met and is not applicable (decision 0062)
        assertThat(agenda.select("#agenda-SUPPORT_DUE + ul li").eachText()).hasSize(2)
                .allMatch(line -> line.startsWith("T Tyossa – Testi Aalto"));

        String stranger = users.newCoachOfAnotherTeam();
        mvc.perform(get("/meetings/team?team=" + team.id()).with(users.as(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void meetingsOfATeamNeverOverlapAndAreRecordedOnceWithTheirActionPlan() throws Exception {
        TestTeams.Team team = teams.create("Kokoustiimi");
        String coach = team.member("Berg", "COACH", "1");
        String leader = team.member("Laine", "TEAM_LEADER", "1");
        UUID coachId = team.staffMemberOf(coach);
        String today = team.day(0);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(meeting(leader, team, key, "TEAM_WEEKLY", today, "9.00", "10:00")
                            .param("attendees", coachId.toString()).param("decisions", "Jaetaan työpaikkavihjeet")
                            .param("action", "Soita Kahvila Oy:lle", "").param("actionOwner", coachId.toString(), "")
                            .param("actionDueOn", team.day(-7), ""))
                    .andExpect(redirectedUrl("/meetings/team?saved&team=" + team.id()));
        }
        assertThat(jdbc.sql("select count(*) from team_meeting where ips_team_id = ?").param(team.id())
                .query(Integer.class).single()).isEqualTo(1);

        String before = checksum.of("team_meeting") + checksum.of("team_meeting_action");
        Document overlap = Jsoup.parse(mvc.perform(meeting(coach, team, UUID.randomUUID().toString(), "GROUP_SUPERVISION",
                today, "9.30", "11.00").param("notes", "Työnohjauksen muistiinpanot")).andReturn().getResponse()
                .getContentAsString());
        assertThat(overlap.getElementById("startsAt-error").text())
                .isEqualTo("Tiimillä on jo kokous samaan aikaan (Tiimin viikkokokous klo 09:00): valitse toinen aika.");
        assertThat(overlap.getElementById("notes").text()).isEqualTo("Työnohjauksen muistiinpanot");
        assertThat(error(meeting(coach, team, UUID.randomUUID().toString(), "TEAM_WEEKLY", today, "13.00", "12.00"), "endsAt"))
                .isEqualTo("Kokouksen on päätyttävä alkamisen jälkeen.");
        assertThat(error(meeting(coach, team, UUID.randomUUID().toString(), "TEAM_WEEKLY", today, "25.99", "26.00"), "startsAt"))
                .startsWith("Anna kellonaika");
        assertThat(error(meeting(coach, team, UUID.randomUUID().toString(), "KELA", team.day(-3), "13.00", "14.00")
                .param("attendees", coachId.toString()), "heldOn")).startsWith("Kokous on tulevana päivänä");
        assertThat(error(meeting(coach, team, UUID.randomUUID().toString(), "STEERING_GROUP", today, "13.00", "14.00"),
                "kind")).as("the steering group keeps its own meetings").startsWith("Ohjausryhmän kokoukset kirjataan");
        assertThat(error(meeting(coach, team, UUID.randomUUID().toString(), "GROUP_SUPERVISION", today, "13.00", "14.00")
                .param("action", "Raportti").param("actionOwner", team.staffMemberOf(leader).toString())
                .param("actionDueOn", team.day(1)), "actionDueOn"))
                .startsWith("Toimenpiteen määräpäivä ei voi olla ennen kokousta");
        assertThat(checksum.of("team_meeting") + checksum.of("team_meeting_action")).isEqualTo(before);

        mvc.perform(meeting(coach, team, UUID.randomUUID().toString(), "EMPLOYMENT_SERVICES", team.day(-3), "13.00", "14.00")
                .param("otherParticipants", "Työllisyyspalvelujen yhteyshenkilö")).andExpect(status().is3xxRedirection());
        Document list = page(coach, "/meetings/team?team=" + team.id());
        assertThat(list.select("#team-meetings tbody tr").eachText()).containsExactly(
                team.day(-3) + " (suunniteltu) 13:00–14:00 Kokous työllisyyspalvelujen kanssa · Työllisyyspalvelujen yhteyshenkilö –",
                today + " 09:00–10:00 Tiimin viikkokokous Testi Berg Jaetaan työpaikkavihjeet");
    }

    @Test
    void aChangeOnTopOfAStaleVersionIsRefusedWithTheInputKept() throws Exception {
        TestTeams.Team team = teams.create("Muokkaustiimi");
        String coach = team.member("Cedergren", "COACH", "1");
        mvc.perform(meeting(coach, team, UUID.randomUUID().toString(), "TEAM_WEEKLY", team.day(1), "9.00", "10.00"));
        UUID id = jdbc.sql("select id from team_meeting where ips_team_id = ?").param(team.id()).query(UUID.class).single();
        Document form = page(coach, "/meetings/team/" + id);
        assertThat(form.getElementById("startsAt").val()).isEqualTo("9:00");
        mvc.perform(meeting(coach, team, form.select("input[name=key]").val(), "TEAM_WEEKLY", team.day(1), "9.00", "10.30")
                .param("id", id.toString()).param("version", "0").param("decisions", "Ensimmäinen"))
                .andExpect(status().is3xxRedirection());
        Document stale = Jsoup.parse(mvc.perform(meeting(coach, team, UUID.randomUUID().toString(), "TEAM_WEEKLY",
                        team.day(1), "9.00", "10.00").param("id", id.toString()).param("version", "0")
                        .param("decisions", "Toinen"))
                .andReturn().getResponse().getContentAsString());
        assertThat(stale.select(".alert--error").text()).startsWith("Joku muu tallensi");
        assertThat(stale.getElementById("decisions").text()).isEqualTo("Toinen");
        assertThat(jdbc.sql("select decisions || ' ' || ends_at from team_meeting where id = ?").param(id)
                .query(String.class).single()).isEqualTo("Ensimmäinen 10:30:00");
    }

    @Test
    void aContactWithAnAgencyAboutAClientNeedsTheClientsConsent() throws Exception {
        TestTeams.Team team = teams.create("Virastotiimi");
        String coach = team.member("Dahl", "COACH", "1");
        UUID client = team.client(coach, "Kelalainen");
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(30), "howAgreed", "PAPER_SIGNATURE");
        MockHttpServletRequestBuilder contact = agencyContact(coach, client, "EMPLOYMENT_SERVICES", "",
                "Palkkatuki työnantajalle", team.day(0));
        Document refused = Jsoup.parse(mvc.perform(contact).andReturn().getResponse().getContentAsString());
        assertThat(refused.getElementById("clientId-error").text()).startsWith("Asiakas ei ole antanut suostumusta");
        assertThat(refused.getElementById("note").text()).isEqualTo("Palkkatuki työnantajalle");

        team.send(coach, "/clients/" + client + "/consents", "party", "EMPLOYMENT_SERVICES", "kind", "EMPLOYMENT",
                "validFrom", team.day(30));
        for (int i = 0; i < 2; i++) {
            mvc.perform(contact).andExpect(redirectedUrl("/meetings/agencies?saved"));
        }
        assertThat(jdbc.sql("""
                        select recipient || ' ' || data_kind from access_log
                        where client_id = ? and action = 'DISCLOSURE'""")
                .param(client).query(String.class).list()).containsExactly("EMPLOYMENT_SERVICES EMPLOYMENT");
        assertThat(page(coach, "/clients/" + client + "/record").text())
                .contains("Yhteydenotto viranomaiseen tai organisaatioon", "Palkkatuki työnantajalle");
        assertThat(page(coach, "/meetings/agencies").select("#clientId option[value='']").text())
                .as("the client list's empty choice").isEqualTo("Valitse asiakas");
        assertThat(page(coach, "/meetings/agencies").select("#agency-contacts li").eachText()).containsExactly(
                team.day(0) + ": T Kelalainen – Työllisyyspalvelut, Puhelin: Palkkatuki työnantajalle");
    }

    @Test
    void occupationalHealthAndAnotherNamedOrganisationAreContactedWithTheirOwnConsentAndAreNotCountedInO3() throws Exception {
        TestTeams.Team team = teams.create("Osapuolitiimi");
        String coach = team.member("Berg", "COACH", "1");
        String otherTeamsCoach = teams.create("Vierastiimi").member("Vieras", "COACH", "1");
        UUID client = team.client(coach, "Osapuoli");
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(30), "howAgreed", "PAPER_SIGNATURE");
        MockHttpServletRequestBuilder health = agencyContact(coach, client, "OCCUPATIONAL_HEALTH", "", "Työkyvyn arvio",
                team.day(0));
        assertThat(error(health, "clientId")).as("no consent to occupational health care yet")
                .startsWith("Asiakas ei ole antanut suostumusta");
        team.send(coach, "/clients/" + client + "/consents", "party", "EMPLOYMENT_SERVICES", "kind", "EMPLOYMENT",
                "validFrom", team.day(30));
        assertThat(error(health, "clientId")).as("a consent to employment services is not one to occupational health")
                .startsWith("Asiakas ei ole antanut suostumusta");
        team.send(coach, "/clients/" + client + "/consents", "party", "OCCUPATIONAL_HEALTH", "kind", "EMPLOYMENT",
                "validFrom", team.day(30));
        mvc.perform(health).andExpect(redirectedUrl("/meetings/agencies?saved"));

        MockHttpServletRequestBuilder unnamed = agencyContact(coach, client, "OTHER", " ", "Vertaistukiryhmä",
                team.day(0));
        assertThat(error(unnamed, "organisationName")).as("another organisation must be named").isNotEqualTo("no error shown");
        assertThat(Jsoup.parse(mvc.perform(unnamed).andReturn().getResponse().getContentAsString())
                .getElementById("note").text()).as("what was typed is kept").isEqualTo("Vertaistukiryhmä");
        team.send(coach, "/clients/" + client + "/consents", "party", "OTHER", "partyName", "Klubitalo Helmi",
                "kind", "EMPLOYMENT", "validFrom", team.day(30));
        assertThat(error(agencyContact(coach, client, "OTHER", "Klubitalo Timantti", "Vertaistukiryhmä", team.day(0)),
                "clientId"))
                .as("a consent names its organisation").startsWith("Asiakas ei ole antanut suostumusta");
        mvc.perform(agencyContact(coach, client, "OTHER", "  klubitalo helmi ", "Vertaistukiryhmä", team.day(0)))
                .andExpect(redirectedUrl("/meetings/agencies?saved"));
        assertThat(error(agencyContact(otherTeamsCoach, client, "OTHER", "Klubitalo Helmi", "Vieras", team.day(0)),
                "clientId"))
                .as("another team's coach").isNotEqualTo("no error shown");

        assertThat(jdbc.sql("""
                        select recipient || ' ' || data_kind from access_log
                        where client_id = ? and action = 'DISCLOSURE' order by recipient""")
                .param(client).query(String.class).list())
                .containsExactly("OCCUPATIONAL_HEALTH EMPLOYMENT", "OTHER EMPLOYMENT");
        assertThat(page(coach, "/meetings/agencies").select("#agency-contacts li").eachText()).contains(
                team.day(0) + ": T Osapuoli – Muu organisaatio (klubitalo helmi), Puhelin: Vertaistukiryhmä");
        assertThat(jdbc.sql("select count(*) from meetings_facts_agency_contact where client_id = ?").param(client)
                .query(Integer.class).single()).as("O3 counts employment services and Kela only").isZero();
        mvc.perform(agencyContact(coach, client, "EMPLOYMENT_SERVICES", "", "Palkkatuki", team.day(0)))
                .andExpect(redirectedUrl("/meetings/agencies?saved"));
        assertThat(jdbc.sql("select count(*) from meetings_facts_agency_contact where client_id = ?").param(client)
                .query(Integer.class).single()).isEqualTo(1);

        mvc.perform(meeting(coach, team, UUID.randomUUID().toString(), "OCCUPATIONAL_HEALTH", team.day(1), "9.00", "10.00")
                        .param("attendees", team.staffMemberOf(coach).toString()))
                .andExpect(redirectedUrl("/meetings/team?saved&team=" + team.id()));
        assertThat(jdbc.sql("select count(*) from meetings_facts_agency_meeting where ips_team_id = ?").param(team.id())
                .query(Integer.class).single()).as("a meeting with occupational health care is not one of O3's").isZero();
    }

    private MockHttpServletRequestBuilder agencyContact(String coach, UUID client, String agency, String organisation,
            String note, String day) {
        return users.as(coach, post("/meetings/agencies")).param("key", UUID.randomUUID().toString())
                .param("clientId", client.toString()).param("agency", agency).param("organisationName", organisation)
                .param("mode", "PHONE").param("contactedOn", day).param("note", note);
    }

    private MockHttpServletRequestBuilder meeting(String user, TestTeams.Team team, String key, String kind, String day,
            String starts, String ends) {
        return users.as(user, post("/meetings/team")).param("key", key).param("team", team.id().toString()).param("kind", kind)
                .param("heldOn", day).param("startsAt", starts).param("endsAt", ends);
    }

    private String error(MockHttpServletRequestBuilder request, String field) throws Exception {
        Document page = Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
        return page.getElementById(field + "-error") == null ? "no error shown" : page.getElementById(field + "-error").text();
    }
}
