package fi.placera.generator.internal;

import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.ItemScore;
import fi.placera.fidelity.FidelityReviews.NewReview;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.fidelity.FidelityReviews.Source;
import fi.placera.generator.internal.World.ExistingCoach;
import fi.placera.generator.internal.World.ExistingTeam;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo team's published fidelity review of the last twelve whole months, made as reviewers make one: opened
 * with Placera's pre-scores, each pre-score accepted, the items the records cannot answer given the reviewers' 4,
 * agreed by two reviewers, and published with an action plan for every weak item.
 */
@Component
@Profile("demo")
class DemoReview {

    /** The reviewers' score where Placera proposes none: good enough, as a demo team would be. */
    private static final int JUDGED = ItemScore.GOOD_ENOUGH;
    private static final List<String> REVIEWERS = List.of("Anna Björklund", "Ulkoinen arvioija / Extern bedömare");

    private final FidelityReviews reviews;

    DemoReview(FidelityReviews reviews) {
        this.reviews = reviews;
    }

    void publish(ExistingTeam team, LocalDate today) {
        LocalDate to = today.withDayOfMonth(1).minusDays(1);
        ExistingCoach leader = team.coaches().get(0);
        UUID id = reviews.open(new NewReview(UUID.randomUUID(), Scale.SINGLE_AREA, team.id(), to.minusYears(1).plusDays(1),
                to, today, REVIEWERS, leader.accountId()));
        Review opened = reviews.find(id).orElseThrow();
        Map<String, ItemScore> scored = new LinkedHashMap<>();
        opened.items().forEach((code, item) -> scored.put(code, scored(item, leader, today)));
        reviews.agree(withItems(opened, scored));
        reviews.publish(withItems(reviews.find(id).orElseThrow(), scored));
    }

    private static ItemScore scored(ItemScore item, ExistingCoach leader, LocalDate today) {
        boolean proposed = item.proposedScore() != null;
        int score = proposed ? item.proposedScore() : JUDGED;
        boolean weak = score < ItemScore.GOOD_ENOUGH;
        return new ItemScore(item.code(), score,
                proposed ? Set.of(Source.SYSTEM_DATA) : Set.of(Source.INTERVIEWS, Source.OBSERVATION),
                proposed ? "Placeran tiedot / Uppgifter i Placera" : "Haastattelut / Intervjuer", null,
                item.proposedScore(), item.proposedFigures(), null,
                weak ? "Käydään läpi tiimikokouksessa / Gås igenom på teammötet" : null,
                weak ? leader.name().full() : null, weak ? today.plusMonths(3) : null, List.of(score, score));
    }

    private static Review withItems(Review review, Map<String, ItemScore> items) {
        return new Review(review.id(), review.version(), review.areaId(), review.ipsTeamId(), review.scaleId(),
                review.from(), review.to(), review.reviewedOn(), review.state(), REVIEWERS, items);
    }
}
