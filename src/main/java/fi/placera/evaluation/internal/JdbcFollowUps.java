package fi.placera.evaluation.internal;

import fi.placera.evaluation.FollowUps;
import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instruments;
import fi.placera.platform.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule in PostgreSQL: timepoints per team or by default (a team's rows, in force and retired, replace the
 * default ones once it has any), programme periods, and the responses given.
 */
@Service
class JdbcFollowUps implements FollowUps {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final int MAX_LABEL = 80;
    static final int MAX_MONTHS = 120;
    static final int MAX_WINDOW_DAYS = 365;

    private static final String COLUMNS = """
            id, code, anchor, months, instruments, window_days, labels ->> 'fi', labels ->> 'sv', labels ->> 'en',
            valid_from, valid_to""";

    private final JdbcClient jdbc;
    private final ClientFacts clients;
    private final Instruments instruments;
    private final Clock clock;

    JdbcFollowUps(JdbcClient jdbc, ClientFacts clients, Instruments instruments, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.instruments = instruments;
        this.clock = clock;
    }

    @Override
    public List<Timepoint> scheduleOf(UUID ipsTeamId) {
        return historyOf(ipsTeamId).stream().filter(timepoint -> timepoint.validTo() == null).toList();
    }

    @Override
    public List<Timepoint> historyOf(UUID ipsTeamId) {
        // sql-reviewed: COLUMNS is a constant list of column names, no input
        return jdbc.sql("select " + COLUMNS + """

                        from evaluation_timepoint
                        where ips_team_id = :team
                           or (ips_team_id is null
                               and not exists (select 1 from evaluation_timepoint own where own.ips_team_id = :team))
                        order by position, valid_from nulls first, valid_to nulls last""")
                .param("team", ipsTeamId)
                .query(JdbcFollowUps::timepoint)
                .list();
    }

