package fi.placera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessLog;
import fi.placera.audit.AccessLogEntry;
import fi.placera.audit.AccessOutcome;
import fi.placera.identity.AccessDecision.Ground;
import fi.placera.platform.Rejection;
import fi.placera.testing.MutableClock;
import fi.placera.testing.PlaceraIT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who may see a client's data: relationship × role × consent, everything else denied, every answer logged. */
@PlaceraIT
class AccessDecisionsIT {

    private static final short POHJANMAA = 17;
    private static final UUID DEMO_TEAM = UUID.fromString("6a1f0000-0000-4000-8000-000000000001");
    private static final UUID SARA = UUID.fromString("6a1f0000-0000-4000-8000-000000000203");
    private static final UUID MIKKO = UUID.fromString("6a1f0000-0000-4000-8000-000000000202");

    @Autowired AccessDecisions decisions;
    @Autowired UserDetailsService accounts;
    @Autowired AccessLog accessLog;
    @Autowired MutableClock clock;

    private PlaceraUser user(String username) {
        return (PlaceraUser) accounts.loadUserByUsername(username);
    }

    private ClientScope saraClient() {
        return new ClientScope(UUID.randomUUID(), POHJANMAA, SARA, DEMO_TEAM);
    }

    private AccessDecision decide(String username, ClientScope client, InformationKind kind) {
        return decisions.decide(user(username), client, kind, "test", AccessAction.VIEW);
    }

    @Test
    void theClientsCoachAndTheirIpsTeamSeeTheRecord() {
        ClientScope client = saraClient();
        assertThat(decide("coach2", client, InformationKind.HEALTH)).isEqualTo(new AccessDecision(true, Ground.OWN_CASELOAD));
        assertThat(decide("coach1", client, InformationKind.ACTION_PLAN).ground()).isEqualTo(Ground.IPS_TEAM);
        assertThat(decide("teamleader", client, InformationKind.ACTION_PLAN).ground()).isEqualTo(Ground.IPS_TEAM);
    }

    @Test
    void coachesOfAnotherTeamOrAreaAndManagersEvaluatorsAndAdminsAreDenied() {
        ClientScope otherTeam = new ClientScope(UUID.randomUUID(), POHJANMAA, UUID.randomUUID(), UUID.randomUUID());
        assertThat(decide("coach1", otherTeam, InformationKind.IDENTITY).granted()).isFalse();
        ClientScope otherArea = new ClientScope(UUID.randomUUID(), (short) 1, MIKKO, DEMO_TEAM);
        assertThat(decide("coach1", otherArea, InformationKind.IDENTITY).granted()).isFalse();
        for (String role : List.of("manager", "evaluator", "admin")) {
            assertThat(decide(role, saraClient(), InformationKind.IDENTITY).granted()).as(role).isFalse();
        }
    }

    @Test
    void aCareTeamMemberWithoutConsentSeesNothing() {
        assertThat(decide("careteam", saraClient(), InformationKind.EMPLOYMENT).granted()).isFalse();
    }

    @Test
    void everyDecisionWritesExactlyOneLogRowGrantedOrDenied() {
        ClientScope client = saraClient();
        decide("coach2", client, InformationKind.ACTION_PLAN);
        decide("manager", client, InformationKind.ACTION_PLAN);
        List<AccessLogEntry> rows = accessLog.accessesOfClient(POHJANMAA, client.clientId(), Instant.EPOCH);
        assertThat(rows).extracting(AccessLogEntry::username, AccessLogEntry::outcome)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("coach2", AccessOutcome.GRANTED),
                        org.assertj.core.groups.Tuple.tuple("manager", AccessOutcome.DENIED));
    }

    @Test
    void aListIsDecidedClientByClientInItsOrderWithOneLogRowEach() {
        ClientScope own = saraClient();
        ClientScope otherTeam = new ClientScope(UUID.randomUUID(), POHJANMAA, UUID.randomUUID(), UUID.randomUUID());
        ClientScope sameTeam = new ClientScope(UUID.randomUUID(), POHJANMAA, MIKKO, DEMO_TEAM);
        List<AccessDecision> listed = decisions.decideAll(user("coach2"), List.of(own, otherTeam, sameTeam),
                InformationKind.IDENTITY, "list test", AccessAction.VIEW);
        assertThat(listed).extracting(AccessDecision::granted).containsExactly(true, false, true);
        assertThat(listed.get(2).ground()).isEqualTo(Ground.IPS_TEAM);
        for (ClientScope client : List.of(own, otherTeam, sameTeam)) {
            assertThat(accessLog.accessesOfClient(POHJANMAA, client.clientId(), Instant.EPOCH))
                    .extracting(AccessLogEntry::purpose).containsExactly("list test");
        }
        assertThat(accessLog.accessesOfClient(POHJANMAA, otherTeam.clientId(), Instant.EPOCH))
                .extracting(AccessLogEntry::outcome).containsExactly(AccessOutcome.DENIED);
    }

    @Test
    void breakingTheGlassNeedsAReasonLastsThreeHoursAndIsMarkedInTheLog() {
        ClientScope stranger = new ClientScope(UUID.randomUUID(), POHJANMAA, UUID.randomUUID(), UUID.randomUUID());
        assertThat(decide("careteam", stranger, InformationKind.HEALTH).granted()).isFalse();
        assertThatThrownBy(() -> decisions.breakGlass(user("careteam"), stranger, "why", Set.of()))
                .isInstanceOf(Rejection.class).hasMessage("access.break-glass.reason");
        assertThatThrownBy(() -> decisions.breakGlass(user("manager"), stranger, "client in acute crisis at the workplace", Set.of()))
                .isInstanceOf(Rejection.class).hasMessage("access.break-glass.not-allowed");

        decisions.breakGlass(user("careteam"), stranger, "client in acute crisis at the workplace",
                Set.of(InformationKind.HEALTH));
        assertThat(decide("careteam", stranger, InformationKind.HEALTH).ground()).isEqualTo(Ground.BREAK_GLASS);
        assertThat(accessLog.accessesOfClient(POHJANMAA, stranger.clientId(), Instant.EPOCH))
                .filteredOn(AccessLogEntry::breakGlass).hasSize(1);

        Duration before = clock.offset();
        clock.advance(Duration.ofHours(3).plusMinutes(1));
        try {
            assertThat(decide("careteam", stranger, InformationKind.HEALTH).granted()).isFalse();
        } finally {
            clock.resetTo(before);
        }
    }
}
