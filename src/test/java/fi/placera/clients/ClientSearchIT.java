package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Finding a client in the clients list (decision 0058): what matches, whose clients, and what is read. */
@PlaceraIT
class ClientSearchIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;

    private TestTeams.Team team;
    private String leader;
    private String aalto;
    private String berg;
    private String suffix;
    private UUID makela;
    private String makelaCode;
    private UUID strom;

    @BeforeEach
    void aTeamWithTwoCoaches() throws Exception {
        team = teams.create("Hakutiimi");
        leader = team.member("Lehto", "TEAM_LEADER", "1");
        aalto = team.member("Aalto", "COACH", "1");
        berg = team.member("Berg", "COACH", "1");
        suffix = UUID.randomUUID().toString().substring(0, 6);
        makelaCode = Given.identityCode();
        makela = register(aalto, team.id(), "Mäkelä-" + suffix, makelaCode);
        strom = register(berg, team.id(), "Åström-" + suffix, "");
    }

    private UUID register(String coach, UUID ipsTeam, String lastName, String identityCode) throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(users.as(coach, post("/clients")).param("id", id.toString()).param("firstName", "Päivi")
                .param("lastName", lastName).param("identityCode", identityCode).param("preferredLanguage", "fi")
                .param("ipsTeamId", ipsTeam.toString())).andExpect(redirectedUrl("/clients/" + id));
        return id;
    }

    private String list(String user, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/clients");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(users.as(user, request)).andReturn().getResponse().getContentAsString();
    }

    private int reads(String user, UUID client) {
        return jdbc.sql("select count(*) from access_log where username = ? and client_id = ?").params(user, client)
                .query(Integer.class).single();
    }

    @Test
    void aCoachSeesTheirOwnClientsFirstAndATeamLeaderTheWholeTeamWithTheirCoaches() throws Exception {
        assertThat(list(aalto)).contains("/clients/" + makela).doesNotContain("/clients/" + strom)
                .contains("1 asiakas");
        assertThat(list(aalto, "coach", "all")).contains("/clients/" + makela, "/clients/" + strom);
        assertThat(list(aalto, "coach", team.staffMemberOf(berg).toString()))
                .contains("/clients/" + strom).doesNotContain("/clients/" + makela);
        String whole = list(leader);
        assertThat(whole).contains("/clients/" + makela, "/clients/" + strom, "Testi Aalto", "Testi Berg",
                "role=\"status\"", "<label for=\"q\"");
        assertThat(whole.indexOf("Mäkelä-" + suffix)).as("by name").isLessThan(whole.indexOf("Åström-" + suffix));
        String byCoach = list(leader, "sort", "COACH");
        assertThat(byCoach.indexOf("Testi Aalto</td>")).isLessThan(byCoach.indexOf("Testi Berg</td>"));
    }

    @Test
    void aNameIsFoundByAnyPartOfItInAnyCaseWithOrWithoutAccents() throws Exception {
        for (String typed : List.of("makela-" + suffix, "MÄKELÄ", "äkelä-" + suffix.toUpperCase(), "paivi makela")) {
            assertThat(list(leader, "q", typed)).as(typed).contains("/clients/" + makela)
                    .doesNotContain("/clients/" + strom);
        }
        assertThat(list(leader, "q", "astrom-" + suffix)).contains("/clients/" + strom);
        assertThat(list(leader, "q", "Mäkelä-" + suffix + " Virtanen")).doesNotContain("/clients/" + makela)
                .contains("Haulla ei löytynyt asiakkaita.");
    }

    @Test
    void anIdentityCodeFindsOnlyTheClientWithExactlyThatWholeCode() throws Exception {
        assertThat(list(leader, "q", makelaCode)).contains("/clients/" + makela).doesNotContain("/clients/" + strom);
        assertThat(list(leader, "q", makelaCode.toLowerCase())).contains("/clients/" + makela);
        assertThat(list(leader, "q", makelaCode.substring(0, 6))).doesNotContain("/clients/" + makela);
        assertThat(list(leader, "q", makelaCode.substring(0, 10))).doesNotContain("/clients/" + makela);
    }

    @Test
    void anotherTeamsClientNeverMatchesNotByCodeNotByNameNotByReference() throws Exception {
        String stranger = users.newCoachOfAnotherTeam();
        String theirCode = Given.identityCode();
        UUID theirs = register(stranger, team(stranger), "Mäkelä-" + suffix, theirCode);
        reference(team(stranger), "REF-" + suffix, theirs);
        int before = reads(leader, theirs);

        assertThat(list(leader, "q", theirCode)).doesNotContain("/clients/" + theirs);
        assertThat(list(leader, "q", "Mäkelä-" + suffix)).doesNotContain("/clients/" + theirs)
                .contains("/clients/" + makela);
        assertThat(list(leader, "q", "REF-" + suffix)).doesNotContain("/clients/" + theirs);
        assertThat(list(stranger, "q", makelaCode, "coach", "all")).doesNotContain("/clients/" + makela);
        assertThat(reads(leader, theirs)).isEqualTo(before);
    }

    @Test
    void theTrackersReferenceFindsTheImportedClientExactly() throws Exception {
        reference(team.id(), "Seuranta-" + suffix, strom);
        assertThat(list(leader, "q", "seuranta-" + suffix)).contains("/clients/" + strom)
                .doesNotContain("/clients/" + makela);
        assertThat(list(leader, "q", "Seuranta-")).doesNotContain("/clients/" + strom);
    }

    @Test
    void emergencyAccessAddsNothingToTheList() throws Exception {
        String stranger = users.newCoachOfAnotherTeam();
        mvc.perform(users.as(stranger, post("/clients/" + makela + "/emergency"))
                        .param("reason", "Asiakas soitti kriisissä, valmentaja ei tavoitettavissa"))
                .andExpect(redirectedUrl("/clients/" + makela));
        for (String typed : List.of(makelaCode, "Mäkelä-" + suffix, "")) {
            assertThat(list(stranger, "q", typed, "coach", "all", "ended", "true")).as(typed)
                    .doesNotContain("/clients/" + makela);
        }
    }

    @Test
    void hostileQueriesNeitherFailNorMatchBeyondTheRules() throws Exception {
        for (String typed : List.of("%", "_", "\\", "%%", "_%_", "' or '1'='1", "\u0000", "Mäkelä\u0000",
                "x".repeat(4000), "Mäkelä%", "M_kel", "*", ".*", "[ä]")) {
            var answer = mvc.perform(users.as(leader, get("/clients").param("q", typed).param("coach", "all")
                    .param("phase", "<script>").param("sort", "'; drop").param("page", "-1").param("ended", "maybe")))
                    .andReturn().getResponse();
            // NUL is turned away by the firewall before any controller (400); the others come back as no match
            assertThat(answer.getStatus()).as(typed).isEqualTo(typed.contains("\u0000") ? 400 : 200);
            assertThat(answer.getContentAsString()).as(typed).doesNotContain("/clients/" + makela, "/clients/" + strom);
            if (answer.getStatus() == 200) {
                assertThat(answer.getContentAsString()).contains("Haulla ei löytynyt asiakkaita.");
            }
        }
        assertThat(list(leader, "coach", "not-a-uuid", "page", "99999999999")).contains("/clients/" + makela);
        assertThat(list(leader, "coach", UUID.randomUUID().toString())).doesNotContain("/clients/" + makela);
    }

    @Test
    void aPhaseFilterShowsTheClientsInThatPhase() throws Exception {
        UUID enrolled = given.client(aalto).named("Päivi", "Sopimus-" + suffix).ofTeam(team.id())
                .agreedOn(team.day(3)).create();
        assertThat(list(leader, "q", suffix, "phase", "ENGAGEMENT")).contains("/clients/" + enrolled)
                .doesNotContain("/clients/" + makela).contains("Yhteistyösopimus tehty, alkuvaihe");
        assertThat(list(leader, "q", suffix, "phase", "REFERRED")).contains("/clients/" + makela)
                .doesNotContain("/clients/" + enrolled);
        assertThat(list(leader, "q", suffix, "sort", "SINCE").indexOf("/clients/" + enrolled))
                .as("the enrolled, with a day, first").isLessThan(list(leader, "q", suffix, "sort", "SINCE")
                        .indexOf("/clients/" + makela));
    }

    @Test
    void onlyTheClientsOnThePageAreReadAndTheRestAreCounted() throws Exception {
        UUID staff = team.staffMemberOf(aalto);
        for (int i = 0; i < 52; i++) {
            jdbc.sql("""
                            insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id,
                                                coach_staff_id, version)
                            values (?, 17, 'Massa', ?, 'fi', ?, ?, 0)""")
                    .params(UUID.randomUUID(), String.format("Asiakas-%s-%02d", suffix, i), team.id(), staff).update();
        }
        int makelaReads = reads(leader, makela);
        String first = list(leader, "q", "Asiakas-" + suffix);
        assertThat(first).contains("Näytetään asiakkaat 1–50, yhteensä 52", "Asiakas-" + suffix + "-49, Massa")
                .doesNotContain("Asiakas-" + suffix + "-50");
        assertThat(jdbc.sql("select count(*) from access_log where username = ?").param(leader).query(Integer.class)
                .single()).isEqualTo(50);
        assertThat(list(leader, "q", "Asiakas-" + suffix, "page", "2")).contains("Asiakas-" + suffix + "-51, Massa")
                .doesNotContain("Asiakas-" + suffix + "-49");
        assertThat(reads(leader, makela)).isEqualTo(makelaReads);
        assertThat(list(leader, "q", "Mäkelä-" + suffix)).contains("1 asiakas");
        assertThat(reads(leader, makela)).isEqualTo(makelaReads + 1);
    }

    private UUID team(String coach) {
        return jdbc.sql("""
                        select m.ips_team_id from ips_team_membership m join user_account a
                          on a.staff_member_id = m.staff_member_id where a.username = ?""")
                .param(coach).query(UUID.class).single();
    }

    private void reference(UUID ipsTeam, String reference, UUID client) {
        jdbc.sql("insert into client_external_ref (ips_team_id, client_ref, client_id, area_id) values (?, ?, ?, 17)")
                .params(ipsTeam, reference, client).update();
    }
}
