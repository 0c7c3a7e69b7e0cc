package fi.placera.fidelity.web;

import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.EvidenceRecord;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.fidelity.internal.ReviewAccess;
import fi.placera.fidelity.web.ReviewViews.ItemView;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The records behind one item's pre-score, for those who work on the team's reviews (its coaches, its leader and
 * the area's managers); evaluators read the figures only and find no such page. Whose name a reader sees is the
 * clients module's decision, made and logged once per client on the page: a reader who may not see a client gets
 * the record without the name.
 */
@Controller
class FidelityEvidenceController {

    private static final String PURPOSE = "Fidelity review: records behind a pre-score";

    private final FidelityReviews reviews;
    private final ReviewAccess access;
    private final ReviewViews views;
    private final ClientDirectory clients;

    FidelityEvidenceController(FidelityReviews reviews, ReviewAccess access, ReviewViews views,
            ClientDirectory clients) {
        this.reviews = reviews;
        this.access = access;
        this.views = views;
        this.clients = clients;
    }

    /** One record as shown: the client's name when the reader may see it, else null. */
    record Row(String name, LocalDate day, Boolean counted) {
    }

    @GetMapping("/fidelity/{id}/items/{code}")
    String records(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable String code,
            Locale locale, Model model) {
        Review review = access.workable(user, id);
        ItemView item = views.item(review, code, locale).orElseThrow(FidelityEvidenceController::notFound);
        List<EvidenceRecord> records = reviews.evidenceRecords(review, code)
                .orElseThrow(FidelityEvidenceController::notFound);
        Map<UUID, Optional<ClientSummary>> decided = new HashMap<>();
        List<Row> rows = records.stream().map(record -> new Row(decided
                        .computeIfAbsent(record.clientId(), client -> clients.find(user, client, PURPOSE))
                        .map(ClientSummary::name).orElse(null), record.day(), record.counted())).toList();
        model.addAttribute("team", access.teamOf(user, review));
        model.addAttribute("review", review);
        model.addAttribute("item", item);
        model.addAttribute("rows", rows);
        model.addAttribute("share", records.stream().anyMatch(record -> record.counted() != null));
        return "fidelity/records";
    }

    private static NotFound notFound() {
        return new NotFound();
    }
}
