package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.CoachAssignments;
import fi.placera.clients.internal.ServiceEnds;
import fi.placera.identity.internal.Account;
import fi.placera.identity.internal.AccountAdministration;
import fi.placera.organisation.internal.OrganisationService;
import fi.placera.organisation.internal.StaffMember;
import fi.placera.fidelity.internal.PreScoringDump;
import fi.placera.platform.Administrator;
import fi.placera.reporting.Outcomes;
import fi.placera.reporting.SmallCells;
import fi.placera.reporting.ZeroExclusionFigures;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 24 §1 and §2 (decision 0069): the team leader assigns and hands over a client's coach within the caseload
 * limit, every assignment stays in the coach history, and a person referred when no coach has room waits on the
 * team's list instead of being refused.
 */
@PlaceraIT
class CoachAssignmentIT {

    private static final List<String> WRITTEN = List.of("client", "coach_assignment", "coach_caseload", "client_wait");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired ClientRegistry registry;
    @Autowired CoachAssignments coaches;
    @Autowired UserDetailsService accounts;
    @Autowired AccountAdministration administration;
    @Autowired OrganisationService organisation;
    @Autowired ServiceEnds serviceEnds;
    @Autowired MessageSource messages;
    @Autowired ApplicationContext context;
    @Autowired ZeroExclusionFigures zeroExclusion;

    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";
    private static final Administrator ADMIN = Administrator.operator("coach-assignment-it");
    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    private PlaceraUser user(String username) {
        return (PlaceraUser) accounts.loadUserByUsername(username);
    }

    /** Registers a client as the user through the form, with the coach chosen (null: none chosen). */
    private UUID register(String user, TestTeams.Team team, UUID coach) throws Exception {
        UUID id = UUID.randomUUID();
        var request = post("/clients").param("id", id.toString()).param("firstName", "Jono")
                .param("lastName", "Asiakas").param("preferredLanguage", "fi").param("ipsTeamId", team.id().toString());
        if (coach != null) {
            request.param("coachStaffId", coach.toString());
        }
        mvc.perform(users.as(user, request)).andExpect(redirectedUrl("/clients/" + id));
        return id;
    }

    private ResultActions assign(String user, UUID client, UUID coach, String note) throws Exception {
        return mvc.perform(users.as(user, post("/clients/" + client + "/coach")
                .param("coachStaffId", coach.toString()).param("handoverNote", note)));
    }

    private UUID coachOf(UUID client) {
        return jdbc.sql("select coach_staff_id from client where id = ?").param(client).query(UUID.class).optional()
                .orElse(null);
    }

    private int activeClients(UUID coach) {
        return jdbc.sql("select coalesce(max(active_clients), 0) from coach_caseload where staff_member_id = ?")
                .param(coach).query(Integer.class).single();
    }

    private Map<String, String> checksums() {
        return WRITTEN.stream().collect(java.util.stream.Collectors.toMap(t -> t, checksum::of));
    }

    @Test
    void aHandoverMovesThePlaceKeepsTheHistoryAndShowsItOnTheRecord() throws Exception {
        TestTeams.Team team = teams.create("Siirto");
        String leader = team.member("Vetäjä", "TEAM_LEADER", "0.01");
        UUID anna = team.staffMemberOf(team.member("Annala", "COACH", "0.50"));
        UUID bert = team.staffMemberOf(team.member("Bertilä", "COACH", "0.50"));
        UUID client = register(leader, team, anna);
        assertThat(coachOf(client)).isEqualTo(anna);
        assertThat(activeClients(anna)).isEqualTo(1);

        assign(leader, client, bert, "Annala jää vapaalle").andExpect(redirectedUrl("/clients/" + client + "/referral"));

        assertThat(coachOf(client)).isEqualTo(bert);
        assertThat(activeClients(anna)).isZero();
        assertThat(activeClients(bert)).isEqualTo(1);
        assertThat(coaches.history(client)).extracting(CoachAssignments.Assignment::coachStaffId,
                CoachAssignments.Assignment::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple(anna, null), org.assertj.core.groups.Tuple.tuple(bert, "Annala jää vapaalle"));
        assertThat(coaches.history(client).get(0).toOn()).isEqualTo(team.today());
        assertThat(coaches.history(client).get(1).toOn()).isNull();
        mvc.perform(get("/clients/" + client + "/referral").with(users.as(leader)))
                .andExpect(content().string(containsString("Testi Annala")))
                .andExpect(content().string(containsString("Testi Bertilä")))
                .andExpect(content().string(containsString("Annala jää vapaalle")));
    }

