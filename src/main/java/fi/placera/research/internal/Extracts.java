package fi.placera.research.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.platform.Rejection;
import fi.placera.research.Study;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extract and linkage jobs: requested by a user, run one at a time on a background thread (so an extract never holds
 * a request thread or more than one database connection for its reads), with progress in the job's row. A ready file
 * is delivered by {@link #deliver}, which writes the disclosure row in the same transaction; a linkage file is
 * deleted once delivered.
 */
@Service
public class Extracts implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Extracts.class);

    /** An extract or linkage job as its row holds it. */
    public record Job(UUID id, long studyId, Kind kind, Set<Short> areaIds, UUID requestedBy, Instant requestedAt,
            State state, long rowsDone, Long rowsTotal, Integer clients, String fileName, Long sizeBytes,
            String sha256, String failure, Instant finishedAt, Instant deliveredAt) {

        /** Percent done, 0–100. */
        public int percent() {
            if (state == State.READY || state == State.DELIVERED) {
                return 100;
            }
            if (rowsTotal == null || rowsTotal == 0) {
                return 0;
            }
            return (int) Math.min(99, rowsDone * 100 / rowsTotal);
        }

        public boolean finished() {
            return state != State.QUEUED && state != State.RUNNING;
        }
    }

    public enum Kind { EXTRACT, LINKAGE }

    /** EXPIRED: the file was not taken within its keeping time and was deleted. */
    public enum State { QUEUED, RUNNING, READY, DELIVERED, FAILED, EXPIRED }

    /** A file to deliver: where it is and what the disclosure row says. */
    public record Delivery(Job job, Path file) {
    }

    private final JdbcClient jdbc;
    private final ExtractRunner runner;
    private final StudyKeys keys;
    private final Disclosures disclosures;
    private final Clock clock;
    private final Duration keepExtracts;
    private final Duration keepLinkage;
    /** This node, as its jobs name it: a new name at every start, so a restarted node's old jobs are not its own. */
    private final String node = UUID.randomUUID().toString();
    private final Duration heartbeatStaleAfter;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "research-extract");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    Extracts(JdbcClient jdbc, ExtractRunner runner, StudyKeys keys, Disclosures disclosures, Clock clock,
            @Value("${placera.research.keep-days.extract}") int keepExtractDays,
            @Value("${placera.research.keep-days.linkage}") int keepLinkageDays,
            @Value("${placera.research.heartbeat-interval:15s}") Duration heartbeatInterval) {
        if (keepExtractDays < 1 || keepLinkageDays < 1) {
            throw new IllegalStateException("placera.research.keep-days.* must be at least 1 day");
        }
        this.jdbc = jdbc;
        this.runner = runner;
        this.keys = keys;
        this.disclosures = disclosures;
        this.clock = clock;
        this.keepExtracts = Duration.ofDays(keepExtractDays);
        this.keepLinkage = Duration.ofDays(keepLinkageDays);
        // four missed beats: a node busy with garbage collection or a long statement is not taken for dead
        this.heartbeatStaleAfter = heartbeatInterval.multipliedBy(4);
    }

    /** How long a ready file of this kind is kept for its user to take. */
    public Duration keptFor(Kind kind) {
        return kind == Kind.LINKAGE ? keepLinkage : keepExtracts;
    }

    /**
     * Queues an extract of the study's data of these areas for one of its evaluators. Refused (Rejection) for areas
     * outside the study, none chosen, or a key that is missing or too short; nothing is produced then.
     */
    public Job requestExtract(Study study, List<Short> areas, PlaceraUser user) {
        if (!user.has(Role.EVALUATOR) || !study.evaluators().contains(user.accountId())) {
            throw new Rejection("study", "research.extract.not-evaluator");
        }
        return queue(study, checkedAreas(study, areas), Kind.EXTRACT, user);
    }

    /**
     * Queues a register linkage file (identity code ↔ pseudonym) of the study for its trusted third party, made by a
     * welfare area's administrator of the area's own clients (a national administrator: of the study's areas).
     * Refused when the study may not be linked, or the key is missing or too short.
     */
    public Job requestLinkage(Study study, PlaceraUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new Rejection("study", "research.linkage.not-admin");
        }
        if (!study.linkagePermitted() || study.basis() != Study.Basis.PERMIT || study.trustedThirdParty() == null) {
            throw new Rejection("study", "research.linkage.not-permitted");
        }
        List<Short> areas = user.areaId() == null
                ? study.areaIds().stream().map(Long::shortValue).sorted().toList()
                : List.of(user.areaId());
        return queue(study, checkedAreas(study, areas), Kind.LINKAGE, user);
    }

    private static Set<Short> checkedAreas(Study study, List<Short> areas) {
        if (areas == null || areas.isEmpty()) {
            throw new Rejection("areaIds", "research.extract.areas-required");
        }
        Set<Short> chosen = new LinkedHashSet<>(areas);
        for (Short area : chosen) {
            if (area == null || !study.covers(area)) {
                throw new Rejection("areaIds", "research.extract.area-outside-study");
            }
        }
        return chosen;
    }

    private Job queue(Study study, Set<Short> areas, Kind kind, PlaceraUser user) {
        keys.keyOf(study.id()); // refused here, before anything is queued, when the key is missing or short
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into research_extract (id, study_id, kind, area_ids, requested_by, requested_at, state,
                            owner_node, heartbeat_at)
                        values (:id, :study, :kind, :areas, :by, :at, 'QUEUED', :node, :at)""")
                .param("id", id).param("study", study.id()).param("kind", kind.name())
                .param("areas", areas.toArray(new Short[0])).param("by", user.accountId())
                .param("at", Timestamp.from(Instant.now(clock))).param("node", node).update();
        executor.submit(() -> run(id, study, kind));
        return find(id).orElseThrow();
    }

    private void run(UUID id, Study study, Kind kind) {
        try {
            runner.run(find(id).orElseThrow(), study);
        } catch (Rejection refused) {
            fail(id, refused.messageKey());
        } catch (RuntimeException | Error e) {
            LOG.error("research extract {} failed", id, e);
            fail(id, "research.extract.failed");
        }
    }

    private void fail(UUID id, String messageKey) {
        jdbc.sql("update research_extract set state = 'FAILED', failure = :failure, finished_at = :at where id = :id")
                .param("failure", messageKey).param("at", Timestamp.from(Instant.now(clock))).param("id", id).update();
    }

    public Optional<Job> find(UUID id) {
        return jdbc.sql("select * from research_extract where id = :id").param("id", id).query(Extracts::job)
                .optional();
    }

    /** The study's jobs, newest first; of one kind. */
    public List<Job> ofStudy(long studyId, Kind kind) {
        return jdbc.sql("""
                        select * from research_extract where study_id = :study and kind = :kind
                        order by requested_at desc limit 50""")
                .param("study", studyId).param("kind", kind.name()).query(Extracts::job).list();
    }

    /**
     * Hands a ready file to its user: writes the disclosure row (in this transaction) and returns where the file is.
     * An extract may be taken again by the study's evaluators (each time a row); a linkage file only once, by the
     * administrator who made it, and the caller deletes it after sending it ({@link #delivered}).
     */
    @Transactional
    public Optional<Delivery> deliver(UUID jobId, Study study, PlaceraUser user) {
        Job job = jdbc.sql("select * from research_extract where id = :id for update").param("id", jobId)
                .query(Extracts::job).optional().orElse(null);
        if (job == null || job.studyId() != study.id() || job.state() != State.READY) {
            return Optional.empty();
        }
        boolean allowed = job.kind() == Kind.EXTRACT
                ? user.has(Role.EVALUATOR) && study.evaluators().contains(user.accountId())
                : user.has(Role.ADMIN) && job.requestedBy().equals(user.accountId());
        Path file = runner.fileOf(job.fileName());
        if (!allowed || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String recipient = job.kind() == Kind.LINKAGE ? study.trustedThirdParty()
                : user.getDisplayName() + " (" + user.getUsername() + ")";
        disclosures.record(job, study, user, recipient);
        if (job.kind() == Kind.LINKAGE) {
            jdbc.sql("update research_extract set state = 'DELIVERED', delivered_at = :at where id = :id")
                    .param("at", Timestamp.from(Instant.now(clock))).param("id", jobId).update();
        }
        return Optional.of(new Delivery(job, file));
    }

    /** After a linkage file was sent: it is removed from Placera. */
    public void delivered(Delivery delivery) {
        if (delivery.job().kind() == Kind.LINKAGE) {
            try {
                Files.deleteIfExists(delivery.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The file's bytes, for a caller that streams it (the controller). */
    public static InputStream open(Delivery delivery) throws IOException {
        return Files.newInputStream(delivery.file());
    }

    /**
     * Deletes the ready files kept longer than their keeping time and marks their jobs EXPIRED. Extracts may be
     * taken again while kept, so they expire whether taken or not; a linkage file not taken is deleted the same way.
     * Returns how many expired.
     */
    public int expireOldFiles() {
        Instant now = Instant.now(clock);
        int expired = 0;
        for (Kind kind : Kind.values()) {
            List<Job> old = jdbc.sql("""
                            select * from research_extract
                            where state = 'READY' and kind = :kind and finished_at < :before""")
                    .param("kind", kind.name()).param("before", Timestamp.from(now.minus(keptFor(kind))))
                    .query(Extracts::job).list();
            for (Job job : old) {
                expired += expire(job, now);
            }
        }
        if (expired > 0) {
            LOG.info("{} research files kept past their time were deleted", expired);
        }
        return expired;
    }

    /** {@link #expireOldFiles} once per period across all nodes (the lock outlives a quick run). */
    @Scheduled(fixedDelayString = "${placera.research.expiry-interval:1h}",
            initialDelayString = "${placera.research.expiry-initial-delay:1m}")
    @SchedulerLock(name = "research-expiry", lockAtLeastFor = "${placera.research.expiry-lock:5m}")
    public void expireOldFilesOnSchedule() {
        expireOldFiles();
    }

    private int expire(Job job, Instant now) {
        try {
            Files.deleteIfExists(runner.fileOf(job.fileName()));
        } catch (IOException e) {
            LOG.error("research file {} could not be deleted", job.fileName(), e);
            return 0;
        }
        return jdbc.sql("""
                        update research_extract set state = 'EXPIRED', expired_at = :at
                        where id = :id and state = 'READY'""")
                .param("at", Timestamp.from(now)).param("id", job.id()).update();
    }

    /** Tells the other nodes that this node still runs its jobs. */
    @Scheduled(fixedDelayString = "${placera.research.heartbeat-interval:15s}")
    public void beat() {
        jdbc.sql("""
                        update research_extract set heartbeat_at = :at
                        where owner_node = :node and state in ('QUEUED', 'RUNNING')""")
                .param("at", Timestamp.from(Instant.now(clock))).param("node", node).update();
    }

    /**
     * Jobs left queued or running by a node that stopped (its heart no longer beats) will not finish: they are marked
     * failed, so their pages say so instead of waiting forever, and what they had written is deleted. Runs when
     * Placera starts and then now and then, so a node that died while another lives is noticed too; a job another
     * live node runs is left alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void failInterrupted() {
        Instant now = Instant.now(clock);
        List<UUID> interrupted = jdbc.sql("""
                        update research_extract set state = 'FAILED', failure = 'research.extract.interrupted',
                            finished_at = :at
                        where state in ('QUEUED', 'RUNNING') and owner_node is distinct from :node
                          and (heartbeat_at is null or heartbeat_at < :stale)
                        returning id""")
                .param("at", Timestamp.from(now)).param("node", node)
                .param("stale", Timestamp.from(now.minus(heartbeatStaleAfter))).query(UUID.class).list();
        runner.removeUnfinished(interrupted);
        if (!interrupted.isEmpty()) {
            LOG.warn("{} research extract jobs were interrupted: their node stopped", interrupted.size());
        }
    }

    /** {@link #failInterrupted} now and then, on one node at a time. */
    @Scheduled(fixedDelayString = "${placera.research.heartbeat-interval:15s}", initialDelayString = "1m")
    @SchedulerLock(name = "research-interrupted-jobs", lockAtMostFor = "1m")
    public void failInterruptedOnSchedule() {
        failInterrupted();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        Timestamp delivered = rs.getTimestamp("delivered_at");
        long total = rs.getLong("rows_total");
        Long rowsTotal = rs.wasNull() ? null : total;
        int clients = rs.getInt("clients");
        Integer clientCount = rs.wasNull() ? null : clients;
        long size = rs.getLong("size_bytes");
        Long sizeBytes = rs.wasNull() ? null : size;
        return new Job(rs.getObject("id", UUID.class), rs.getLong("study_id"), Kind.valueOf(rs.getString("kind")),
                shorts(rs.getArray("area_ids")), rs.getObject("requested_by", UUID.class),
                rs.getTimestamp("requested_at").toInstant(), State.valueOf(rs.getString("state")),
                rs.getLong("rows_done"), rowsTotal, clientCount, rs.getString("file_name"), sizeBytes,
                rs.getString("sha256"), rs.getString("failure"), finished == null ? null : finished.toInstant(),
                delivered == null ? null : delivered.toInstant());
    }

    private static Set<Short> shorts(Array array) throws SQLException {
        Set<Short> areas = new LinkedHashSet<>();
        for (Object area : (Object[]) array.getArray()) {
            areas.add(((Number) area).shortValue());
        }
        return areas;
    }
}
