package fi.placera.evaluation.internal;

import static fi.placera.platform.Checks.optional;

import fi.placera.evaluation.Answers;
import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instruments;
import fi.placera.evaluation.Questionnaires;
import fi.placera.evaluation.Instrument.Respondent;
import fi.placera.notifications.Notifications;
import fi.placera.notifications.Notifications.Kind;
import fi.placera.platform.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses in PostgreSQL. Saving replaces the response's answers; the response row is locked while it is saved,
 * so a double submit waits for the first and then finds the response submitted.
 */
@Service
class JdbcQuestionnaires implements Questionnaires {

    private static final Pattern TIMEPOINT = Pattern.compile("^[A-Z0-9_]{1,40}$");
    private static final int NAME = 200;
    private static final int MAX_LINK_DAYS = 90;
    private static final String COLUMNS = """
            select id, instrument_id, area_id, ips_team_id, client_id, timepoint, period_from, period_to,
                   respondent_name, answered_by, state, answered_on
            from evaluation_response""";

    private final JdbcClient jdbc;
    private final Instruments instruments;
    private final JdbcSafetyAlerts safetyAlerts;
    private final Clock clock;
    private final Notifications notifications;

    JdbcQuestionnaires(JdbcClient jdbc, Instruments instruments, JdbcSafetyAlerts safetyAlerts, Clock clock,
            Notifications notifications) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.safetyAlerts = safetyAlerts;
        this.clock = clock;
        this.notifications = notifications;
    }

    @Override
    @Transactional
    public UUID start(NewResponse response) {
        return insert(response, AnsweredBy.COACH);
    }

    @Override
    @Transactional
    public IssuedLink issueLink(NewResponse response, String language, int days) {
        if (language == null || !List.of("fi", "sv", "en").contains(language)) {
            throw new Rejection("language", "validation.required");
        }
        if (days < 1 || days > MAX_LINK_DAYS) {
            throw new Rejection("days", "evaluation.link.days", MAX_LINK_DAYS);
        }
        UUID id = insert(response, AnsweredBy.LINK);
        String token = LinkTokens.newToken();
        Instant now = Instant.now(clock);
        Instant expires = now.plus(days, ChronoUnit.DAYS);
        jdbc.sql("""
                        insert into evaluation_link (token_hash, response_id, language, expires_at, created_at)
                        values (:hash, :response, :language, :expires, :now)
                        on conflict (response_id) do nothing""")
                .param("hash", LinkTokens.hash(token)).param("response", id).param("language", language)
                .param("expires", Timestamp.from(expires)).param("now", Timestamp.from(now)).update();
        if (response.clientId() != null) {
            // to the client over each channel they allow; the coach still sees the link to hand it over otherwise
            notifications.toClient(response.clientId(), Kind.QUESTIONNAIRE_LINK, List.of("/q/" + token));
        }
        return new IssuedLink(id, token, expires);
    }

    @Override
    @Transactional
    public IssuedLink issueLinkTo(NewResponse response, UUID respondentStaffId, String language, int days) {
        if (careTeamAddresseesOf(response.ipsTeamId()).stream()
                .noneMatch(addressee -> addressee.staffMemberId().equals(respondentStaffId))) {
            throw new Rejection("respondentStaff", "evaluation.team.respondent-staff.unknown");
        }
        if (instruments.current(response.instrumentCode()).filter(instrument -> !instrument.definition().perClient()
                && instrument.definition().respondent() == Respondent.CARE_TEAM).isEmpty()) {
            throw new Rejection("instrument", "evaluation.team.respondent-staff.care-team-only");
        }
        IssuedLink link = issueLink(response, language, days);
        jdbc.sql("update evaluation_response set respondent_staff_id = :staff where id = :id and respondent_staff_id is null")
                .param("staff", respondentStaffId).param("id", link.responseId()).update();
        return link;
    }

    @Override
    public List<Addressee> careTeamAddresseesOf(UUID ipsTeamId) {
        return jdbc.sql("""
                        select distinct s.staff_member_id, s.first_name || ' ' || s.last_name as name, s.last_name,
                               s.first_name
                        from organisation_facts_staff s
                        join identity_facts_staff_role r on r.staff_member_id = s.staff_member_id
                                                        and r.role = 'CARE_TEAM_MEMBER'
                        join organisation_facts_care_team_member c on c.staff_member_id = s.staff_member_id
                        join organisation_facts_care_team_member attached on attached.care_team_id = c.care_team_id
                        join organisation_facts_team_member t on t.staff_member_id = attached.staff_member_id
                        where t.ips_team_id = :team
                        order by s.last_name, s.first_name, s.staff_member_id""")
                .param("team", ipsTeamId)
                .query((rs, row) -> new Addressee(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    @Override
    public List<Response> sentTo(UUID staffMemberId) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where respondent_staff_id = :staff order by created_at desc")
                .param("staff", staffMemberId).query(this::row).list();
    }

    @Override
    @Transactional
    public Optional<IssuedLink> reopen(UUID responseId, UUID staffMemberId) {
        String token = LinkTokens.newToken();
        Instant now = Instant.now(clock);
        Instant expires = now.plus(LINK_VALID_DAYS, ChronoUnit.DAYS);
        int reopened = jdbc.sql("""
                        update evaluation_link set token_hash = :hash, expires_at = :expires
                        where response_id = :id
                          and exists (select 1 from evaluation_response r where r.id = :id
                                      and r.respondent_staff_id = :staff and r.state = 'DRAFT')""")
                .param("hash", LinkTokens.hash(token)).param("expires", Timestamp.from(expires)).param("id", responseId)
                .param("staff", staffMemberId).update();
        return reopened == 1 ? Optional.of(new IssuedLink(responseId, token, expires)) : Optional.empty();
    }

    private UUID insert(NewResponse response, AnsweredBy answeredBy) {
        if (response.instrumentCode() == null || response.instrumentCode().isBlank()) {
            throw new Rejection("instrument", "validation.required");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:code))")
                .param("code", "evaluation_instrument:" + response.instrumentCode()).query(Object.class).single();
        Instrument instrument = instruments.current(response.instrumentCode())
                .orElseThrow(() -> new Rejection("instrument", "validation.required"));
        boolean perClient = instrument.definition().perClient();
        if (answeredBy == AnsweredBy.LINK && perClient && instrument.definition().respondent() == Respondent.COACH) {
            // the coach's own client-specific forms (background, referral) are filled in by the coach, never sent
            throw new Rejection("instrument", "evaluation.link.client-only");
        }
        if (perClient && response.clientId() == null) {
            throw new Rejection("instrument", "evaluation.response.client-needed");
        }
        if (response.timepoint() != null && !TIMEPOINT.matcher(response.timepoint()).matches()) {
            throw new Rejection("timepoint", "validation.required");
        }
        if (!perClient) {
            if (response.periodFrom() == null) {
                throw new Rejection("periodFrom", "form.date.format");
            }
            if (response.periodTo() == null) {
                throw new Rejection("periodTo", "form.date.format");
            }
            if (response.periodTo().isBefore(response.periodFrom())) {
                throw new Rejection("periodTo", "evaluation.period.reversed");
            }
            if (response.respondentName() == null || response.respondentName().isBlank()) {
                throw new Rejection("respondentName", "validation.required");
            }
        }
        String respondent = optional(response.respondentName(), NAME, "respondentName");
        UUID id = UUID.randomUUID();
        int stored = jdbc.sql("""
                        insert into evaluation_response (id, instrument_id, area_id, ips_team_id, client_id, timepoint,
                            period_from, period_to, respondent_name, answered_by, state, answered_on, created_by,
                            created_at, idempotency_key)
                        values (:id, :instrument, :area, :team, :client, :timepoint, :from, :to, :respondent,
                            :answeredBy, 'DRAFT', :today, :by, :now, :key)
                        on conflict (idempotency_key) do nothing""")
                .param("id", id).param("instrument", instrument.id()).param("area", response.areaId())
                .param("team", response.ipsTeamId()).param("client", perClient ? response.clientId() : null)
                .param("timepoint", perClient ? response.timepoint() : null)
                .param("from", perClient ? null : response.periodFrom())
                .param("to", perClient ? null : response.periodTo()).param("respondent", respondent)
                .param("answeredBy", answeredBy.name()).param("today", LocalDate.now(clock))
                .param("by", response.createdBy()).param("now", Timestamp.from(Instant.now(clock)))
                .param("key", response.idempotencyKey())
                .update();
        if (stored == 0) {
            return jdbc.sql("select id from evaluation_response where idempotency_key = :key")
                    .param("key", response.idempotencyKey()).query(UUID.class).single();
        }
        return id;
    }

    @Override
    public Optional<Response> find(UUID id) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(this::row).optional()
                .map(this::withAnswers);
    }

    @Override
    public List<Response> ofClient(UUID clientId) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where client_id = :client order by answered_on, created_at")
                .param("client", clientId).query(this::row).list().stream().map(this::withAnswers).toList();
    }

    @Override
    public List<Response> submittedAboutClientsOf(UUID ipsTeamId) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + """
                         where ips_team_id = :team and client_id is not null and state = 'SUBMITTED'
                        order by answered_on, submitted_at""")
                .param("team", ipsTeamId).query(this::row).list().stream().map(this::withAnswers).toList();
    }

    @Override
    public List<Response> ofTeam(UUID ipsTeamId) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where ips_team_id = :team and client_id is null order by period_to desc, created_at desc")
                .param("team", ipsTeamId).query(this::row).list().stream().map(this::withAnswers).toList();
    }

    @Override
    @Transactional
    public void answer(UUID responseId, Map<String, String> answers, boolean submit) {
        Response response = locked(responseId).orElseThrow(() -> new Rejection(null, "evaluation.response.gone"));
        save(response, answers, submit);
    }

    private void save(Response response, Map<String, String> typed, boolean submit) {
        if (response.submitted()) {
            if (submit) {
                return;
            }
            throw new Rejection(null, "evaluation.response.submitted");
        }
        Instrument.Definition definition = response.instrument().definition();
        Map<String, Rejection> problems = Answers.problems(definition, typed);
        if (!problems.isEmpty()) {
            throw problems.values().iterator().next();
        }
        Map<String, String> answers = Answers.of(definition, typed);
        jdbc.sql("delete from evaluation_answer where response_id = :id").param("id", response.id()).update();
        answers.forEach((item, value) -> jdbc.sql("""
                        insert into evaluation_answer (response_id, item_code, value) values (:id, :item, :value)""")
                .param("id", response.id()).param("item", item).param("value", value).update());
        if (submit) {
            jdbc.sql("""
                            update evaluation_response set state = 'SUBMITTED', submitted_at = :now, answered_on = :today
                            where id = :id""")
                    .param("now", Timestamp.from(Instant.now(clock))).param("today", LocalDate.now(clock))
                    .param("id", response.id()).update();
            // in the same transaction: a submitted answer that reaches a safety threshold is never without its alert
            safetyAlerts.raise(response, answers);
        }
    }

    @Override
    @Transactional
    public Optional<LinkedResponse> byLink(String token) {
        return link(token, false).filter(link -> !link.response().submitted()).map(link -> {
            jdbc.sql("update evaluation_link set opened_at = coalesce(opened_at, :now) where response_id = :id")
                    .param("now", Timestamp.from(Instant.now(clock))).param("id", link.response().id()).update();
            return link;
        });
    }

    @Override
    public Optional<LinkedResponse> submittedByLink(String token) {
        return link(token, false).filter(link -> link.response().submitted());
    }

    @Override
    @Transactional
    public boolean answerByLink(String token, Map<String, String> answers, boolean submit) {
        Optional<LinkedResponse> link = link(token, true);
        if (link.isEmpty() || link.get().response().submitted() && !submit) {
            return false;
        }
        save(link.get().response(), answers, submit);
        return true;
    }

    /** The unexpired link's response (locked when asked), else nothing; a malformed token is not looked up. */
    private Optional<LinkedResponse> link(String token, boolean lock) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<Map.Entry<UUID, String>> link = jdbc.sql("""
                        select response_id, language from evaluation_link
                        where token_hash = :hash and expires_at > :now""")
                .param("hash", LinkTokens.hash(token)).param("now", Timestamp.from(Instant.now(clock)))
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).optional();
        return link.flatMap(found -> (lock ? locked(found.getKey()) : find(found.getKey()))
                .map(response -> new LinkedResponse(response, found.getValue())));
    }

    private Optional<Response> locked(UUID id) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where id = :id for update").param("id", id).query(this::row).optional()
                .map(this::withAnswers);
    }

    private Response row(ResultSet rs, int row) throws SQLException {
        Instrument instrument = instruments.version(rs.getObject(2, UUID.class)).orElseThrow();
        return new Response(rs.getObject(1, UUID.class), instrument, rs.getShort(3), rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), rs.getString(9), AnsweredBy.valueOf(rs.getString(10)),
                State.valueOf(rs.getString(11)), rs.getObject(12, LocalDate.class), Map.of());
    }

    private Response withAnswers(Response response) {
        Map<String, String> answers = new LinkedHashMap<>();
        jdbc.sql("select item_code, value from evaluation_answer where response_id = :id")
                .param("id", response.id()).query(rs -> {
                    answers.put(rs.getString(1), rs.getString(2));
                });
        return new Response(response.id(), response.instrument(), response.areaId(), response.ipsTeamId(),
                response.clientId(), response.timepoint(), response.periodFrom(), response.periodTo(),
                response.respondentName(), response.answeredBy(), response.state(), response.answeredOn(),
                Map.copyOf(new HashMap<>(answers)));
    }
}
