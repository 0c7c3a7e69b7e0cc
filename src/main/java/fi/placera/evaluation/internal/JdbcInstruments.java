package fi.placera.evaluation.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instrument.Definition;
import fi.placera.evaluation.Instruments;
import fi.placera.platform.Administrator;
import fi.placera.platform.Rejection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instruments in PostgreSQL, one row per version with its definition as JSON. A version that answers point at is
 * never written again, so it is read once and kept; a version without answers may still be replaced and is
 * forgotten when it is.
 */
@Service
class JdbcInstruments implements Instruments {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_-]{1,39}$");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AdminChanges changes;
    private final Map<UUID, Instrument> versions = new ConcurrentHashMap<>();

    JdbcInstruments(JdbcClient jdbc, Clock clock, AdminChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Instrument> current() {
        return jdbc.sql("""
                        select distinct on (code) id from evaluation_instrument
                        order by code, version desc""")
                .query(UUID.class).list().stream().map(id -> version(id).orElseThrow())
                .sorted(java.util.Comparator.comparing(Instrument::code)).toList();
    }

    @Override
    public Optional<Instrument> current(String code) {
        return jdbc.sql("""
                        select id from evaluation_instrument where code = :code
                        order by version desc limit 1""")
                .param("code", code).query(UUID.class).optional().flatMap(this::version);
    }

    @Override
    public Optional<Instrument> version(UUID id) {
        Instrument cached = versions.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Instrument> read = jdbc.sql("""
                        select id, code, version, definition::text from evaluation_instrument where id = :id""")
                .param("id", id)
                .query((rs, row) -> new Instrument(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        InstrumentDefinitions.parse(rs.getString(4))))
                .optional();
        read.ifPresent(instrument -> versions.put(id, instrument));
        return read;
    }

    @Override
    public List<Instrument> versionsOf(String code) {
        return jdbc.sql("select id from evaluation_instrument where code = :code order by version desc")
                .param("code", code).query(UUID.class).list().stream().map(id -> version(id).orElseThrow()).toList();
    }

    @Override
    @Transactional
    public Instrument define(String code, String json, Administrator definedBy) {
        String normalised = code == null ? "" : code.strip();
        if (!CODE.matcher(normalised).matches()) {
            throw new Rejection("code", "evaluation.instrument.code");
        }
        Definition definition = InstrumentDefinitions.parse(json);
        String stored = InstrumentDefinitions.json(definition);
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:code))").param("code", "evaluation_instrument:" + normalised)
                .query(Object.class).single();
        Optional<Latest> latest = jdbc.sql("""
                        select i.id, i.version,
                               exists (select 1 from evaluation_response r where r.instrument_id = i.id) as answered
                        from evaluation_instrument i where i.code = :code order by i.version desc limit 1""")
                .param("code", normalised)
                .query((rs, row) -> new Latest(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBoolean(3)))
                .optional();
        if (latest.isPresent() && !latest.get().answered()) {
            UUID id = latest.get().id();
            jdbc.sql("""
                            update evaluation_instrument
                            set definition = cast(:definition as jsonb), created_at = :at, created_by = :by
                            where id = :id""")
                    .param("definition", stored).param("at", java.sql.Timestamp.from(Instant.now(clock)))
                    .param("by", definedBy.accountId()).param("id", id).update();
            versions.remove(id);
            recordVersion(definedBy, normalised, "INSTRUMENT_VERSION_REPLACED", latest.get().version(), latest.get().version());
            return new Instrument(id, normalised, latest.get().version(), definition);
        }
        UUID id = UUID.randomUUID();
        int version = latest.map(l -> l.version() + 1).orElse(1);
        jdbc.sql("""
                        insert into evaluation_instrument (id, code, version, definition, created_at, created_by)
                        values (:id, :code, :version, cast(:definition as jsonb), :at, :by)""")
                .param("id", id).param("code", normalised).param("version", version).param("definition", stored)
                .param("at", java.sql.Timestamp.from(Instant.now(clock))).param("by", definedBy.accountId()).update();
        recordVersion(definedBy, normalised, "INSTRUMENT_VERSION_ADDED", latest.map(Latest::version).orElse(null), version);
        return new Instrument(id, normalised, version, definition);
    }

    private void recordVersion(Administrator by, String code, String action, Integer before, int after) {
        changes.record(by, AdminChange.of("INSTRUMENT", code, null, action, before == null ? null : "version=" + before,
                "version=" + after));
    }

    private record Latest(UUID id, int version, boolean answered) {
    }
}
