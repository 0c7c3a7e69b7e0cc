package fi.placera.research.internal;

import fi.placera.platform.SpreadsheetCells;
import fi.placera.research.Study;
import fi.placera.research.internal.ExtractTables.Column;
import fi.placera.research.internal.ExtractTables.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The extract's codebook (every table's variables: type, label in Finnish, Swedish and English, value labels), its
 * manifest (every file with its rows, SHA-256 and MD5) and the import scripts for R (base R only; it checks every
 * file against the manifest first and stops on a mismatch), Stata and SPSS.
 */
@Component
public class Codebook {

    static final String CODEBOOK = "codebook.csv";
    static final String MANIFEST = "manifest.csv";
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"),
            Locale.ENGLISH);
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final MessageSource messages;

    Codebook(MessageSource messages) {
        this.messages = messages;
    }

    /** The codebook as Placera writes it for this version of the extract's tables. */
    public String codebookCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("table", "variable", "type", "label_fi", "label_sv", "label_en", "value_labels_fi",
                    "value_labels_sv", "value_labels_en");
            for (Table table : ExtractTables.ALL) {
                for (Column column : table.columns()) {
                    List<Object> row = new ArrayList<>(List.of(table.name(), column.name(), type(column)));
                    for (Locale language : LANGUAGES) {
                        row.add(SpreadsheetCells.text(messages.getMessage(
                                "research.codebook." + table.name() + "." + column.name(), null, language)));
                    }
                    for (Locale language : LANGUAGES) {
                        row.add(SpreadsheetCells.text(valueLabels(column, language)));
                    }
                    csv.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String valueLabels(Column column, Locale language) {
        if (column.type() == ExtractTables.Type.BOOLEAN) {
            return "true=" + messages.getMessage("research.codebook.true", null, language) + " | false="
                    + messages.getMessage("research.codebook.false", null, language);
        }
        return column.values().stream()
                .map(code -> code + "=" + messages.getMessage(column.valuePrefix() + "." + code, null, language))
                .collect(Collectors.joining(" | "));
    }

    static String type(Column column) {
        return switch (column.type()) {
            case PSEUDONYM, CODE -> "string";
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case BOOLEAN -> "boolean";
            case PERSON_DATE, DATE -> "date";
        };
    }

    /** Writes the codebook and the import scripts into the extract's folder. */
    void writeDocuments(Path folder, Study study) throws IOException {
        Files.writeString(folder.resolve(CODEBOOK), codebookCsv(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("import.R"), rScript(study), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("import.do"), stataScript(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("import.sps"), spssScript(), StandardCharsets.UTF_8);
    }

    /** A file's checksums, as the manifest lists them. */
    record Checksums(String sha256, String md5) {
    }

    /** The manifest: every other file of the extract (by its name in the zip) with its rows and checksums. */
    String manifest(Map<String, Checksums> files, Map<String, Long> rowsByTable) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("file", "rows", "sha256", "md5");
            for (Map.Entry<String, Checksums> file : new TreeMap<>(files).entrySet()) {
                String name = file.getKey();
                String table = name.replaceAll("^(csv|parquet)/|\\.(csv|parquet)$", "");
                Long rows = name.startsWith("csv/") || name.startsWith("parquet/") ? rowsByTable.get(table) : null;
                csv.printRecord(name, rows == null ? "" : rows.toString(), file.getValue().sha256(),
                        file.getValue().md5());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String digest(InputStream in, String algorithm) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rScript(Study study) {
        return """
                # Placera research extract: import for R (base R only).
                # Study %d. Run in the folder where the extract was unzipped:
                #   placera_language <- "fi"   # or "sv", "en" (the default): the labels' language
                #   source("import.R")         # the tables are then in the list `placera`
                # Every file is first checked against manifest.csv; a changed or missing file (a tampered codebook
                # included) stops the import with the file's name.
                local({
                  lang <- if (exists("placera_language")) get("placera_language") else "en"
                  manifest <- read.csv("manifest.csv", colClasses = "character", encoding = "UTF-8")
                  sums <- unname(tools::md5sum(manifest$file))
                  bad <- manifest$file[is.na(sums) | sums != manifest$md5]
                  if (length(bad) > 0) {
                    stop("These files do not match the extract's manifest (changed or missing): ",
                         paste(bad, collapse = ", "))
                  }
                  codebook <- read.csv("codebook.csv", colClasses = "character", encoding = "UTF-8")
                  classes <- c(string = "character", integer = "numeric", decimal = "numeric",
                               boolean = "logical", date = "character")
                  tables <- list()
                  for (name in unique(codebook$table)) {
                    cb <- codebook[codebook$table == name, ]
                    data <- read.csv(file.path("csv", paste0(name, ".csv")), colClasses = unname(classes[cb$type]),
                                     encoding = "UTF-8", na.strings = "")
                    for (i in seq_len(nrow(cb))) {
                      v <- cb$variable[i]
                      if (cb$type[i] == "date") data[[v]] <- as.Date(data[[v]])
                      labels <- cb[[paste0("value_labels_", lang)]][i]
                      if (nzchar(labels) && cb$type[i] == "string") {
                        pairs <- strsplit(strsplit(labels, " | ", fixed = TRUE)[[1]], "=", fixed = TRUE)
                        codes <- vapply(pairs, function(p) p[1], "")
                        texts <- vapply(pairs, function(p) paste(p[-1], collapse = "="), "")
                        data[[v]] <- factor(data[[v]], levels = codes, labels = texts)
                      }
                      attr(data[[v]], "label") <- cb[[paste0("label_", lang)]][i]
                    }
                    tables[[name]] <- data
                  }
                  assign("placera", tables, envir = globalenv())
                })
                """.formatted(study.id());
    }

    private String stataScript() {
        StringBuilder out = new StringBuilder("""
                * Placera research extract: import for Stata (14 or later). Run in the folder where the extract was
                * unzipped: do import.do -- each table becomes <table>.dta with English variable labels.
                * Check the files against manifest.csv (SHA-256) before use.
                """);
        for (Table table : ExtractTables.ALL) {
            out.append("import delimited using \"csv/").append(table.name())
                    .append(".csv\", varnames(1) encoding(\"utf-8\") stringcols(_all) clear\n");
            for (Column column : table.columns()) {
                String v = column.name();
                switch (column.type()) {
                    case INTEGER, DECIMAL -> out.append("destring ").append(v).append(", replace\n");
                    case BOOLEAN -> out.append("generate byte _b = (").append(v).append(" == \"true\") if ")
                            .append(v).append(" != \"\"\ndrop ").append(v).append("\nrename _b ").append(v)
                            .append('\n');
                    case PERSON_DATE, DATE -> out.append("generate _d = date(").append(v)
                            .append(", \"YMD\")\nformat _d %td\ndrop ").append(v).append("\nrename _d ").append(v)
                            .append('\n');
                    default -> {
                    }
                }
                out.append("label variable ").append(v).append(" \"")
                        .append(messages.getMessage("research.codebook." + table.name() + "." + v, null,
                                Locale.ENGLISH).replace("\"", "'"))
                        .append("\"\n");
            }
            out.append("save \"").append(table.name()).append(".dta\", replace\n\n");
        }
        return out.toString();
    }

    /**
     * SPSS syntax (25 or later, Unicode mode): each table read from its CSV with every variable's format, English
     * variable labels and the code lists' value labels, and saved as {@code <table>.sav}. Booleans stay the strings
     * "true"/"false" with value labels, dates are read as ISO dates.
     */
    String spssScript() {
        StringBuilder out = new StringBuilder("""
                * Placera research extract: import for SPSS (25 or later, Unicode mode). Run in the folder where the
                * extract was unzipped (CD to it first): each table becomes <table>.sav with English labels.
                * Check the files against manifest.csv (SHA-256) before use.
                SET UNICODE=ON.
                """);
        for (Table table : ExtractTables.ALL) {
            out.append("GET DATA /TYPE=TXT /FILE='csv/").append(table.name()).append(".csv' /ENCODING='UTF8'\n")
                    .append("  /ARRANGEMENT=DELIMITED /DELIMITERS=',' /QUALIFIER='\"' /FIRSTCASE=2\n")
                    .append("  /VARIABLES=");
            for (Column column : table.columns()) {
                out.append("\n    ").append(column.name()).append(' ').append(spssFormat(column));
            }
            out.append(".\nVARIABLE LABELS");
            for (Column column : table.columns()) {
                out.append("\n    ").append(column.name()).append(' ').append(spssText(
                        messages.getMessage("research.codebook." + table.name() + "." + column.name(), null,
                                Locale.ENGLISH)));
            }
            out.append(".\n");
            for (Column column : table.columns()) {
                String labels = valueLabels(column, Locale.ENGLISH);
                if (!labels.isEmpty()) {
                    out.append("VALUE LABELS ").append(column.name());
                    for (String pair : labels.split(" \\| ")) {
                        int eq = pair.indexOf('=');
                        out.append(' ').append(spssText(pair.substring(0, eq))).append(' ')
                                .append(spssText(pair.substring(eq + 1)));
                    }
                    out.append(".\n");
                }
            }
            out.append("SAVE OUTFILE='").append(table.name()).append(".sav'.\n\n");
        }
        return out.toString();
    }

    private static String spssFormat(Column column) {
        return switch (column.type()) {
            case PSEUDONYM, CODE -> "A255";
            case INTEGER -> "F12.0";
            case DECIMAL -> "F16.4";
            case BOOLEAN -> "A5";
            case PERSON_DATE, DATE -> "SDATE10";
        };
    }

    /** A quoted SPSS string: apostrophes doubled. */
    private static String spssText(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
