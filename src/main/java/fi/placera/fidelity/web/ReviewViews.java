package fi.placera.fidelity.web;

import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.Band;
import fi.placera.fidelity.FidelityReviews.Item;
import fi.placera.fidelity.FidelityReviews.ItemScore;
import fi.placera.fidelity.FidelityReviews.ItemText;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.fidelity.FidelityReviews.Scale;
import fi.placera.platform.web.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the review's pages and its PDF show of it: each item with its texts and evidence, the total and band. */
@Component
class ReviewViews {

    private final FidelityReviews reviews;
    private final MessageSource messages;
    private final Formats formats;

    ReviewViews(FidelityReviews reviews, MessageSource messages, Formats formats) {
        this.reviews = reviews;
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * One item as shown: its texts in the reader's language, the review's scoring and Placera's evidence: a proposal
     * with its figures, or for an item that needs judgement the figures alone.
     */
    record ItemView(Item item, ItemText text, ItemScore score, String proposal, String figures, boolean records) {

        public String code() {
            return item.code();
        }
    }

    /** A review's sum and band, or no band while items are unscored. */
    record Summary(Review review, int total, boolean complete, Band band) {
    }

    List<ItemView> items(Review review, Locale locale) {
        Scale scale = reviews.scale(review.scaleId());
        return scale.items().stream().map(item -> new ItemView(item, item.text(locale), review.item(item.code()),
                proposal(review.item(item.code()), locale), figures(review.item(item.code()), locale),
                reviews.hasEvidenceRecords(review, item.code()))).toList();
    }

    Summary summary(Review review) {
        boolean complete = review.items().values().stream().allMatch(item -> item.score() != null);
        Band band = complete ? reviews.scale(review.scaleId()).band(review.total()).orElse(null) : null;
        return new Summary(review, review.total(), complete, band);
    }

    /** One item as shown, or none for a code not on the review's scale. */
    Optional<ItemView> item(Review review, String code, Locale locale) {
        return items(review, locale).stream().filter(item -> item.code().equals(code)).findFirst();
    }

    /** Placera's proposal in words, with the figures it rests on; null when Placera had none. */
    private String proposal(ItemScore item, Locale locale) {
        if (item.proposedScore() == null) {
            return null;
        }
        return messages.getMessage("fidelity.proposal", new Object[] {item.proposedScore(), evidence(item, locale)},
                locale);
    }

    /** The figures the records give for an item Placera shows without proposing a score; null for the others. */
    private String figures(ItemScore item, Locale locale) {
        if (item.proposedScore() != null || item.proposedFigures().isEmpty()) {
            return null;
        }
        return messages.getMessage("fidelity.figures", new Object[] {evidence(item, locale)}, locale);
    }

    private String evidence(ItemScore item, Locale locale) {
        Object[] figures = item.proposedFigures().stream().map(formats::number).toArray();
        return messages.getMessage("fidelity.evidence." + item.code(), figures, locale);
    }
}
