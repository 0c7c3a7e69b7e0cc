package fi.placera.clients.internal;

import fi.placera.platform.persistence.BatchColumns;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A team's waiting list (issue 24 §2, decision 0069): a person referred when no coach of the team had room is
 * registered with the referral and waits here, from that day, until the team leader assigns a coach. Waiting is not
 * being in service (no coach, no caseload place) and not being excluded: the referral stands.
 */
@Service
public class WaitingList {

    /** A person waiting now, since the day they started, and the days waited until today. */
    public record Waiting(Client client, LocalDate since, long days) {
    }

    private static final DataClassRowMapper<Client> CLIENT = new DataClassRowMapper<>(Client.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    WaitingList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void start(Client client, LocalDate since) {
        jdbc.sql("""
                        insert into client_wait (client_id, area_id, ips_team_id, waiting_since) values (?, ?, ?, ?)
                        on conflict (client_id) do nothing""")
                .params(client.id(), client.areaId(), client.ipsTeamId(), since).update();
    }

    /** Clients moving in without a coach whose service goes on wait from their referral day; one statement. */
    void startMoved(List<Admission> admissions) {
        List<Admission> waiting = admissions.stream().filter(admission -> !admission.hasCoach() && !admission.ended())
                .toList();
        jdbc.sql("""
                        insert into client_wait (client_id, area_id, ips_team_id, waiting_since)
                        select * from unnest(?::uuid[], ?::smallint[], ?::uuid[], ?::date[])
                        on conflict (client_id) do nothing""")
                .params(BatchColumns.of(waiting, admission -> admission.client().id()),
                        BatchColumns.of(waiting, admission -> admission.client().areaId()),
                        BatchColumns.of(waiting, admission -> admission.client().ipsTeamId()),
                        BatchColumns.of(waiting, admission -> admission.moved().referredOn()))
                .update();
    }

    /** The wait ends: a coach was assigned. */
    void end(UUID clientId, LocalDate on) {
        jdbc.sql("update client_wait set assigned_on = greatest(?, waiting_since) where client_id = ? and assigned_on is null")
                .params(on, clientId).update();
    }

    /** The day the client started waiting, while they wait. */
    public Optional<LocalDate> waitingSince(UUID clientId) {
        return jdbc.sql("select waiting_since from clients_facts_wait where client_id = ? and waited_until is null")
                .param(clientId).query(LocalDate.class).optional();
    }

    /**
     * Who waits on the team's list now, longest first. Names only: the caller is the team's leader, and the list is
     * read as each client's shown row in the caller's access log (see {@code ClientRegistry#shown}).
     */
    List<Waiting> waitingIn(short areaId, UUID ipsTeamId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select c.*, w.waiting_since from client c join clients_facts_wait w on w.client_id = c.id
                        where w.area_id = ? and w.ips_team_id = ? and w.waited_until is null
                        order by w.waiting_since, c.last_name, c.first_name""")
                .params(areaId, ipsTeamId)
                .query((rs, row) -> {
                    LocalDate since = rs.getObject("waiting_since", LocalDate.class);
                    return new Waiting(CLIENT.mapRow(rs, row), since, ChronoUnit.DAYS.between(since, today));
                }).list();
    }
}
