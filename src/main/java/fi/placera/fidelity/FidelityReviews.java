package fi.placera.fidelity;

import fi.placera.platform.IpsModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Fidelity reviews of IPS teams on a versioned scale. Refusals are Rejections naming the form field, so a page
 * shows them next to what was typed.
 */
public interface FidelityReviews {

    /** The scale new reviews are scored on. */
    Scale currentScale();

    Scale scale(short id);

    /**
     * Opens a draft review with a pre-score for every item Placera can answer over the period. Refused for a
     * period ending before it starts or an empty reviewer list.
     */
    UUID open(NewReview review);

    /**
     * Saves the reviewers and the items at the version read, as a draft again (changed scores are not yet agreed).
     * Refused for a published review, a score outside 1–5, or a score that differs from the proposal without a reason.
     */
    void save(Review review);

    /** Saves and records that the reviewers agree: refused unless every item is scored by two or more reviewers. */
    void agree(Review review);

    /**
     * Saves and publishes an agreed review, after which it is read-only. Refused as {@link #agree} is, for a review not
     * yet agreed, and for an item below {@link ItemScore#GOOD_ENOUGH} without an action, its owner and its due day.
     */
    void publish(Review review);

    Optional<Review> find(UUID id);

    /** The team's reviews, latest period first. */
    List<Review> ofTeam(UUID ipsTeamId);

    /** The team's next review, from its reviews ({@link NextReview#of}). */
    default NextReview nextReview(UUID ipsTeamId) {
        return NextReview.of(ofTeam(ipsTeamId));
    }

    /** Other reviews of the same team whose period overlaps this one's: allowed, but the page warns. */
    List<Review> overlapping(Review review);

    /**
     * The records behind an item's pre-score over the review's period as they stand now: one row per client
     * record counted, and whether it counts towards the item (for a share). Empty for an item whose figures are
     * not counted from client records (coach time, the outcome report) or that Placera cannot pre-score. Client
     * ids only: the caller decides, through the clients module, whose names the reader may see.
     */
    Optional<List<EvidenceRecord>> evidenceRecords(Review review, String code);

    /** Whether {@link #evidenceRecords} lists the records behind the item's pre-score on this review's scale. */
    boolean hasEvidenceRecords(Review review, String code);

    /** One client record behind a pre-score: its day, and whether it counts (null when the item is not a share). */
    record EvidenceRecord(UUID clientId, LocalDate day, Boolean counted) {
    }

    enum State { DRAFT, AGREED, PUBLISHED }

    /**
     * The next review of a team (decisions 0072, 0085): due from {@link IpsModel#NEXT_REVIEW_MONTHS_FIRST} and by
     * {@link IpsModel#NEXT_REVIEW_MONTHS_LAST} months after the day of the latest published review (no days before a
     * review is published), and in progress while a review of a later period is open. An overdue review stays due,
     * since a review left undone is better late than forgotten.
     */
    record NextReview(LocalDate dueFrom, LocalDate dueBy, boolean inProgress) {

        /** The next review after a team's reviews, latest period first ({@link #ofTeam}). */
        public static NextReview of(List<Review> ofTeam) {
            Optional<Review> published = ofTeam.stream().filter(Review::published).findFirst();
            boolean laterOpen = ofTeam.stream().anyMatch(review -> !review.published()
                    && published.map(p -> review.to().isAfter(p.to())).orElse(true));
            return published.map(Review::reviewedOn)
                    .map(day -> new NextReview(day.plusMonths(IpsModel.NEXT_REVIEW_MONTHS_FIRST),
                            day.plusMonths(IpsModel.NEXT_REVIEW_MONTHS_LAST), laterOpen))
                    .orElse(new NextReview(null, null, laterOpen));
        }

        /** Whether the next review is due on or before this day: its window has opened and it is not under way. */
        public boolean dueOnOrBefore(LocalDate day) {
            return !inProgress && dueFrom != null && !dueFrom.isAfter(day);
        }

        public boolean overdue(LocalDate today) {
            return !inProgress && dueBy != null && dueBy.isBefore(today);
        }

        /** The reminder: the next review falls due (its window has opened), is not under way and not yet overdue. */
        public boolean dueSoon(LocalDate today) {
            return dueOnOrBefore(today) && !overdue(today);
        }
    }

    /** Where the evidence of an item came from. */
    enum Source { SYSTEM_DATA, RECORDS, INTERVIEWS, OBSERVATION, PLANS }

    record NewReview(UUID idempotencyKey, short areaId, UUID ipsTeamId, LocalDate from, LocalDate to,
            LocalDate reviewedOn, List<String> reviewers, UUID createdBy) {
    }

    record Review(UUID id, int version, short areaId, UUID ipsTeamId, short scaleId, LocalDate from, LocalDate to,
            LocalDate reviewedOn, State state, List<String> reviewers, Map<String, ItemScore> items) {

        /** The sum of the scores given so far. */
        public int total() {
            return items.values().stream().map(ItemScore::score).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).sum();
        }

