package fi.placera.evaluation;

import fi.placera.evaluation.SelfReports.SelfReport;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A submitted self-evaluation or interim report as it leaves the area for THL: a PDF for reading and a structured
 * JSON document of a documented, versioned shape (decision 0085). Both carry the report's texts, and an area's report
 * the texts of the team reports it assembles; neither carries figures about clients.
 */
public interface SelfReportExports {

    /** The name of the JSON shape; a change that is not backwards compatible gets the next {@link #VERSION}. */
    String SHAPE = "placera-self-report";
    int VERSION = 1;

    /** The JSON document (version {@link #VERSION} of {@link #SHAPE}). */
    Document document(SelfReport report);

    /** The PDF for readers outside the team. */
    void pdf(SelfReport report, Locale locale, OutputStream out);

    /**
     * The JSON document of one report. {@code scope} is TEAM or AREA; {@code team} is null for an area's report;
     * {@code teams} are the team reports an area's report assembles (each of scope TEAM, with no teams of its own).
     */
    record Document(String shape, int version, UUID id, String scope, SelfReports.Kind kind, SelfReports.State state,
            Place area, Place team, LocalDate periodFrom, LocalDate periodTo, Instant submittedAt,
            Instant acknowledgedAt, Answers answers, List<Document> teams) {
    }

    /** A welfare area or IPS team: its code and its (Finnish) name. */
    record Place(String code, String name) {
    }

    /** The five answers of the form, as typed; null when left empty. */
    record Answers(String whatWorked, String forWhom, String circumstances, String barriers, String changesMade) {
    }
}