    @Test
    void fiftyParallelReassignmentsToACoachWithOnePlaceLeftExactlyOneSucceeds() throws Exception {
        TestTeams.Team team = teams.create("Rinnakkain");
        PlaceraUser leader = user(team.member("Vetäjä", "TEAM_LEADER", "0.01"));
        List<UUID> givers = List.of(team.staffMemberOf(team.member("Antaja1", "COACH", "1.00")),
                team.staffMemberOf(team.member("Antaja2", "COACH", "1.00")),
                team.staffMemberOf(team.member("Antaja3", "COACH", "1.00")));
        UUID receiver = team.staffMemberOf(team.member("Ottaja", "COACH", "0.05"));
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clients.add(registry.register(leader, new Client(UUID.randomUUID(), (short) 17, "Rinnakkain", "Asiakas" + i,
                    null, "fi", team.id(), givers.get(i % 3), null)));
        }
        assertThat(coaches.coachesOf(team.id())).filteredOn(c -> c.staffMemberId().equals(receiver))
                .extracting(CoachAssignments.TeamCoachRoom::placesLeft).containsExactly(1);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Boolean>> attempts = clients.stream().<Callable<Boolean>>map(client -> () -> {
            try {
                coaches.assign(leader, client, receiver, null);
                return true;
            } catch (Rejection refused) {
                return false;
            }
        }).toList();
        int succeeded = 0;
        for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
            succeeded += attempt.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(1);
        assertThat(activeClients(receiver)).isEqualTo(1);
        assertThat(givers.stream().mapToInt(this::activeClients).sum()).isEqualTo(49);
        assertThat(jdbc.sql("select count(*) from client where coach_staff_id = ?").param(receiver)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from coach_assignment where coach_staff_id = ? and to_on is null")
                .param(receiver).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aTeamLeaderMustChooseACoachWhileOneHasRoom() throws Exception {
        TestTeams.Team team = teams.create("Valitse");
        String leader = team.member("Vetäjä", "TEAM_LEADER", "0.01");
        team.member("Vapaa", "COACH", "0.50");
        Map<String, String> before = checksums();
        mvc.perform(users.as(leader, post("/clients").param("id", UUID.randomUUID().toString())
                        .param("firstName", "Ilman").param("lastName", "Valmentajaa").param("preferredLanguage", "fi")
                        .param("ipsTeamId", team.id().toString())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Valitse asiakkaan valmentaja")));
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void whenNoCoachHasRoomThePersonWaitsAndIsAssignedFromTheWaitingList() throws Exception {
        TestTeams.Team team = teams.create("Jono");
        String leader = team.member("Vetäjä", "TEAM_LEADER", "0.01");
        String coach = team.member("Täysi", "COACH", "0.05");
        UUID full = team.staffMemberOf(coach);
        UUID first = register(leader, team, full);
        UUID waiting = register(coach, team, null);

        assertThat(coachOf(waiting)).isNull();
        assertThat(jdbc.sql("select waiting_since from client_wait where client_id = ?").param(waiting)
                .query(java.time.LocalDate.class).single()).isEqualTo(team.today());
        // the referral is recorded like anyone's: waiting is not being turned away
        team.send(coach, "/clients/" + waiting + "/referral", "source", "SELF", "referredOn", team.day(0));
        assertThat(jdbc.sql("select count(*) from referral where client_id = ? and ended_on is null").param(waiting)
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/team/waiting").with(users.as(leader)))
                .andExpect(content().string(containsString("/clients/" + waiting + "/referral")))
                .andExpect(content().string(not(containsString("/clients/" + first + "/referral"))));
        mvc.perform(get("/clients/" + waiting + "/referral").with(users.as(leader)))
                .andExpect(content().string(containsString("Odottaa valmentajaa tiimin jonossa")));

        // a place frees: the first client's service ends, and the leader assigns the coach from the list
        team.send(coach, "/clients/" + first + "/service/end", "serviceEndedOn", team.day(0),
                "serviceEndReason", "CLIENT_CHOICE", "serviceEndDestination", "OTHER", "serviceEndNote", "Muuttaa pois");
        assertThat(activeClients(full)).isZero();
        mvc.perform(users.as(leader, post("/clients/" + waiting + "/coach").param("coachStaffId", full.toString())
                        .param("from", "waiting")))
                .andExpect(redirectedUrl("/team/waiting"));
        assertThat(coachOf(waiting)).isEqualTo(full);
        assertThat(activeClients(full)).isEqualTo(1);
        assertThat(jdbc.sql("select assigned_on from client_wait where client_id = ?").param(waiting)
                .query(java.time.LocalDate.class).single()).isEqualTo(team.today());
        mvc.perform(get("/team/waiting").with(users.as(leader)))
                .andExpect(content().string(not(containsString("/clients/" + waiting + "/referral"))));
    }

    @Test
    void onlyALeaderOfTheClientsTeamAssignsAndNothingChangesOtherwise() throws Exception {
        TestTeams.Team team = teams.create("Vihamielinen");
        String leader = team.member("Vetäjä", "TEAM_LEADER", "0.01");
        String coach = team.member("Oma", "COACH", "0.50");
        UUID other = team.staffMemberOf(team.member("Toinen", "COACH", "0.50"));
        UUID client = register(leader, team, team.staffMemberOf(coach));
        TestTeams.Team otherTeam = teams.create("Muu tiimi");
        String otherLeader = otherTeam.member("Muu vetäjä", "TEAM_LEADER", "0.01");
        UUID otherTeamsCoach = otherTeam.staffMemberOf(otherTeam.member("Muu", "COACH", "0.50"));
        Map<String, String> before = checksums();

        // a coach of the team reads the client but does not assign
        assign(coach, client, other, "").andExpect(status().isOk())
                .andExpect(content().string(containsString("Vain asiakkaan tiimin tiiminvetäjä")));
        // another team's leader is not told the client exists
        assign(otherLeader, client, other, "").andExpect(status().isNotFound());
        // a coach of another team is not a coach the client can have
        assign(leader, client, otherTeamsCoach, "").andExpect(status().isOk())
                .andExpect(content().string(containsString("ei ole asiakkaan tiimin valmentaja")));
        // emergency access reads and never writes
        mvc.perform(users.as(otherLeader, post("/clients/" + client + "/emergency")
                .param("reason", "Kriisi, valmentaja ei tavoitettavissa"))).andExpect(redirectedUrl("/clients/" + client));
        assign(otherLeader, client, other, "").andExpect(status().isNotFound());
        // malformed and unknown ids
        mvc.perform(users.as(leader, post("/clients/not-a-uuid/coach").param("coachStaffId", other.toString())))
                .andExpect(status().is4xxClientError());
        assign(leader, UUID.randomUUID(), other, "").andExpect(status().isNotFound());
        mvc.perform(users.as(leader, post("/clients/" + client + "/coach").param("coachStaffId", "<script>")))
                .andExpect(status().isOk());
        // the waiting list is the leader's only
        mvc.perform(get("/team/waiting").with(users.as(coach))).andExpect(status().isForbidden());

        assertThat(checksums()).isEqualTo(before);
        assertThat(coachOf(client)).isEqualTo(team.staffMemberOf(coach));

        // nor does a coach register a client for a colleague: the coach's form offers no coach, so a posted one is
        // ignored (AZ5) and the coach registering is the coach
        UUID own = UUID.randomUUID();
        mvc.perform(users.as(coach, post("/clients").param("id", own.toString()).param("firstName", "Kollegan")
                        .param("lastName", "Asiakas").param("preferredLanguage", "fi").param("ipsTeamId", team.id().toString())
                        .param("coachStaffId", other.toString())))
                .andExpect(redirectedUrl("/clients/" + own));
        assertThat(coachOf(own)).isEqualTo(team.staffMemberOf(coach)).isNotEqualTo(other);
    }

    @Test
    void aCoachWithClientsInServiceKeepsTheirAccountAndMembershipUntilTheyAreHandedOver() throws Exception {
        TestTeams.Team team = teams.create("Lähtö");
        String leader = team.member("Vetäjä", "TEAM_LEADER", "0.01");
        String leaving = team.member("Lähtijä", "COACH", "0.50");
        UUID leavingStaff = team.staffMemberOf(leaving);
        UUID staying = team.staffMemberOf(team.member("Jatkaja", "COACH", "0.50"));
        UUID client = register(leader, team, leavingStaff);
        UUID account = jdbc.sql("select id from user_account where username = ?").param(leaving).query(UUID.class).single();

        assertThatThrownBy(() -> administration.update(ADMIN, disabled(account)))
                .isInstanceOfSatisfying(Rejection.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("staff.coach.has-clients");
                    assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), FINNISH))
                            .contains("1 asiakasta palvelussa").contains("/clients?coach=" + leavingStaff);
                });
        assertThatThrownBy(() -> organisation.save(ADMIN, withoutTeams(leavingStaff)))
                .isInstanceOf(Rejection.class).hasMessage("staff.coach.has-clients");
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(account).query(Boolean.class).single())
                .isTrue();
        assertThat(memberships(leavingStaff)).isEqualTo(1);

        assign(leader, client, staying, "Lähtijä lopettaa").andExpect(redirectedUrl("/clients/" + client + "/referral"));
        administration.update(ADMIN, disabled(account));
        organisation.save(ADMIN, withoutTeams(leavingStaff));
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(account).query(Boolean.class).single())
                .isFalse();
        assertThat(memberships(leavingStaff)).isZero();
    }

    private Account disabled(UUID accountId) {
        Account account = administration.account(ADMIN, accountId).orElseThrow();
        return new Account(account.id(), account.username(), account.displayName(), account.roles(), account.areaId(),
                account.staffMemberId(), false, account.version());
    }

    private StaffMember withoutTeams(UUID staff) {
        StaffMember member = organisation.staffMemberRecord(ADMIN, staff).orElseThrow();
        return new StaffMember(member.id(), member.areaId(), member.firstName(), member.lastName(), member.email(),
                member.phone(), Set.of(), member.careTeams(), member.version());
    }

    private int memberships(UUID staff) {
        return jdbc.sql("select count(*) from ips_team_membership where staff_member_id = ?").param(staff)
                .query(Integer.class).single();
    }

    /**
     * Random sequences of registering, assigning, handing over, ending services and coaches leaving never leave a
     * client in service without a coach (they have one, or wait on the list), and every coach's caseload counter is
     * the number of their clients in service.
     */
    @Test
    void randomSequencesLeaveNoClientInServiceWithoutACoachAndCountersTrue() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            TestTeams.Team team = teams.create("Satunnainen " + seed);
            PlaceraUser leader = user(team.member("Vetäjä", "TEAM_LEADER", "0.01"));
            List<String> coachNames = List.of(team.member("K1", "COACH", "0.10"), team.member("K2", "COACH", "0.10"),
                    team.member("K3", "COACH", "0.05"));
            List<UUID> coachIds = coachNames.stream().map(team::staffMemberOf).toList();
            List<UUID> clients = new ArrayList<>();
            for (int step = 0; step < 40; step++) {
                try {
                    switch (random.nextInt(5)) {
                        case 0, 1 -> clients.add(registry.register(leader, new Client(UUID.randomUUID(), (short) 17,
                                "Satu", "Asiakas", null, "fi", team.id(),
                                random.nextInt(4) == 0 ? null : coachIds.get(random.nextInt(3)), null)).id());
                        case 2 -> {
                            if (!clients.isEmpty()) {
                                coaches.assign(leader, registry.decided(clients.get(random.nextInt(clients.size()))),
                                        coachIds.get(random.nextInt(3)), "vaihto");
                            }
                        }
                        case 3 -> {
                            if (!clients.isEmpty()) {
                                serviceEnds.end(registry.decided(clients.get(random.nextInt(clients.size()))),
                                        team.today(), ServiceEnds.Reason.CLIENT_CHOICE, ServiceEnds.Destination.OTHER, null, null,
                                        "päättyy",
                                        leader.accountId());
                            }
                        }
                        default -> {
                            UUID coach = coachIds.get(random.nextInt(3));
                            UUID account = jdbc.sql("select id from user_account where staff_member_id = ?").param(coach)
                                    .query(UUID.class).single();
                            administration.update(ADMIN, disabled(account));
                        }
                    }
                } catch (Rejection refused) {
                    // a refusal is one of the rules at work; the invariants below must hold either way
                }
                assertInvariants(team.id(), coachIds);
            }
        }
    }

    private void assertInvariants(UUID team, List<UUID> coachIds) {
        assertThat(jdbc.sql("""
                        select count(*) from clients_facts_in_service s
                        where s.ips_team_id = ? and s.coach_staff_id is null
                          and not exists (select 1 from clients_facts_wait w
                                          where w.client_id = s.client_id and w.waited_until is null)""")
                .param(team).query(Integer.class).single()).as("clients in service without a coach, not waiting").isZero();
        assertThat(jdbc.sql("""
                        select count(*) from clients_facts_in_service s join clients_facts_wait w on w.client_id = s.client_id
                        where s.ips_team_id = ? and s.coach_staff_id is not null and w.waited_until is null""")
                .param(team).query(Integer.class).single()).as("clients with a coach still waiting").isZero();
        assertThat(jdbc.sql("""
                        select count(*) from clients_facts_in_service s
                        where s.ips_team_id = ? and s.coach_staff_id is not null and s.coach_staff_id is distinct from
                              (select h.coach_staff_id from coach_assignment h where h.client_id = s.client_id and h.to_on is null)""")
                .param(team).query(Integer.class).single()).as("coach history disagreeing with the coach").isZero();
        for (UUID coach : coachIds) {
            assertThat(activeClients(coach)).as("counter of " + coach).isEqualTo(jdbc.sql(
                            "select count(*) from clients_facts_in_service where coach_staff_id = ?")
                    .param(coach).query(Integer.class).single());
        }
    }

    /** S3 ("the same coach through all phases") compares each phase with the coach of its day, from the history. */
    @Test
    void s3ComparesEachPhaseWithTheCoachOfItsDayNotTheCoachNow() throws Exception {
        TestTeams.Team team = teams.create("Vaiheet");
        String leader = team.member("Vetäjä", "TEAM_LEADER", "0.01");
        String anna = team.member("Annala", "COACH", "0.50");
        String bert = team.member("Bertilä", "COACH", "0.50");
        UUID handedOver = register(leader, team, team.staffMemberOf(anna));
        UUID workedByAnother = register(leader, team, team.staffMemberOf(anna));
        for (UUID client : List.of(handedOver, workedByAnother)) {
            team.send(anna, "/clients/" + client + "/agreement", "agreedOn", team.day(10), "howAgreed", "PAPER_SIGNATURE");
        }
        assign(leader, handedOver, team.staffMemberOf(bert), "Annala siirtyy").andExpect(status().is3xxRedirection());
        for (UUID client : List.of(handedOver, workedByAnother)) {
            team.send(bert, "/clients/" + client + "/profile/meetings", "profileMetOn", team.day(0),
                    "profileCovered", "Toiveet ja vahvuudet");
        }

        List<String> lines = PreScoringDump.lines(context, team.id(), team.today().minusDays(30), team.today());
        assertThat(lines).contains("record S3 " + handedOver + " " + team.today() + " true",
                "record S3 " + workedByAnother + " " + team.today() + " false");
    }

    /** O6 counts a waiting person as not excluded; the outcome report shows who waits and the step-downs apart. */
    @Test
    void aWaitingPersonIsNotExcludedAndIsCountedAsWaitingBesideTheOutcomeReport() throws Exception {
        TestTeams.Team team = teams.create("Nolla");
        String leader = team.member("Vetäjä", "TEAM_LEADER", "0.01");
        String coach = team.member("Ainoa", "COACH", "0.05");
        LocalDate from = team.today().minusDays(30);
        List<Outcomes.Scope> wider = List.of(Outcomes.Scope.area(team.areaId()), Outcomes.Scope.national(),
                Outcomes.Scope.area(DemoUsers.OTHER_AREA));
        List<ZeroExclusionFigures.Figures> before = wider.stream()
                .map(scope -> zeroExclusion.of(scope, from, team.today(), false)).toList();
        UUID placed = register(leader, team, team.staffMemberOf(coach));
        UUID waiting = register(leader, team, null);
        team.send(leader, "/clients/" + waiting + "/referral", "source", "SELF", "referredOn", team.day(3));
        jdbc.sql("update client_wait set waiting_since = ? where client_id = ?").params(team.today().minusDays(3), waiting)
                .update();
        team.send(coach, "/clients/" + placed + "/agreement", "agreedOn", team.day(5), "howAgreed", "PAPER_SIGNATURE");
        team.send(coach, "/clients/" + placed + "/service/end", "serviceEndedOn", team.day(0),
                "serviceEndReason", "STEP_DOWN_TO_CARE_TEAM", "serviceEndDestination", "ANOTHER_SERVICE", "stepDownCareTeamId", CARE_VAASA,
                "stepDownAgreedOn", team.day(0), "stepDownHowAgreed", "PAPER_SIGNATURE", "serviceEndNote", "Hoitotiimi");

        assertThat(PreScoringDump.lines(context, team.id(), team.today().minusDays(30), team.today()))
                .contains("record O6 " + waiting + " " + team.today().minusDays(3) + " true");
        assertThat(zeroExclusion.of(Outcomes.Scope.team(team.id()), team.today().minusDays(30), team.today(), false))
                .isEqualTo(new ZeroExclusionFigures.Figures(1, 3, 1));
        // leaving the team, a count of one is a small cell: hidden, and the longest wait with it
        assertThat(zeroExclusion.of(Outcomes.Scope.team(team.id()), team.today().minusDays(30), team.today(), true))
                .isEqualTo(new ZeroExclusionFigures.Figures(SmallCells.SUPPRESSED, SmallCells.SUPPRESSED,
                        SmallCells.SUPPRESSED));
        // the team's area and the country count them too (each kind of scope has its own statement), another area not
        for (int n = 0; n < wider.size(); n++) {
            ZeroExclusionFigures.Figures now = zeroExclusion.of(wider.get(n), from, team.today(), false);
            int added = wider.get(n).equals(Outcomes.Scope.area(DemoUsers.OTHER_AREA)) ? 0 : 1;
            assertThat((int) now.waitingNow()).as("waiting in %s", wider.get(n))
                    .isEqualTo((int) before.get(n).waitingNow() + added);
            assertThat((int) now.stepDowns()).as("step-downs in %s", wider.get(n))
                    .isEqualTo((int) before.get(n).stepDowns() + added);
            if (added == 1) {
                assertThat((int) now.longestWaitDays()).as("longest wait in %s", wider.get(n)).isGreaterThanOrEqualTo(3);
            }
        }
        mvc.perform(get("/reports/outcomes").param("subject", "team:" + team.code()).with(users.as(leader)))
                .andExpect(content().string(containsString("Jonossa nyt")))
                .andExpect(content().string(containsString("Siirrot hoitotiimille")));
    }
}
