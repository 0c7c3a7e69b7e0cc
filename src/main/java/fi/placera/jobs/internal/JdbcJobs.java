package fi.placera.jobs.internal;

import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.required;

import fi.placera.audit.RecordRevisions;
import fi.placera.audit.RecordRevisions.Action;
import fi.placera.audit.RecordRevisions.NewRevision;
import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Replaced;
import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.clients.ClientSummary;
import fi.placera.clients.Revisers;
import fi.placera.consent.Consents;
import fi.placera.identity.PlaceraUser;
import fi.placera.jobs.Job;
import fi.placera.jobs.JobEnded;
import fi.placera.jobs.JobStarted;
import fi.placera.jobs.JobTermsChanged;
import fi.placera.jobs.Jobs;
import fi.placera.jobs.Jobs.TrackerJob;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.BenefitsCounselling.DueReason;
import fi.placera.platform.BatchRejection;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import fi.placera.platform.persistence.BatchColumns;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Jobs and studies in PostgreSQL; each change and its event are committed together. */
@Service
class JdbcJobs implements Jobs {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(80);
    private static final int NAME = 200;
    /** The kind of record in the history of corrections and voids. */
    static final String RECORD_KIND = "JOB";

    private final JdbcClient jdbc;
    private final Consents consents;
    private final BenefitsCounselling counselling;
    private final ApplicationEventPublisher events;
    private final Revisers revisers;
    private final RecordRevisions revisions;
    private final Clock clock;

