package fi.placera.evaluation.internal;

import fi.placera.evaluation.SelfReportExports;
import fi.placera.evaluation.SelfReports;
import fi.placera.evaluation.SelfReports.Assembled;
import fi.placera.evaluation.SelfReports.SelfReport;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** A report's JSON document and PDF for THL, with the area's and teams' names from the organisation. */
@Service
class ThlSelfReportExports implements SelfReportExports {

    private final SelfReports reports;
    private final Organisation organisation;
    private final SelfReportPdf pdf;

    ThlSelfReportExports(SelfReports reports, Organisation organisation, SelfReportPdf pdf) {
        this.reports = reports;
        this.organisation = organisation;
        this.pdf = pdf;
    }

    @Override
    public Document document(SelfReport report) {
        Assembled assembled = reports.assembled(report);
        Place area = organisation.area(report.areaId()).map(found -> new Place(found.code(), found.nameFi()))
                .orElseThrow();
        Map<UUID, IpsTeamSummary> teams = teamsOf(report.areaId());
        return document(report, area, teams, assembled.teams().stream()
                .map(team -> document(team, area, teams, List.of())).toList());
    }

    private static Document document(SelfReport report, Place area, Map<UUID, IpsTeamSummary> teams,
            List<Document> parts) {
        IpsTeamSummary team = report.ofArea() ? null : teams.get(report.ipsTeamId());
        return new Document(SHAPE, VERSION, report.id(), report.ofArea() ? "AREA" : "TEAM", report.kind(),
                report.state(), area, team == null ? null : new Place(team.code(), team.name()), report.from(),
                report.to(), report.submittedAt(), report.acknowledgedAt(), new Answers(report.whatWorked(),
                        report.forWhom(), report.circumstances(), report.barriers(), report.changesMade()), parts);
    }

    @Override
    public void pdf(SelfReport report, Locale locale, OutputStream out) {
        Assembled assembled = reports.assembled(report);
        Map<UUID, String> names = new HashMap<>();
        String areaName = organisation.area(report.areaId()).map(area -> area.name(locale)).orElseThrow();
        names.put(report.id(), report.ofArea() ? areaName : teamName(report));
        assembled.teams().forEach(team -> names.put(team.id(), teamName(team)));
        pdf.write(assembled, names, locale, out);
    }

    private String teamName(SelfReport report) {
        return organisation.ipsTeamName(report.ipsTeamId()).orElse("–");
    }

    private Map<UUID, IpsTeamSummary> teamsOf(short areaId) {
        return organisation.ipsTeamsIn(areaId).stream()
                .collect(Collectors.toMap(IpsTeamSummary::id, Function.identity()));
    }
}
