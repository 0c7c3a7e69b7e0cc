package fi.placera.fidelity.web;

import fi.placera.fidelity.web.FidelityReportController.Report;
import fi.placera.fidelity.web.ReviewViews.ItemView;
import fi.placera.fidelity.web.ReviewViews.Summary;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.platform.pdf.PdfBuilder;
import fi.placera.platform.web.Formats;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A review's report as a PDF for the steering group: the team and period, total and band, the item profile as a
 * chart and a table, the trend, each reviewer's own scores and the action plan. Like the page, it says the review's
 * state, day and reviewers; a review not yet published says so at the top of every page, so that a printed draft is
 * never read as the team's result.
 */
@Component
class FidelityPdf {

    private final MessageSource messages;
    private final Formats formats;

    FidelityPdf(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    void write(Report report, Locale locale, OutputStream out) {
        Review review = report.summary().review();
        String title = text("fidelity.report.title", locale) + " – " + report.team().name();
        try (PdfBuilder pdf = review.published() ? PdfBuilder.open(out, title, locale)
                : PdfBuilder.marked(out, title, locale, marking(review, locale))) {
            pdf.title(text("fidelity.report.title", locale));
            pdf.text(heading(report));
            pdf.text(text("fidelity.state", locale) + ": " + state(review, locale) + " · "
                    + text("fidelity.reviewed-on", locale) + " " + formats.date(review.reviewedOn()) + " · "
                    + text("fidelity.reviewers", locale) + ": " + String.join(", ", review.reviewers()));
            pdf.strong(total(report.summary(), locale));
            pdf.barChart(text("fidelity.report.profile", locale), report.profile());
            table(pdf, locale, new float[] {1, 5, 1}, List.of("fidelity.item", "fidelity.item.name", "fidelity.score"),
                    report.items().stream().map(item -> List.of(item.code(), item.text().name(), score(item))).toList());
            pdf.heading(text("fidelity.report.trend", locale));
            table(pdf, locale, new float[] {3, 1, 2}, List.of("fidelity.period", "fidelity.total", "fidelity.band"),
                    report.trend().stream().map(summary -> List.of(period(summary), Integer.toString(summary.total()),
                            band(summary, locale))).toList());
            pdf.heading(text("fidelity.reviewer-scores", locale));
            reviewerScores(pdf, report, locale);
            pdf.heading(text("fidelity.action-plan", locale));
            table(pdf, locale, new float[] {1, 4, 2, 1}, List.of("fidelity.item", "fidelity.action",
                    "fidelity.action.owner", "fidelity.action.due"), report.actionPlan().stream()
                    .map(item -> List.of(item.code(), nonNull(item.score().action()),
                            nonNull(item.score().actionOwner()), formats.date(item.score().actionDueOn()))).toList());
        }
    }

    /** The state and day of a review that is not published, on every page: LUONNOS – ei julkaistu · arviointipäivä 1.7.2026. */
    private String marking(Review review, Locale locale) {
        return messages.getMessage("fidelity.pdf.unpublished", new Object[] {state(review, locale).toUpperCase(locale),
                formats.date(review.reviewedOn())}, locale);
    }

    private String state(Review review, Locale locale) {
        return text("fidelity.state." + review.state(), locale);
    }

    private String heading(Report report) {
        return report.team().name() + ", " + period(report.summary());
    }

    private String period(Summary summary) {
        return formats.date(summary.review().from()) + "–" + formats.date(summary.review().to());
    }

    private String total(Summary summary, Locale locale) {
        return messages.getMessage("fidelity.total.of", new Object[] {summary.total()}, locale) + " · "
                + band(summary, locale);
    }

    private String band(Summary summary, Locale locale) {
        return summary.band() == null ? text("fidelity.band.none", locale) : summary.band().label(locale);
    }

    private static String score(ItemView item) {
        return item.score().score() == null ? "–" : item.score().score().toString();
    }

    /** Each reviewer's own score of each item before the consensus, and the consensus. */
    private void reviewerScores(PdfBuilder pdf, Report report, Locale locale) {
        List<String> reviewers = report.summary().review().reviewers();
        float[] widths = new float[reviewers.size() + 2];
        Arrays.fill(widths, 2);
        widths[0] = 1;
        List<String> headers = new ArrayList<>();
        headers.add(text("fidelity.item", locale));
        headers.addAll(reviewers);
        headers.add(text("fidelity.score.consensus", locale));
        List<List<String>> rows = report.items().stream().map(item -> {
            List<String> row = new ArrayList<>();
            row.add(item.code());
            for (int position = 0; position < reviewers.size(); position++) {
                Integer own = item.score().reviewerScore(position);
                row.add(own == null ? "–" : own.toString());
            }
            row.add(score(item));
            return row;
        }).toList();
        pdf.table(widths, headers, rows);
    }

    private void table(PdfBuilder pdf, Locale locale, float[] widths, List<String> headerKeys, List<List<String>> rows) {
        pdf.table(widths, headerKeys.stream().map(key -> text(key, locale)).toList(), rows);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
