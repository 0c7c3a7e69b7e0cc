package fi.placera.fidelity.web;

import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.fidelity.internal.ReviewAccess;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.platform.chart.BarChart;
import fi.placera.platform.web.Formats;
import fi.placera.fidelity.web.ReviewViews.ItemView;
import fi.placera.fidelity.web.ReviewViews.Summary;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A review's report: the item profile as a chart with its table, the total and band, the trend against the
 * team's earlier published reviews, and the action plan; as a page and as a PDF.
 */
@Controller
class FidelityReportController {

    /** The highest total of a scale of 25 items scored 1–5. */
    private static final int MAX_TOTAL = 125;

    private final ReviewAccess access;
    private final ReviewViews views;
    private final FidelityPdf pdf;
    private final Formats formats;

    FidelityReportController(ReviewAccess access, ReviewViews views, FidelityPdf pdf, Formats formats) {
        this.access = access;
        this.views = views;
        this.pdf = pdf;
        this.formats = formats;
    }

    /** Everything the report shows, for the page and the PDF alike. */
    record Report(IpsTeamSummary team, Summary summary, List<ItemView> items, BarChart profile,
            List<Summary> trend, BarChart trendChart) {

        public List<ItemView> actionPlan() {
            return items.stream().filter(item -> item.score().weak()).toList();
        }
    }

    @GetMapping("/fidelity/{id}/report")
    String report(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Locale locale, Model model) {
        Review review = access.readable(user, id);
        model.addAttribute("report", report(user, review, locale));
        model.addAttribute("works", access.works(user, access.teamOf(user, review)));
        return "fidelity/report";
    }

    @GetMapping("/fidelity/{id}/report.pdf")
    void reportPdf(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Locale locale,
            HttpServletResponse response) throws IOException {
        Review review = access.readable(user, id);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader("Content-Disposition", "attachment; filename=\"fidelity-review.pdf\"");
        pdf.write(report(user, review, locale), locale, response.getOutputStream());
    }

    private Report report(PlaceraUser user, Review review, Locale locale) {
        IpsTeamSummary team = access.teamOf(user, review);
        List<ItemView> items = views.items(review, locale);
        BarChart profile = ScoreChart.profile(items.stream().map(ItemView::code).toList(),
                items.stream().map(item -> item.score().score()).toList());
        List<Summary> trend = access.reviewsOf(user, team).stream()
                // a draft's total is not yet the team's result, so the trend compares published reviews
                .filter(earlier -> earlier.id().equals(review.id()) || earlier.published())
                .filter(earlier -> !earlier.to().isAfter(review.to()))
                .sorted(Comparator.comparing(Review::to)).map(views::summary).toList();
        BarChart trendChart = ScoreChart.trend(MAX_TOTAL,
                trend.stream().map(summary -> formats.date(summary.review().to())).toList(),
                trend.stream().map(summary -> summary.complete() ? summary.total() : null).toList());
        return new Report(team, views.summary(review), items, profile, trend, trendChart);
    }
}
