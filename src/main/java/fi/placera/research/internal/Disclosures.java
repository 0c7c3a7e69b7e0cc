package fi.placera.research.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.research.Study;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The disclosure trail of research data (decision 0023): a row for every extract or linkage file that leaves
 * Placera, and the list a welfare area's administrator reads.
 */
@Service
public class Disclosures {

    /** One disclosure as the administrator's list shows it. */
    public record Disclosure(long id, UUID extractId, long studyId, String studyName, Extracts.Kind kind,
            Set<Short> areaIds, Instant disclosedAt, String username, int clients, String recipient, String legalBasis,
            String fileName, String sha256) {
    }

    /** Every disclosure with its study's name; the methods below add their condition and order. */
    private static final String DISCLOSURES = """
            select d.*, s.name as study_name from research_disclosure d
            join research_study s on s.id = d.study_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Disclosures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The legal basis as the trail writes it: the kind and the permit number or consent description. */
    static String legalBasis(Study study) {
        return study.basis().name() + ": " + study.basisReference();
    }

    void record(Extracts.Job job, Study study, PlaceraUser user, String recipient) {
        jdbc.sql("""
                        insert into research_disclosure (extract_id, study_id, kind, area_ids, disclosed_at, account_id,
                            username, clients, recipient, legal_basis, file_name, sha256)
                        values (:extract, :study, :kind, :areas, :at, :account, :username, :clients, :recipient,
                            :basis, :file, :sha256)""")
                .param("extract", job.id()).param("study", study.id()).param("kind", job.kind().name())
                .param("areas", job.areaIds().toArray(new Short[0])).param("at", Timestamp.from(Instant.now(clock)))
                .param("account", user.accountId()).param("username", user.getUsername())
                .param("clients", job.clients() == null ? 0 : job.clients()).param("recipient", recipient)
                .param("basis", legalBasis(study)).param("file", job.fileName()).param("sha256", job.sha256())
                .update();
    }

    /**
     * The disclosures of data of this welfare area (a national administrator, area null: all), newest first.
     */
    public List<Disclosure> ofArea(Short areaId, int limit) {
        // sql-reviewed: DISCLOSURES is a constant of this class, never input
        return jdbc.sql(DISCLOSURES + """
                        where cast(:area as smallint) is null or d.area_ids @> array[cast(:area as smallint)]
                        order by d.disclosed_at desc, d.id desc limit :limit""")
                .param("area", areaId).param("limit", limit).query(Disclosures::disclosure).list();
    }

    /** The disclosures of one extract or linkage job (tests, the job's page). */
    public List<Disclosure> ofJob(UUID extractId) {
        // sql-reviewed: DISCLOSURES is a constant of this class, never input
        return jdbc.sql(DISCLOSURES + """
                        where d.extract_id = :extract order by d.id""")
                .param("extract", extractId).query(Disclosures::disclosure).list();
    }

    /** The disclosures of the file with this SHA-256 (a file brought back to be recognised), oldest first. */
    public List<Disclosure> ofFile(String sha256) {
        // sql-reviewed: DISCLOSURES is a constant of this class, never input
        return jdbc.sql(DISCLOSURES + """
                        where d.sha256 = :sha256 order by d.id""")
                .param("sha256", sha256).query(Disclosures::disclosure).list();
    }

    private static Disclosure disclosure(ResultSet rs, int row) throws SQLException {
        Set<Short> areas = new LinkedHashSet<>();
        for (Object area : (Object[]) rs.getArray("area_ids").getArray()) {
            areas.add(((Number) area).shortValue());
        }
        return new Disclosure(rs.getLong("id"), rs.getObject("extract_id", UUID.class), rs.getLong("study_id"),
                rs.getString("study_name"), Extracts.Kind.valueOf(rs.getString("kind")), areas,
                rs.getTimestamp("disclosed_at").toInstant(), rs.getString("username"), rs.getInt("clients"),
                rs.getString("recipient"), rs.getString("legal_basis"), rs.getString("file_name"),
                rs.getString("sha256"));
    }
}