    private static Timepoint timepoint(ResultSet rs, int row) throws SQLException {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String label = rs.getString(7 + i);
            if (label != null) {
                labels.put(LANGUAGES.get(i), label);
            }
        }
        return new Timepoint(rs.getObject(1, UUID.class), rs.getString(2), Anchor.valueOf(rs.getString(3)),
                rs.getInt(4), List.of((String[]) rs.getArray(5).getArray()), rs.getInt(6), labels,
                rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class));
    }

    @Override
    public TeamCounts countsOf(UUID ipsTeamId) {
        List<UUID> clientIds = jdbc.sql("select client_id from clients_facts_client where ips_team_id = :team")
                .param("team", ipsTeamId).query(UUID.class).list();
        int open = 0;
        int overdue = 0;
        for (List<FollowUp> list : followUps(clients.of(clientIds)).values()) {
            for (FollowUp followUp : list) {
                open += followUp.status() == Status.OPEN ? 1 : 0;
                overdue += followUp.status() == Status.OVERDUE ? 1 : 0;
            }
        }
        java.time.Instant now = java.time.Instant.now(clock);
        return jdbc.sql("""
                        select count(*) filter (where l.expires_at > :now),
                               count(*) filter (where l.expires_at > :now and l.created_at <= :remindFrom),
                               count(*) filter (where l.expires_at <= :now)
                        from evaluation_link l join evaluation_response r on r.id = l.response_id
                        where r.ips_team_id = :team and r.client_id is not null and r.state = 'DRAFT'""")
                .param("team", ipsTeamId).param("now", java.sql.Timestamp.from(now))
                .param("remindFrom", java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(REMIND_AFTER_DAYS))))
                .query((rs, row) -> new TeamCounts(0, 0, rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single().withFollowUps(open, overdue);
    }

    @Override
    @Transactional
    public String saveTimepoint(UUID ipsTeamId, TimepointChange change, UUID changedBy) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String label = change.labels() == null ? null : change.labels().get(language);
            if (label == null || label.isBlank()) {
                throw new Rejection("label-" + language, "validation.required");
            }
            if (label.strip().length() > MAX_LABEL) {
                throw new Rejection("label-" + language, "evaluation.schedule.label-long", MAX_LABEL);
            }
            labels.put(language, label.strip());
        }
        if (change.anchor() == null) {
            throw new Rejection("anchor", "validation.required");
        }
        if (change.months() < 0 || change.months() > MAX_MONTHS) {
            throw new Rejection("months", "evaluation.schedule.months", MAX_MONTHS);
        }
        if (change.anchor() != Anchor.ENROLMENT && change.months() != 0) {
            throw new Rejection("months", "evaluation.schedule.months-programme");
        }
        if (change.windowDays() < 1 || change.windowDays() > MAX_WINDOW_DAYS) {
            throw new Rejection("windowDays", "evaluation.schedule.window", MAX_WINDOW_DAYS);
        }
        Set<String> asked = new LinkedHashSet<>(change.instruments() == null ? List.of() : change.instruments());
        if (asked.isEmpty() || !asked.stream().allMatch(code -> instruments.current(code)
                .map(Instrument::definition).filter(Instrument.Definition::perClient).isPresent())) {
            throw new Rejection("instruments", "evaluation.schedule.instruments-error");
        }
        lockTeam(ipsTeamId);
        boolean copied = ownSchedule(ipsTeamId);
        LocalDate today = LocalDate.now(clock);
        String code;
        int position;
        if (change.replaces() != null) {
            Timepoint replaced = inForce(ipsTeamId, change.replaces(), copied);
            retire(replaced.id(), today, changedBy);
            code = replaced.code();
            position = jdbc.sql("select position from evaluation_timepoint where id = :id")
                    .param("id", replaced.id()).query(Integer.class).single();
        } else {
            code = "C_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
            position = jdbc.sql("select coalesce(max(position), 0) + 1 from evaluation_timepoint where ips_team_id = :team")
                    .param("team", ipsTeamId).query(Integer.class).single();
        }
        jdbc.sql("""
                        insert into evaluation_timepoint (id, ips_team_id, code, position, anchor, months, instruments,
                            window_days, labels, valid_from, changed_by)
                        values (:id, :team, :code, :position, :anchor, :months, :instruments, :window,
                            jsonb_build_object('fi', cast(:fi as text), 'sv', cast(:sv as text), 'en', cast(:en as text)),
                            :today, :by)""")
                .param("id", UUID.randomUUID()).param("team", ipsTeamId).param("code", code)
                .param("position", position).param("anchor", change.anchor().name()).param("months", change.months())
                .param("instruments", asked.toArray(String[]::new)).param("window", change.windowDays())
                .param("fi", labels.get("fi")).param("sv", labels.get("sv")).param("en", labels.get("en"))
                .param("today", today).param("by", changedBy)
                .update();
        return code;
    }

    @Override
    @Transactional
    public void removeTimepoint(UUID ipsTeamId, UUID timepointId, UUID changedBy) {
        lockTeam(ipsTeamId);
        boolean copied = ownSchedule(ipsTeamId);
        retire(inForce(ipsTeamId, timepointId, copied).id(), LocalDate.now(clock), changedBy);
    }

    private void lockTeam(UUID ipsTeamId) {
        jdbc.sql("select ips_team_id from organisation_facts_team where ips_team_id = :team for no key update").param("team", ipsTeamId)
                .query(UUID.class).optional().orElseThrow(() -> new Rejection(null, "evaluation.schedule.changed"));
    }

    /** Copies the default schedule to the team unless it has rows of its own; true when it copied. */
    private boolean ownSchedule(UUID ipsTeamId) {
        if (jdbc.sql("select exists (select 1 from evaluation_timepoint where ips_team_id = :team)")
                .param("team", ipsTeamId).query(Boolean.class).single()) {
            return false;
        }
        jdbc.sql("""
                        insert into evaluation_timepoint (id, ips_team_id, code, position, anchor, months, instruments,
                            window_days)
                        select gen_random_uuid(), :team, code, position, anchor, months, instruments, window_days
                        from evaluation_timepoint where ips_team_id is null""")
                .param("team", ipsTeamId).update();
        return true;
    }

    /**
     * The team's row in force that the page's row {@code id} stands for: the team's own row, or (when the page showed
     * the default schedule and the team has just got its copy) the copy with the same code; else refused.
     */
    private Timepoint inForce(UUID ipsTeamId, UUID id, boolean copied) {
        Optional<String> defaultCode = jdbc.sql("select code from evaluation_timepoint where id = :id and ips_team_id is null")
                .param("id", id).query(String.class).optional();
        return scheduleOf(ipsTeamId).stream()
                .filter(timepoint -> defaultCode.isPresent()
                        ? copied && timepoint.code().equals(defaultCode.get())
                        : timepoint.id().equals(id))
                .findFirst().orElseThrow(() -> new Rejection(null, "evaluation.schedule.changed"));
    }

    private void retire(UUID timepointId, LocalDate today, UUID changedBy) {
        int retired = jdbc.sql("""
                        update evaluation_timepoint set valid_to = :today, changed_by = :by
                        where id = :id and valid_to is null and ips_team_id is not null""")
                .param("today", today).param("by", changedBy).param("id", timepointId).update();
        if (retired == 0) {
            throw new Rejection(null, "evaluation.schedule.changed");
        }
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
            List<Timepoint> schedule = schedules.computeIfAbsent(client.ipsTeamId(), this::historyOf);
            Optional<Programme> programme = programmes.computeIfAbsent(client.ipsTeamId(), this::programmeOf);
            List<FollowUp> followUps = new ArrayList<>();
            // rows in order, an older row of a code before a newer one: the first row that applies makes the
            // client's follow-up of that code, so one that had opened before a change keeps its old row
            Set<String> made = new HashSet<>();
            for (Timepoint timepoint : schedule) {
                if (made.contains(timepoint.code())) {
                    continue;
                }
                FollowUps.dueOn(timepoint, client.enrolledOn(), programme).ifPresent(due -> {
                    boolean anyAnswered = timepoint.instruments().stream()
                            .anyMatch(instrument -> answered.containsKey(key(client.clientId(), timepoint.code(),
                                    instrument)));
                    if (!timepoint.applies(due, anyAnswered)) {
                        return;
                    }
                    made.add(timepoint.code());
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
