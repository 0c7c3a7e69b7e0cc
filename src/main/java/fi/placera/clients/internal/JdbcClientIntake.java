package fi.placera.clients.internal;

import fi.placera.clients.ClientIntake;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.persistence.BatchColumns;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers clients moving in from a team's earlier records, with their referral, their coach since the referral
 * (the tracker knows no earlier one), caseload place and end; one whose tracker names no coach waits on the team's
 * list from the referral day (decision 0069).
 */
@Service
class JdbcClientIntake implements ClientIntake {

    private final Caseloads caseloads;
    private final Referrals referrals;
    private final ServiceEnds serviceEnds;
    private final ClientRegistry registry;
    private final CoachAssignments coaches;
    private final WaitingList waiting;
    private final JdbcClient jdbc;

    JdbcClientIntake(JdbcClient jdbc, Caseloads caseloads, Referrals referrals, ServiceEnds serviceEnds,
            ClientRegistry registry, CoachAssignments coaches, WaitingList waiting) {
        this.jdbc = jdbc;
        this.coaches = coaches;
        this.waiting = waiting;
        this.caseloads = caseloads;
        this.referrals = referrals;
        this.serviceEnds = serviceEnds;
        this.registry = registry;
    }

    @Override
    public int placesLeft(UUID coachStaffId, UUID ipsTeamId) {
        return caseloads.placesLeft(coachStaffId, ipsTeamId);
    }

    @Override
    public Set<String> identityCodesTaken(PlaceraUser importer, short areaId, Collection<String> identityCodes) {
        return registry.identityCodesTaken(importer, areaId, identityCodes);
    }

    @Override
    @Transactional
    public List<UUID> admitAll(List<MovedClient> moved) {
        List<Admission> admissions = moved.stream().map(Admission::of).toList();
        referrals.checkMoved(admissions);
        serviceEnds.checkFromTracker(admissions);
        List<UUID> ids = admissions.stream().map(admission -> admission.client().id()).toList();
        // a failure in between fails the transaction, and the setting ends with it
        deferFacts("on");
        insert(admissions);
        referrals.referMoved(admissions);
        // new clients: no coach before this first one, no wait, no end
        coaches.firstOfMoved(admissions);
        waiting.startMoved(admissions);
        serviceEnds.recordFromTracker(admissions);
        deferFacts("off");
        jdbc.sql("select clients_facts_refresh(?::uuid[])").param(BatchColumns.of(ids, id -> id)).query().listOfRows();
        caseloads.assignMoved(admissions);
        return ids;
    }

    /**
     * Turns the facts triggers of this transaction's statements off ("on": deferred) or on again (V140): the batch's
     * clients are refreshed once after their records, not once per table.
     */
    private void deferFacts(String deferred) {
        jdbc.sql("select set_config('placera.clients_facts_deferred', ?, true)").param(deferred).query().listOfRows();
    }

    /** The clients in one statement (its facts trigger runs once); version 0, as a first save gives an entity. */
    private void insert(List<Admission> admissions) {
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, identity_code, preferred_language,
                                            ips_team_id, coach_staff_id, version)
                        select *, 0 from unnest(?::uuid[], ?::smallint[], ?::text[], ?::text[], ?::text[], ?::text[],
                                                ?::uuid[], ?::uuid[])""")
                .params(column(admissions, Client::id), column(admissions, Client::areaId),
                        column(admissions, Client::firstName), column(admissions, Client::lastName),
                        column(admissions, Client::identityCode), column(admissions, Client::preferredLanguage),
                        column(admissions, Client::ipsTeamId), column(admissions, Client::coachStaffId))
                .update();
    }

    private static String[] column(List<Admission> admissions, Function<Client, ?> value) {
        return BatchColumns.of(admissions, admission -> value.apply(admission.client()));
    }
}