        public boolean published() {
            return state == State.PUBLISHED;
        }

        public ItemScore item(String code) {
            return items.get(code);
        }
    }

    /**
     * One item of a review: the consensus score, its sources, evidence and note; Placera's proposal with the
     * figures behind it (none for items the records cannot answer); the reason when the score differs from the
     * proposal; the action plan for a weak item; and each reviewer's own score before the consensus, by the
     * reviewer's position in the review's list (null where a reviewer gave none).
     */
    record ItemScore(String code, Integer score, Set<Source> sources, String evidence, String note,
            Integer proposedScore, List<BigDecimal> proposedFigures, String overrideReason, String action,
            String actionOwner, LocalDate actionDueOn, List<Integer> reviewerScores) {

        /** Below this score an item needs an action plan. */
        public static final int GOOD_ENOUGH = 4;

        public ItemScore {
            reviewerScores = reviewerScores == null ? List.of()
                    : Collections.unmodifiableList(new ArrayList<>(reviewerScores));
        }

        /** The score the reviewer at this position gave before the consensus, or null. */
        public Integer reviewerScore(int position) {
            return position < reviewerScores.size() ? reviewerScores.get(position) : null;
        }

        public boolean overridden() {
            return proposedScore != null && score != null && !proposedScore.equals(score);
        }

        public boolean weak() {
            return score != null && score < GOOD_ENOUGH;
        }
    }

    /** A version of the scale: its items in order and its bands. */
    record Scale(short id, String code, List<Item> items, List<Band> bands) {

        public Optional<Band> band(int total) {
            return bands.stream().filter(band -> total >= band.min() && total <= band.max()).findFirst();
        }
    }

    /** An item with its texts by language (fi, sv, en) and, when Placera can pre-score it, its cut points. */
    record Item(String code, String section, Map<String, ItemText> texts, Cuts cuts) {

        public ItemText text(Locale locale) {
            return texts.getOrDefault(locale.getLanguage(), texts.get("fi"));
        }
    }

    record ItemText(String name, String description, List<String> anchors) {
    }

    record Band(String code, int min, int max, Map<String, String> labels) {

        public String label(Locale locale) {
            return labels.getOrDefault(locale.getLanguage(), labels.get("fi"));
        }
    }

    /**
     * The limits on an item's measure for scores 5, 4, 3 and 2 (anything beyond the last is 1): reached at or
     * above a limit when higher is better, at or below it otherwise.
     */
    record Cuts(boolean higherIsBetter, List<BigDecimal> limits) {

        public Cuts {
            limits = List.copyOf(limits);
            if (limits.size() != 4) {
                throw new IllegalArgumentException("four limits, for scores 5 to 2");
            }
        }

        public int score(BigDecimal value) {
            for (int i = 0; i < limits.size(); i++) {
                int side = value.compareTo(limits.get(i));
                if (higherIsBetter ? side >= 0 : side <= 0) {
                    return 5 - i;
                }
            }
            return 1;
        }

        /**
         * Whether anchor texts for scores 1 to 5 say what these limits do: each anchor names exactly the whole
         * numbers that bound its score (O1's 2 "25–49 %", its 1 "under 25 %"; S1's 4 "21–25", its 1 "41 or more"),
         * or, when the anchors are words alone, none of them names a number.
         */
        public boolean agreeWith(List<String> anchors) {
            List<Set<BigDecimal>> named = anchors.stream().map(Cuts::numbersIn).toList();
            if (named.stream().allMatch(Set::isEmpty)) {
                return true;
            }
            return named.size() == 5 && IntStream.rangeClosed(1, 5).allMatch(score ->
                    named.get(score - 1).equals(bounds(score)));
        }

        /** The whole numbers that bound a score: its own limit and the number just short of the next score's. */
        private Set<BigDecimal> bounds(int score) {
            Set<BigDecimal> bounds = new HashSet<>();
            if (score > 1) {
                bounds.add(limits.get(5 - score));
            }
            if (score < 5) {
                BigDecimal next = limits.get(4 - score);
                // "under 25 %" when higher is better, "41 or more" when lower is: score 1 is named like the rest
                boolean under = higherIsBetter && score == 1;
                bounds.add(under ? next : higherIsBetter ? next.subtract(BigDecimal.ONE) : next.add(BigDecimal.ONE));
            }
            return bounds.stream().map(BigDecimal::stripTrailingZeros).collect(Collectors.toSet());
        }

        private static Set<BigDecimal> numbersIn(String anchor) {
            return Pattern.compile("\\d+").matcher(anchor).results()
                    .map(found -> new BigDecimal(found.group()).stripTrailingZeros()).collect(Collectors.toSet());
        }
    }
}
