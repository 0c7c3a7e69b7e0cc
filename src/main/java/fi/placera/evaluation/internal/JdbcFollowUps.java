package fi.placera.evaluation.internal;

import fi.placera.evaluation.FollowUps;
import fi.placera.platform.Rejection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The schedule in PostgreSQL: timepoints per team or by default, programme periods, and the responses given. */
@Service
class JdbcFollowUps implements FollowUps {

    private final JdbcClient jdbc;
    private final ClientFacts clients;
    private final Clock clock;

    JdbcFollowUps(JdbcClient jdbc, ClientFacts clients, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public List<Timepoint> scheduleOf(UUID ipsTeamId) {
        return jdbc.sql("""
                        select code, anchor, months, instruments, window_days from evaluation_timepoint
                        where ips_team_id = :team
                           or (ips_team_id is null
                               and not exists (select 1 from evaluation_timepoint own where own.ips_team_id = :team))
                        order by position""")
                .param("team", ipsTeamId)
                .query((rs, row) -> new Timepoint(rs.getString(1), Anchor.valueOf(rs.getString(2)), rs.getInt(3),
                        List.of((String[]) rs.getArray(4).getArray()), rs.getInt(5)))
                .list();
    }

    @Override
    public Optional<Programme> programmeOf(UUID ipsTeamId) {
        return jdbc.sql("select starts_on, ends_on from evaluation_programme where ips_team_id = :team")
                .param("team", ipsTeamId)
                .query((rs, row) -> new Programme(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .optional();
    }

    @Override
    public void setProgramme(UUID ipsTeamId, LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null) {
            throw new Rejection("startsOn", "form.date.format");
        }
        if (endsOn == null) {
            throw new Rejection("endsOn", "form.date.format");
        }
        if (!endsOn.isAfter(startsOn)) {
            throw new Rejection("endsOn", "evaluation.period.reversed");
        }
        jdbc.sql("""
                        insert into evaluation_programme (ips_team_id, starts_on, ends_on) values (:team, :from, :to)
                        on conflict (ips_team_id) do update set starts_on = excluded.starts_on, ends_on = excluded.ends_on""")
                .param("team", ipsTeamId).param("from", startsOn).param("to", endsOn).update();
    }

    @Override
    public List<FollowUp> of(UUID clientId) {
        return clients.of(clientId).map(facts -> followUps(List.of(facts)).getOrDefault(clientId, List.of()))
                .orElse(List.of());
    }

    /** The follow-ups of each client, computed with one read of the responses given. */
    Map<UUID, List<FollowUp>> followUps(Collection<ClientFacts.Facts> facts) {
        Map<UUID, List<FollowUp>> byClient = new HashMap<>();
        List<ClientFacts.Facts> enrolled = facts.stream().filter(f -> f.enrolledOn() != null).toList();
        if (enrolled.isEmpty()) {
            return byClient;
        }
        Map<String, UUID> answered = new HashMap<>();
        jdbc.sql("""
                        select r.client_id, r.timepoint, i.code, r.id from evaluation_response r
                        join evaluation_instrument i on i.id = r.instrument_id
                        where r.client_id = any (:ids) and r.state = 'SUBMITTED' and r.timepoint is not null
                        order by r.submitted_at""")
                .param("ids", enrolled.stream().map(ClientFacts.Facts::clientId).toArray(UUID[]::new))
                .query(rs -> {
                    answered.put(key(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)),
                            rs.getObject(4, UUID.class));
                });
        Map<UUID, List<Timepoint>> schedules = new HashMap<>();
        Map<UUID, Optional<Programme>> programmes = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (ClientFacts.Facts client : enrolled) {
            List<Timepoint> schedule = schedules.computeIfAbsent(client.ipsTeamId(), this::scheduleOf);
            Optional<Programme> programme = programmes.computeIfAbsent(client.ipsTeamId(), this::programmeOf);
            List<FollowUp> followUps = new ArrayList<>();
            for (Timepoint timepoint : schedule) {
                FollowUps.dueOn(timepoint, client.enrolledOn(), programme).ifPresent(due -> {
                    for (String instrument : timepoint.instruments()) {
                        UUID response = answered.get(key(client.clientId(), timepoint.code(), instrument));
                        followUps.add(new FollowUp(timepoint.code(), instrument, due, due.plusDays(timepoint.windowDays()),
                                FollowUps.status(due, timepoint.windowDays(), response != null, today), response));
                    }
                });
            }
            followUps.sort(Comparator.comparing(FollowUp::dueOn));
            byClient.put(client.clientId(), followUps);
        }
        return byClient;
    }

    private static String key(UUID client, String timepoint, String instrument) {
        return client + "/" + timepoint + "/" + instrument;
    }
}