    JdbcJobs(JdbcClient jdbc, Consents consents, BenefitsCounselling counselling, ApplicationEventPublisher events,
            Revisers revisers, RecordRevisions revisions, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.counselling = counselling;
        this.events = events;
        this.revisers = revisers;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Override
    public List<Job> jobsOf(UUID clientId) {
        return jdbc.sql("""
                        select j.id, j.client_id, j.employer_id, e.name, j.title, j.occupation_code, j.started_on, j.ended_on,
                               j.hours_per_week, j.wage_basis, j.contract_type, j.contract_ends_on, j.competitive,
                               j.end_reason, j.version
                        from job j join employers_facts_employer e on e.employer_id = j.employer_id
                        where j.client_id = ? and j.voided_at is null order by j.started_on, j.id""")
                .param(clientId)
                .query((rs, row) -> job(rs))
                .list();
    }

    @Override
    @Transactional
    public Job start(NewJob job) {
        if (consents.agreementOf(job.clientId()).isEmpty()) {
            throw Rejection.beforeTheAgreement();
        }
        checkStart(job);
        int stored = jdbc.sql("""
                        insert into job (id, client_id, area_id, employer_id, title, occupation_code, started_on,
                                         hours_per_week, wage_basis, contract_type, contract_ends_on, competitive,
                                         recorded_by, idempotency_key, version)
                        select ?, ?, ?, employer_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1 from employers_facts_employer where employer_id = ? and area_id = ?
                        on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), job.clientId(), job.areaId(), optional(job.title(), NAME, "jobTitle"),
                        occupationCode(job.occupationCode()), job.startedOn(), job.hoursPerWeek(),
                        job.wageBasis().name(), job.contractType().name(), contractEnd(job), job.competitive(),
                        job.recordedBy(), job.idempotencyKey(), job.employerId(), job.areaId())
                .update();
        Job saved = byKey(job.clientId(), job.idempotencyKey());
        if (stored == 1) {
            counselling.raiseDue(saved.clientId(), job.areaId(), DueReason.JOB_START, saved.id(), saved.startedOn());
            events.publishEvent(new JobStarted(saved.id(), saved.clientId(), job.areaId(), saved.startedOn()));
        }
        return saved;
    }

    @Override
    @Transactional
    public int recordFromTracker(List<TrackerJob> jobs) {
        Set<UUID> agreed = consents.agreementsOf(jobs.stream().map(tracker -> tracker.job().clientId()).toList()).keySet();
        BatchRejection.checkEach(jobs, tracker -> checkFromTracker(tracker, agreed));
        List<UUID> ids = jobs.stream().map(tracker -> UUID.randomUUID()).toList();
        Set<UUID> stored = new HashSet<>(jdbc.sql("""
                        insert into job (id, client_id, area_id, employer_id, title, occupation_code, started_on, ended_on,
                                         hours_per_week, wage_basis, contract_type, contract_ends_on, competitive,
                                         end_reason, recorded_by, idempotency_key, version)
                        select t.id, t.client_id, t.area_id, e.employer_id, t.title, null, t.started_on, t.ended_on,
                               t.hours_per_week, t.wage_basis, t.contract_type, t.contract_ends_on, t.competitive,
                               t.end_reason, t.recorded_by, t.idempotency_key, 1
                        from unnest(?::uuid[], ?::uuid[], ?::smallint[], ?::uuid[], ?::text[], ?::date[], ?::date[],
                                    ?::numeric[], ?::text[], ?::text[], ?::date[], ?::boolean[], ?::text[], ?::uuid[],
                                    ?::uuid[])
                             as t (id, client_id, area_id, employer_id, title, started_on, ended_on, hours_per_week,
                                   wage_basis, contract_type, contract_ends_on, competitive, end_reason, recorded_by,
                                   idempotency_key)
                        join employers_facts_employer e on e.employer_id = t.employer_id and e.area_id = t.area_id
                        on conflict (idempotency_key) do nothing returning id""")
                .params(BatchColumns.of(ids, id -> id), column(jobs, NewJob::clientId), column(jobs, NewJob::areaId),
                        column(jobs, NewJob::employerId), column(jobs, job -> optional(job.title(), NAME, "jobTitle")),
                        column(jobs, NewJob::startedOn), BatchColumns.of(jobs, TrackerJob::endedOn),
                        column(jobs, NewJob::hoursPerWeek), column(jobs, NewJob::wageBasis),
                        column(jobs, NewJob::contractType), column(jobs, JdbcJobs::trackerContractEnd),
                        column(jobs, NewJob::competitive),
                        BatchColumns.of(jobs, tracker -> tracker.endedOn() == null ? null : Job.EndReason.OTHER),
                        column(jobs, NewJob::recordedBy), column(jobs, NewJob::idempotencyKey))
                .query(UUID.class).list());
        notStoredBefore(jobs, ids, stored);
        // the stored jobs are these: their events need no read back (reading every job back was a tenth of an import)
        for (int item = 0; item < jobs.size(); item++) {
            NewJob job = jobs.get(item).job();
            if (stored.contains(ids.get(item)) && jobs.get(item).endedOn() == null) {
                events.publishEvent(new JobStarted(ids.get(item), job.clientId(), job.areaId(), job.startedOn()));
            }
        }
        return stored.size();
    }

    private void checkFromTracker(TrackerJob tracker, Set<UUID> agreed) {
        NewJob job = tracker.job();
        if (!agreed.contains(job.clientId())) {
            throw Rejection.beforeTheAgreement();
        }
        checkStart(job);
        if (tracker.endedOn() != null && tracker.endedOn().isBefore(job.startedOn())) {
            throw new Rejection("jobEndedOn", "job.end.before-start");
        }
        optional(job.title(), NAME, "jobTitle");
        trackerContractEnd(job);
    }

    /**
     * Refuses the first job that is neither stored now nor by an earlier import with the same key: its employer is not
     * one of the area's.
     */
    private void notStoredBefore(List<TrackerJob> jobs, List<UUID> ids, Set<UUID> stored) {
        List<TrackerJob> skipped = IntStream.range(0, jobs.size()).filter(item -> !stored.contains(ids.get(item)))
                .mapToObj(jobs::get).toList();
        if (skipped.isEmpty()) {
            return;
        }
        Set<List<UUID>> earlier = new HashSet<>(jdbc.sql("""
                        select idempotency_key, client_id from job
                        where idempotency_key = any(?::uuid[])""")
                .param(column(skipped, NewJob::idempotencyKey))
                .query((rs, row) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list());
        for (int item = 0; item < jobs.size(); item++) {
            NewJob job = jobs.get(item).job();
            if (!stored.contains(ids.get(item)) && !earlier.contains(List.of(job.idempotencyKey(), job.clientId()))) {
                throw new BatchRejection(item, new Rejection("employerId", "job.employer.unknown"));
            }
        }
    }

    private static String[] column(List<TrackerJob> jobs, Function<NewJob, ?> value) {
        return BatchColumns.of(jobs, tracker -> value.apply(tracker.job()));
    }

    @Override
    @Transactional
    public void end(UUID clientId, UUID jobId, int version, LocalDate endedOn, Job.EndReason reason, UUID recordedBy) {
        Job job = ongoing(clientId, jobId);
        notInFuture(endedOn, clock, "jobEndedOn");
        if (endedOn.isBefore(job.startedOn())) {
            throw new Rejection("jobEndedOn", "job.end.before-start");
        }
        if (reason == null) {
            throw new Rejection("jobEndReason", "validation.required");
        }
        short area = changeVersioned(jobId, version, """
                update job set ended_on = ?, end_reason = ?, version = version + 1
                where id = ? and version = ? and ended_on is null returning area_id""", endedOn, reason.name());
        events.publishEvent(new JobEnded(jobId, clientId, area, endedOn, reason));
    }

    @Override
    @Transactional
    public void changeTerms(UUID clientId, UUID jobId, int version, LocalDate changedOn, BigDecimal hoursPerWeek,
            Job.WageBasis wageBasis, UUID recordedBy) {
        Job job = ongoing(clientId, jobId);
        notInFuture(changedOn, clock, "termsChangedOn");
        if (changedOn.isBefore(job.startedOn())) {
            throw new Rejection("termsChangedOn", "job.change.before-start");
        }
        checkHours(hoursPerWeek, "newHoursPerWeek");
        if (wageBasis == null) {
            throw new Rejection("newWageBasis", "validation.required");
        }
        short area = changeVersioned(jobId, version, """
                update job set hours_per_week = ?, wage_basis = ?, version = version + 1
                where id = ? and version = ? and ended_on is null returning area_id""", hoursPerWeek, wageBasis.name());
        jdbc.sql("""
                        insert into job_terms_change (id, job_id, area_id, changed_on, hours_per_week, wage_basis, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), jobId, area, changedOn, hoursPerWeek, wageBasis.name(), recordedBy).update();
        counselling.raiseDue(clientId, area, DueReason.HOURS_OR_PAY_CHANGE, jobId, changedOn);
        events.publishEvent(new JobTermsChanged(jobId, clientId, area, changedOn));
    }

    @Override
    @Transactional
    public void correct(PlaceraUser user, ClientSummary client, UUID jobId, int version, Correction correction,
            String reason) {
        Job job = revisable(user, client, jobId);
        String why = RecordRevisions.reason(reason, "correctionReason");
        Correction checked = checked(job, correction);
        List<Previous> previous = replaced(job, checked);
        int updated = jdbc.sql("""
                        update job set title = ?, started_on = ?, ended_on = ?, hours_per_week = ?, wage_basis = ?,
                                       contract_type = ?, contract_ends_on = ?, competitive = ?, version = version + 1
                        where id = ? and client_id = ? and version = ? and voided_at is null""")
                .params(checked.title(), checked.startedOn(), checked.endedOn(), checked.hoursPerWeek(),
                        checked.wageBasis().name(), checked.contractType().name(), checked.contractEndsOn(),
                        checked.competitive(), jobId, client.id(), version)
                .update();
        revised(updated, new NewRevision(RECORD_KIND, jobId, client.id(), client.areaId(), Action.CORRECTED,
                previous, why, user.accountId()));
    }

    @Override
    @Transactional
    public void voidJob(PlaceraUser user, ClientSummary client, UUID jobId, int version, String reason) {
        Job job = revisable(user, client, jobId);
        String why = RecordRevisions.reason(reason, "voidReason");
        int updated = jdbc.sql("""
                        update job set voided_at = ?, version = version + 1
                        where id = ? and client_id = ? and version = ? and voided_at is null""")
                .params(Timestamp.from(clock.instant()), jobId, client.id(), version)
                .update();
        revised(updated, new NewRevision(RECORD_KIND, jobId, client.id(), client.areaId(), Action.VOIDED,
                List.of(new Previous("employer", job.employerName()), new Previous("title", text(job.title())),
                        new Previous("startedOn", text(job.startedOn())), new Previous("endedOn", text(job.endedOn())),
                        new Previous("hoursPerWeek", text(job.hoursPerWeek()))),
                why, user.accountId()));
    }

    @Override
    public List<Revision> revisionsOf(UUID clientId) {
        return revisions.ofClient(RECORD_KIND, clientId);
    }

    /** The client's job, not voided, when the user recorded it or leads the client's team. */
    private Job revisable(PlaceraUser user, ClientSummary client, UUID jobId) {
        UUID recordedBy = jdbc.sql("select recorded_by from job where id = ? and client_id = ? and voided_at is null")
                .params(jobId, client.id()).query(UUID.class).optional()
                .orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        revisers.checkMayRevise(user, client, recordedBy);
        return jobsOf(client.id()).stream().filter(job -> job.id().equals(jobId)).findFirst().orElseThrow();
    }

    /**
     * The correction as it may be stored: the same rules as a job's start, end and change of terms. Its fields have
     * names of their own, so that a refusal points at the correction form, not at the form of a new job.
     */
    private Correction checked(Job job, Correction correction) {
        notInFuture(correction.startedOn(), clock, "correctedStartedOn");
        if (job.endedOn() == null && correction.endedOn() != null) {
            throw new Rejection("correctedEndedOn", "job.correct.ongoing-has-no-end");
        }
        if (job.endedOn() != null) {
            notInFuture(correction.endedOn(), clock, "correctedEndedOn");
            if (correction.endedOn().isBefore(correction.startedOn())) {
                throw new Rejection("correctedEndedOn", "job.end.before-start");
            }
        }
        checkHours(correction.hoursPerWeek(), "correctedHours");
        if (correction.wageBasis() == null) {
            throw new Rejection("correctedWageBasis", "validation.required");
        }
        if (correction.contractType() == null) {
            throw new Rejection("correctedContractType", "validation.required");
        }
        return new Correction(optional(correction.title(), NAME, "correctedTitle"), correction.startedOn(),
                correction.endedOn(), correction.hoursPerWeek(), correction.wageBasis(), correction.contractType(),
                contractEnd(correction.contractType(), correction.contractEndsOn(), correction.startedOn(),
                        "correctedContractEndsOn"),
                correction.competitive());
    }

    /** The fields the correction changes, each with the value it replaces. */
    private static List<Previous> replaced(Job job, Correction to) {
        return new Replaced().field("title", job.title(), to.title())
                .field("startedOn", job.startedOn(), to.startedOn()).field("endedOn", job.endedOn(), to.endedOn())
                .field("hoursPerWeek", job.hoursPerWeek(), to.hoursPerWeek())
                .field("wageBasis", job.wageBasis(), to.wageBasis())
                .field("contractType", job.contractType(), to.contractType())
                .field("contractEndsOn", job.contractEndsOn(), to.contractEndsOn())
                .field("competitive", job.competitive(), to.competitive()).orNothingChanged();
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                : value == null ? "" : value.toString();
    }

    /** Keeps the revision of a versioned update; none updated means someone changed the job in between. */
    private void revised(int updated, NewRevision revision) {
        if (updated != 1) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        revisions.record(revision);
    }

    @Override
    public List<Study> studiesOf(UUID clientId) {
        return jdbc.sql("""
                        select id, institution, programme, started_on, ended_on from study where client_id = ?
                        order by started_on, id""")
                .param(clientId)
                .query((rs, row) -> new Study(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
    }

    @Override
    public void recordStudy(UUID idempotencyKey, UUID clientId, short areaId, String institution, String programme,
            LocalDate startedOn, LocalDate endedOn, UUID recordedBy) {
        if (consents.agreementOf(clientId).isEmpty()) {
            throw Rejection.beforeTheAgreement();
        }
        String school = required(institution, NAME, "institution");
        String studies = optional(programme, NAME, "programme");
        notInFuture(startedOn, clock, "studyStartedOn");
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw new Rejection("studyEndedOn", "job.end.before-start");
        }
        jdbc.sql("""
                        insert into study (id, client_id, area_id, institution, programme, started_on, ended_on, recorded_by,
                                           idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), clientId, areaId, school, studies, startedOn, endedOn, recordedBy, idempotencyKey)
                .update();
    }

    private void checkStart(NewJob job) {
        if (job.employerId() == null) {
            throw new Rejection("employerId", "validation.required");
        }
        notInFuture(job.startedOn(), clock, "jobStartedOn");
        checkHours(job.hoursPerWeek(), "hoursPerWeek");
        if (job.wageBasis() == null) {
            throw new Rejection("wageBasis", "validation.required");
        }
        if (job.contractType() == null) {
            throw new Rejection("contractType", "validation.required");
        }
    }

    private static LocalDate contractEnd(NewJob job) {
        return contractEnd(job.contractType(), job.contractEndsOn(), job.startedOn(), "contractEndsOn");
    }

    private static LocalDate contractEnd(Job.ContractType type, LocalDate endsOn, LocalDate startedOn, String field) {
        if (type != Job.ContractType.FIXED_TERM) {
            return null;
        }
        if (endsOn == null) {
            throw new Rejection(field, "job.contract-end.required");
        }
        if (endsOn.isBefore(startedOn)) {
            throw new Rejection(field, "job.end.before-start");
        }
        return endsOn;
    }

    /**
     * A tracker's fixed-term job may have no known contract end (an ongoing fixed-term job, data-exchange.md); a job
     * recorded in Placera always names it ({@link #contractEnd}).
     */
    private static LocalDate trackerContractEnd(NewJob job) {
        if (job.contractType() != Job.ContractType.FIXED_TERM || job.contractEndsOn() == null) {
            return null;
        }
        return contractEnd(job);
    }

    private static String occupationCode(String code) {
        String stripped = optional(code, 5, "occupationCode");
        if (stripped != null && !stripped.matches("[0-9]{1,5}")) {
            throw new Rejection("occupationCode", "job.occupation-code.format");
        }
        return stripped;
    }

    private static void checkHours(BigDecimal hours, String field) {
        if (hours == null) {
            throw new Rejection(field, "job.hours.format");
        }
        if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new Rejection(field, "job.hours.range");
        }
    }

    private Job ongoing(UUID clientId, UUID jobId) {
        Job job = jobsOf(clientId).stream().filter(found -> found.id().equals(jobId)).findFirst()
                .orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        if (job.endedOn() != null) {
            throw new Rejection(null, "job.already-ended");
        }
        return job;
    }

    /** Runs a versioned update whose last two parameters are the job and the version; a stale version is a conflict. */
    private short changeVersioned(UUID jobId, int version, String sql, Object first, Object second) {
        return jdbc.sql(sql).params(first, second, jobId, version).query(Short.class).optional()
                .orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
    }

    /** The job stored under a form's key; none means the employer was not one of the area's. */
    private Job byKey(UUID clientId, UUID key) {
        UUID id = jdbc.sql("select id from job where idempotency_key = ? and client_id = ?").params(key, clientId)
                .query(UUID.class).optional()
                .orElseThrow(() -> new Rejection("employerId", "job.employer.unknown"));
        return jobsOf(clientId).stream().filter(job -> job.id().equals(id)).findFirst().orElseThrow();
    }

    private static Job job(ResultSet rs) throws SQLException {
        String endReason = rs.getString(14);
        return new Job(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), rs.getBigDecimal(9), Job.WageBasis.valueOf(rs.getString(10)),
                Job.ContractType.valueOf(rs.getString(11)), rs.getObject(12, LocalDate.class), rs.getBoolean(13),
                endReason == null ? null : Job.EndReason.valueOf(rs.getString(14)), rs.getInt(15));
    }
}
