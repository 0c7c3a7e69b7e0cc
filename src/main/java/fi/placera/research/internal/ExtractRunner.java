package fi.placera.research.internal;

import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instruments;
import fi.placera.evaluation.Score;
import fi.placera.evaluation.Scoring;
import fi.placera.platform.IpsModel;
import fi.placera.platform.SpreadsheetCells;
import fi.placera.research.Study;
import fi.placera.research.internal.ExtractTables.Column;
import fi.placera.research.internal.ExtractTables.Table;
import fi.placera.research.internal.ExtractTables.Type;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Builds one extract or linkage file. Everything is read in one repeatable-read transaction (one consistent
 * snapshot; it writes only its temporary table of included clients) with a cursor, so rows stream from PostgreSQL
 * to the CSV files without being held in memory; progress is written every {@value #PROGRESS_EVERY} rows in
 * transactions of its own. Each table's CSV file is
 * converted to Parquet (DuckDB) while the next table is read, and the extract is zipped with its codebook, manifest
 * (SHA-256 and MD5 of every file) and import scripts for R and Stata; the zip's SHA-256 goes to the job's row and, on
 * delivery, to the disclosure trail.
 */
@Component
public class ExtractRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtractRunner.class);

    static final int PROGRESS_EVERY = 5_000;
    private static final int FETCH_SIZE = 2_000;
    private static final Pattern PLANNED_ROWS = Pattern.compile(" rows=(\\d+) ");
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate reads;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate progressWrites;
    private final StudyKeys keys;
    private final Instruments instruments;
    private final Codebook codebook;
    private final ParquetFiles parquet;
    private final Clock clock;
    private final Path workDirectory;
    private final Map<UUID, Instrument> instrumentVersions = new ConcurrentHashMap<>();

    ExtractRunner(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, StudyKeys keys,
            Instruments instruments, Codebook codebook, ParquetFiles parquet, Clock clock,
            @Value("${placera.research.work-dir}") String workDirectory) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.reads = new NamedParameterJdbcTemplate(template);
        this.snapshot = new TransactionTemplate(transactions);
        // not read-only: the transaction makes its temporary table of included clients (ExtractTables.PREPARE);
        // it writes nothing else
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.progressWrites = new TransactionTemplate(transactions);
        progressWrites.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.keys = keys;
        this.instruments = instruments;
        this.codebook = codebook;
        this.parquet = parquet;
        this.clock = clock;
        this.workDirectory = Path.of(workDirectory);
    }

    Path fileOf(String fileName) {
        return workDirectory.resolve(fileName);
    }

    private static String extractFileName(UUID jobId) {
        return "extract-" + jobId + ".zip";
    }

    private static String linkageFileName(UUID jobId) {
        return "linkage-" + jobId + ".csv";
    }

    /**
     * Deletes what interrupted jobs wrote: their files, if any, and their working folders. Only theirs: the work
     * directory may be shared by nodes, and another node's running extract keeps its folder.
     */
    void removeUnfinished(Collection<UUID> jobIds) {
        try {
            for (UUID id : jobIds) {
                Files.deleteIfExists(fileOf(extractFileName(id)));
                Files.deleteIfExists(fileOf(linkageFileName(id)));
                FileSystemUtils.deleteRecursively(workingFolderOf(id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where an extract is assembled before it is zipped; named by its job so that only its job's recovery removes it. */
    Path workingFolderOf(UUID jobId) {
        return workDirectory.resolve("extract-" + jobId + ".work");
    }

    /** A person of the extract: the pseudonym and the date shift. */
    record Person(String pseudonym, int shiftDays) {
    }

    void run(Extracts.Job job, Study study) {
        Pseudonyms pseudonyms = new Pseudonyms(keys.keyOf(study.id()));
        setState(job.id(), "RUNNING");
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("areas", job.areaIds().stream().toList())
                .addValue("from", study.from()).addValue("to", study.to())
                .addValue("today", LocalDate.now(clock))
                .addValue("unit", study.dateHandling() == Study.DateHandling.SHIFT ? "week" : "month")
                .addValue("small_cell", IpsModel.SMALL_CELL_THRESHOLD);
        try {
            Files.createDirectories(workDirectory);
            if (job.kind() == Extracts.Kind.LINKAGE) {
                linkage(job, pseudonyms, params);
            } else {
                extract(job, study, pseudonyms, params);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void linkage(Extracts.Job job, Pseudonyms pseudonyms, MapSqlParameterSource params) throws IOException {
        String fileName = linkageFileName(job.id());
        Path file = fileOf(fileName);
        MessageDigest sha = sha256();
        int[] rows = {0};
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha);
                BufferedWriter writer = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
                CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            csv.printRecord("identity_code", "pseudonym");
            snapshot.executeWithoutResult(status -> {
                prepare(params);
                reads.query(ExtractTables.PERSONS, params, (RowCallbackHandler) rs -> {
                    String code = rs.getString(2);
                    if (code == null) {
                        return;
                    }
                    try {
                        csv.printRecord(SpreadsheetCells.text(code), SpreadsheetCells.text(pseudonyms.pseudonym(
                                Pseudonyms.identity(rs.getObject(1, UUID.class), code))));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows[0]++;
                });
            });
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        finish(job.id(), rows[0], rows[0], fileName, Files.size(file), HexFormat.of().formatHex(sha.digest()));
    }

    private void extract(Extracts.Job job, Study study, Pseudonyms pseudonyms, MapSqlParameterSource params)
            throws IOException {
        long begin = System.nanoTime();
        Path folder = Files.createDirectories(workingFolderOf(job.id()));
        String fileName = extractFileName(job.id());
        Path zip = fileOf(fileName);
        try {
            Files.createDirectories(folder.resolve("csv"));
            Files.createDirectories(folder.resolve("parquet"));
            Map<String, Long> rowsByTable = new LinkedHashMap<>();
            int clients;
            long read;
            try (ParquetFiles.Conversion conversion = parquet.start()) {
                clients = readTables(job, study, pseudonyms, params, folder, conversion, rowsByTable);
                read = System.nanoTime();
                conversion.awaitAll();
            }
            long converted = System.nanoTime();
            codebook.writeDocuments(folder, study);
            String sha256 = zip(folder, zip, rowsByTable);
            finish(job.id(), clients, rowsByTable.values().stream().mapToLong(Long::longValue).sum(), fileName,
                    Files.size(zip), sha256);
            LOG.info("research extract {}: {} clients, read and CSV {} ms, Parquet after reading {} ms, zip {} ms",
                    job.id(), clients, (read - begin) / 1_000_000, (converted - read) / 1_000_000,
                    (System.nanoTime() - converted) / 1_000_000);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(zip);
            throw e;
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    /**
     * Reads every table in one snapshot into its CSV file, handing each finished file to the Parquet conversion;
     * fills the rows written per table and returns the number of clients included.
     */
    private int readTables(Extracts.Job job, Study study, Pseudonyms pseudonyms, MapSqlParameterSource params,
            Path folder, ParquetFiles.Conversion conversion, Map<String, Long> rowsByTable) {
        return snapshot.execute(status -> {
            prepare(params);
            Map<UUID, Person> persons = persons(pseudonyms, params);
            setTotal(job.id(), estimatedRows(params), persons.size());
            long[] done = {0};
            boolean shift = study.dateHandling() == Study.DateHandling.SHIFT;
            for (Table table : ExtractTables.ALL) {
                Path csv = folder.resolve("csv").resolve(table.name() + ".csv");
                rowsByTable.put(table.name(), writeTable(csv, table, params, persons, shift, job.id(), done));
                conversion.submit(csv, folder.resolve("parquet").resolve(table.name() + ".parquet"), table);
            }
            setDone(job.id(), done[0]);
            return persons.size();
        });
    }

    /** Makes the transaction's table of included clients. */
    private void prepare(MapSqlParameterSource params) {
        for (String statement : ExtractTables.PREPARE) {
            reads.update(statement, params);
        }
    }

    private Map<UUID, Person> persons(Pseudonyms pseudonyms, MapSqlParameterSource params) {
        Map<UUID, Person> persons = new HashMap<>();
        reads.query(ExtractTables.PERSONS, params, (RowCallbackHandler) rs -> {
            String identity = Pseudonyms.identity(rs.getObject(1, UUID.class), rs.getString(2));
            persons.put(rs.getObject(1, UUID.class),
                    new Person(pseudonyms.pseudonym(identity), pseudonyms.shiftDays(identity)));
        });
        return persons;
    }

    /**
     * The progress total: the planner's estimate of every statement's rows. Counting them exactly would run every
     * statement twice (a quarter of the reading time at region scale), so the page says "about", and the total
     * grows with the rows done when the estimate was low.
     */
    private long estimatedRows(MapSqlParameterSource params) {
        long total = 0;
        for (Table table : ExtractTables.ALL) {
            // sql-reviewed: the statements are constants of ExtractTables, never input
            String plan = reads.query("explain " + table.sql(), params, rs -> rs.next() ? rs.getString(1) : "");
            Matcher rows = PLANNED_ROWS.matcher(plan == null ? "" : plan);
            total += rows.find() ? Long.parseLong(rows.group(1)) : 0;
        }
        return total;
    }

    /**
     * Zips the folder's files and, last, their manifest, with checksums taken while the files are copied (one pass).
     * Parquet is already compressed, so it is stored without deflating again; the rest is deflated at the fastest
     * level. Returns the zip's SHA-256.
     */
    private String zip(Path folder, Path zip, Map<String, Long> rowsByTable) throws IOException {
        MessageDigest sha = sha256();
        Map<String, Codebook.Checksums> checksums = new LinkedHashMap<>();
        List<Path> files;
        try (var walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(zip), sha);
                ZipOutputStream zipped = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16))) {
            for (Path file : files) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                zipped.setLevel(name.endsWith(".parquet") ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
                zipped.putNextEntry(new ZipEntry(name));
                checksums.put(name, copy(file, zipped));
                zipped.closeEntry();
            }
            zipped.setLevel(Deflater.BEST_SPEED);
            zipped.putNextEntry(new ZipEntry(Codebook.MANIFEST));
            zipped.write(codebook.manifest(checksums, rowsByTable).getBytes(StandardCharsets.UTF_8));
            zipped.closeEntry();
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Codebook.Checksums copy(Path file, OutputStream to) throws IOException {
        MessageDigest sha = sha256();
        MessageDigest md5 = md5();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
                md5.update(buffer, 0, read);
                to.write(buffer, 0, read);
            }
        }
        return new Codebook.Checksums(HexFormat.of().formatHex(sha.digest()), HexFormat.of().formatHex(md5.digest()));
    }

    private long writeTable(Path file, Table table, MapSqlParameterSource params, Map<UUID, Person> persons,
            boolean shift, UUID jobId, long[] done) {
        long[] written = {0};
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            csv.printRecord(table.columns().stream().map(Column::name).toList());
            reads.query(table.sql(), params, (RowCallbackHandler) rs -> {
                try {
                    for (Object[] row : rows(table, rs, persons, shift)) {
                        csv.printRecord(row);
                        written[0]++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++done[0] % PROGRESS_EVERY == 0) {
                    setDone(jobId, done[0]);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written[0];
    }

    /** The CSV rows of one statement row: one, or one a score for the questionnaire scores. */
    private List<Object[]> rows(Table table, ResultSet rs, Map<UUID, Person> persons, boolean shift)
            throws SQLException {
        if (table == ExtractTables.SCORES) {
            return scoreRows(rs, persons, shift);
        }
        List<Column> columns = table.columns();
        Object[] row = new Object[columns.size()];
        Person person = null;
        for (int i = 0; i < columns.size(); i++) {
            int at = i + 1;
            row[i] = switch (columns.get(i).type()) {
                case PSEUDONYM -> {
                    person = persons.get(rs.getObject(at, UUID.class));
                    if (person == null) {
                        throw new IllegalStateException("a row of a client outside the extract");
                    }
                    yield SpreadsheetCells.text(person.pseudonym());
                }
                case PERSON_DATE -> text(Pseudonyms.protect(rs.getObject(at, LocalDate.class), shift,
                        person.shiftDays()));
                case DATE -> text(rs.getObject(at, LocalDate.class));
                case CODE -> SpreadsheetCells.text(rs.getString(at));
                case INTEGER -> {
                    long value = rs.getLong(at);
                    yield rs.wasNull() ? null : Long.toString(value);
                }
                case DECIMAL -> {
                    BigDecimal value = rs.getBigDecimal(at);
                    yield value == null ? null : value.stripTrailingZeros().toPlainString();
                }
                case BOOLEAN -> {
                    boolean value = rs.getBoolean(at);
                    yield rs.wasNull() ? null : Boolean.toString(value);
                }
            };
        }
        return List.<Object[]>of(row);
    }

    private List<Object[]> scoreRows(ResultSet rs, Map<UUID, Person> persons, boolean shift) throws SQLException {
        Person person = persons.get(rs.getObject(1, UUID.class));
        Optional<Instrument> found = instrument(rs.getObject(2, UUID.class));
        if (person == null || found.isEmpty()) {
            return List.of();
        }
        Instrument instrument = found.get();
        String[] items = (String[]) rs.getArray(5).getArray();
        String[] values = (String[]) rs.getArray(6).getArray();
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < items.length; i++) {
            answers.put(items[i], values[i]);
        }
        String timepoint = rs.getString(3);
        String answeredOn = text(Pseudonyms.protect(rs.getObject(4, LocalDate.class), shift, person.shiftDays()));
        List<Object[]> rows = new ArrayList<>();
        for (Score score : Scoring.score(instrument.definition(), answers)) {
            rows.add(new Object[] {SpreadsheetCells.text(person.pseudonym()), SpreadsheetCells.text(instrument.code()),
                Integer.toString(instrument.version()), SpreadsheetCells.text(timepoint), answeredOn,
                SpreadsheetCells.text(score.code()),
                score.value() == null ? null : score.value().stripTrailingZeros().toPlainString(),
                Integer.toString(score.answered()), Integer.toString(score.missing())});
        }
        return rows;
    }

    private Optional<Instrument> instrument(UUID id) {
        Instrument known = instrumentVersions.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Instrument> read = instruments.version(id);
        read.ifPresent(instrument -> instrumentVersions.put(id, instrument));
        return read;
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private void setState(UUID id, String state) {
        progressWrites.executeWithoutResult(status -> jdbc.sql(
                        "update research_extract set state = :state where id = :id")
                .param("state", state).param("id", id).update());
    }

    private void setTotal(UUID id, long total, int clients) {
        progressWrites.executeWithoutResult(status -> jdbc.sql("""
                        update research_extract set rows_total = :total, clients = :clients where id = :id""")
                .param("total", total).param("clients", clients).param("id", id).update());
    }

    private void setDone(UUID id, long done) {
        progressWrites.executeWithoutResult(status -> jdbc.sql("""
                        update research_extract set rows_done = :done, rows_total = greatest(rows_total, :done)
                        where id = :id""")
                .param("done", done).param("id", id).update());
    }

    private void finish(UUID id, int clients, long rows, String fileName, long size, String sha256) {
        progressWrites.executeWithoutResult(status -> jdbc.sql("""
                        update research_extract set state = 'READY', clients = :clients, rows_done = :rows,
                            rows_total = greatest(coalesce(rows_total, 0), :rows), file_name = :file,
                            size_bytes = :size, sha256 = :sha256, finished_at = :at
                        where id = :id""")
                .param("clients", clients).param("rows", rows).param("file", fileName).param("size", size)
                .param("sha256", sha256).param("at", Timestamp.from(Instant.now(clock))).param("id", id).update());
    }

    static MessageDigest sha256() {
        return digest("SHA-256");
    }

    private static MessageDigest md5() {
        return digest("MD5");
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
