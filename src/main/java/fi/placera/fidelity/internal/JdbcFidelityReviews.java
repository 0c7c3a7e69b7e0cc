package fi.placera.fidelity.internal;

import static fi.placera.platform.Checks.LONG_TEXT;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.internal.PreScores.Proposal;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fidelity reviews in PostgreSQL. A save replaces the reviewers and rewrites every item; a review is locked
 * while it is changed, so a save and a publish of the same review cannot interleave.
 */
@Service
class JdbcFidelityReviews implements FidelityReviews {

    /** Reviews are scored by consensus of at least this many reviewers. */
    static final int MIN_REVIEWERS = 2;
    private static final int NAME = 200;
    private static final int REASON = 1000;
    private static final int ACTION = 500;
    private static final String COLUMNS = """
            select r.id, r.version, r.area_id, r.ips_team_id, r.scale_id, r.period_from, r.period_to, r.reviewed_on,
                   r.state, array(select name from fidelity_reviewer where review_id = r.id order by position) as reviewers
            from fidelity_review r""";

    private final JdbcClient jdbc;
    private final PreScoring preScoring;
    private final Clock clock;
    /** Scale versions are written only by migrations, so one read per version lasts the application's life. */
    private final Map<Short, Scale> scales = new ConcurrentHashMap<>();

    JdbcFidelityReviews(JdbcClient jdbc, PreScoring preScoring, Clock clock) {
        this.jdbc = jdbc;
        this.preScoring = preScoring;
        this.clock = clock;
    }

    @Override
    public Scale currentScale() {
        return scale(jdbc.sql("select id from fidelity_scale where in_use_from <= ? order by in_use_from desc limit 1")
                .param(LocalDate.now(clock)).query(Short.class).single());
    }

    @Override
    public Scale scale(short id) {
        return scales.computeIfAbsent(id, this::readScale);
    }

    private Scale readScale(short id) {
        Map<String, Map<String, ItemText>> texts = new LinkedHashMap<>();
        jdbc.sql("select code, language, name, description, anchors from fidelity_item_text where scale_id = ?")
                .param(id).query(rs -> {
                    texts.computeIfAbsent(rs.getString(1), code -> new LinkedHashMap<>()).put(rs.getString(2),
                            new ItemText(rs.getString(3), rs.getString(4), List.of((String[]) rs.getArray(5).getArray())));
                });
        List<Item> items = jdbc.sql("""
                        select code, section, higher_is_better, measure_cuts from fidelity_item
                        where scale_id = ? order by position""")
                .param(id)
                .query((rs, row) -> new Item(rs.getString(1), rs.getString(2), Map.copyOf(texts.get(rs.getString(1))),
                        cuts(rs)))
                .list();
        List<Band> bands = jdbc.sql("""
                        select code, min_total, max_total, label_fi, label_sv, label_en from fidelity_band
                        where scale_id = ? order by min_total desc""")
                .param(id)
                .query((rs, row) -> new Band(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        Map.of("fi", rs.getString(4), "sv", rs.getString(5), "en", rs.getString(6))))
                .list();
        String code = jdbc.sql("select code from fidelity_scale where id = ?").param(id).query(String.class).single();
        return new Scale(id, code, items, bands);
    }

    private static Cuts cuts(ResultSet rs) throws SQLException {
        boolean higherIsBetter = rs.getBoolean(3);
        return rs.wasNull() ? null : new Cuts(higherIsBetter, List.of((BigDecimal[]) rs.getArray(4).getArray()));
    }

    @Override
    @Transactional
    public UUID open(NewReview review) {
        LocalDate from = present(review.from(), "from");
        if (present(review.to(), "to").isBefore(from)) {
            throw new Rejection("to", "fidelity.period.reversed");
        }
        present(review.reviewedOn(), "reviewedOn");
        List<String> reviewers = reviewers(review.reviewers());
        UUID id = UUID.randomUUID();
        Scale scale = currentScale();
        int stored = jdbc.sql("""
                        insert into fidelity_review (id, area_id, ips_team_id, scale_id, period_from, period_to, reviewed_on,
                                                     state, created_by, idempotency_key, version)
                        values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, 0) on conflict (idempotency_key) do nothing""")
                .params(id, review.areaId(), review.ipsTeamId(), scale.id(), from, review.to(), review.reviewedOn(),
                        review.createdBy(), review.idempotencyKey())
                .update();
        if (stored == 0) {
            return jdbc.sql("select id from fidelity_review where idempotency_key = ?").param(review.idempotencyKey())
                    .query(UUID.class).single();
        }
        writeReviewers(id, reviewers);
        Map<String, Proposal> proposals = preScoring.proposals(scale, review.ipsTeamId(), from, review.to());
        scale.items().forEach(item -> insertItem(id, scale.id(), item.code(), proposals.get(item.code())));
        return id;
    }

    private void insertItem(UUID review, short scale, String code, Proposal proposal) {
        jdbc.sql("""
                        insert into fidelity_review_item (review_id, scale_id, code, proposed_score, proposed_figures)
                        values (?, ?, ?, ?, ?)""")
                .params(review, scale, code, proposal == null ? null : proposal.score(),
                        proposal == null ? null : proposal.figures().toArray(BigDecimal[]::new))
                .update();
    }

    @Override
    @Transactional
    public void save(Review review) {
        lockedUnpublished(review.id());
        write(checked(review), State.DRAFT);
    }

    @Override
    @Transactional
    public void agree(Review review) {
        lockedUnpublished(review.id());
        Review checked = checked(review);
        refuseIncomplete(checked);
        write(checked, State.AGREED);
    }

    @Override
    @Transactional
    public void publish(Review review) {
        State stored = lockedUnpublished(review.id());
        Review checked = checked(review);
        refuseIncomplete(checked);
        if (stored != State.AGREED) {
            throw new Rejection(null, "fidelity.publish.not-agreed");
        }
        checked.items().values().stream().filter(ItemScore::weak).forEach(JdbcFidelityReviews::refuseWithoutPlan);
        write(checked, State.PUBLISHED);
    }

    /** Locks the review and returns its state; a published review is read-only. */
    private State lockedUnpublished(UUID id) {
        State state = jdbc.sql("select state from fidelity_review where id = ? for update").param(id)
                .query((rs, row) -> State.valueOf(rs.getString(1))).optional()
                .orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        if (state == State.PUBLISHED) {
            throw new Rejection(null, "fidelity.published.read-only");
        }
        return state;
    }

    private Review checked(Review review) {
        present(review.reviewedOn(), "reviewedOn");
        Map<String, ItemScore> items = new LinkedHashMap<>();
        review.items().forEach((code, item) -> items.put(code, checked(item)));
        return new Review(review.id(), review.version(), review.areaId(), review.ipsTeamId(), review.scaleId(),
                review.from(), review.to(), review.reviewedOn(), review.state(), reviewers(review.reviewers()), items);
    }

    /** An item's score is 1–5 when given, and a score that differs from Placera's proposal says why. */
    private static ItemScore checked(ItemScore item) {
        String code = item.code();
        if (item.score() != null && (item.score() < 1 || item.score() > 5)) {
            throw new Rejection("score-" + code, "fidelity.score.range");
        }
        for (int position = 0; position < item.reviewerScores().size(); position++) {
            Integer own = item.reviewerScores().get(position);
            if (own != null && (own < 1 || own > 5)) {
                throw new Rejection("reviewer-score-" + code + "-" + position, "fidelity.score.range");
            }
        }
        String reason = optional(item.overrideReason(), REASON, "reason-" + code);
        if (item.overridden() && reason == null) {
            throw new Rejection("reason-" + code, "fidelity.reason.required", item.proposedScore());
        }
        return new ItemScore(code, item.score(), item.sources(), optional(item.evidence(), LONG_TEXT, "evidence-" + code),
                optional(item.note(), LONG_TEXT, "note-" + code), item.proposedScore(), item.proposedFigures(),
                item.overridden() ? reason : null, optional(item.action(), ACTION, "action-" + code),
                optional(item.actionOwner(), NAME, "owner-" + code), item.actionDueOn(), item.reviewerScores());
    }

    private static List<String> reviewers(List<String> names) {
        List<String> given = names.stream().filter(name -> name != null && !name.isBlank()).toList();
        if (given.isEmpty()) {
            throw new Rejection("reviewers", "fidelity.reviewers.required");
        }
        return given.stream().map(name -> required(name, NAME, "reviewers")).toList();
    }

    private static void refuseIncomplete(Review review) {
        String missing = review.items().values().stream().filter(item -> item.score() == null).map(ItemScore::code)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new Rejection(null, "fidelity.items.missing", missing);
        }
        if (review.reviewers().size() < MIN_REVIEWERS) {
            throw new Rejection("reviewers", "fidelity.reviewers.two", MIN_REVIEWERS);
        }
    }

    /** A weak item is published only with an action plan: what, who and by when. */
    private static void refuseWithoutPlan(ItemScore item) {
        String code = item.code();
        required(item.action(), ACTION, "action-" + code);
        required(item.actionOwner(), NAME, "owner-" + code);
        present(item.actionDueOn(), "due-" + code);
    }

    private void write(Review review, State state) {
        int saved = jdbc.sql("""
                        update fidelity_review set reviewed_on = ?, state = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(review.reviewedOn(), state.name(), review.id(), review.version())
                .update();
        if (saved == 0) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        jdbc.sql("delete from fidelity_reviewer_score where review_id = ?").param(review.id()).update();
        jdbc.sql("delete from fidelity_reviewer where review_id = ?").param(review.id()).update();
        writeReviewers(review.id(), review.reviewers());
        review.items().values().forEach(item -> jdbc.sql("""
                        update fidelity_review_item set score = ?, sources = ?, evidence = ?, note = ?, override_reason = ?,
                               action = ?, action_owner = ?, action_due_on = ?
                        where review_id = ? and code = ?""")
                .params(item.score(), item.sources().stream().map(Source::name).sorted().toArray(String[]::new),
                        item.evidence(), item.note(), item.overrideReason(), item.action(), item.actionOwner(),
                        item.actionDueOn(), review.id(), item.code())
                .update());
        review.items().values().forEach(item -> writeReviewerScores(review, item));
    }

    /** Each reviewer's own score of the item; a score of a position beyond the reviewer list has no reviewer. */
    private void writeReviewerScores(Review review, ItemScore item) {
        for (int position = 0; position < Math.min(item.reviewerScores().size(), review.reviewers().size()); position++) {
            Integer own = item.reviewerScores().get(position);
            if (own != null) {
                jdbc.sql("insert into fidelity_reviewer_score (review_id, position, code, score) values (?, ?, ?, ?)")
                        .params(review.id(), position, item.code(), own).update();
            }
        }
    }

    private void writeReviewers(UUID review, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            jdbc.sql("insert into fidelity_reviewer (review_id, position, name) values (?, ?, ?)")
                    .params(review, i, names.get(i)).update();
        }
    }

    @Override
    public Optional<Review> find(UUID id) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where r.id = ?").param(id).query(this::review).optional();
    }

    @Override
    public List<Review> ofTeam(UUID ipsTeamId) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where r.ips_team_id = ? order by r.period_to desc, r.reviewed_on desc")
                .param(ipsTeamId).query(this::review).list();
    }

    @Override
    public List<Review> overlapping(Review review) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + """
                         where r.ips_team_id = ? and r.id <> ? and r.period_from <= ? and r.period_to >= ?
                        order by r.period_from""")
                .params(review.ipsTeamId(), review.id(), review.to(), review.from()).query(this::review).list();
    }

    @Override
    public Optional<List<EvidenceRecord>> evidenceRecords(Review review, String code) {
        if (!hasEvidenceRecords(review, code)) {
            return Optional.empty();
        }
        return Optional.of(preScoring.records(code, review.ipsTeamId(), review.from(), review.to()));
    }

    @Override
    public boolean hasEvidenceRecords(Review review, String code) {
        return PreScoring.listsRecords(code) && scale(review.scaleId()).items().stream()
                .anyMatch(item -> item.code().equals(code) && PreScoring.scores(item));
    }

    private Review review(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Review(id, rs.getInt("version"), rs.getShort("area_id"), rs.getObject("ips_team_id", UUID.class),
                rs.getShort("scale_id"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getObject("reviewed_on", LocalDate.class),
                State.valueOf(rs.getString("state")), List.of((String[]) rs.getArray("reviewers").getArray()),
                items(id));
    }

    private Map<String, ItemScore> items(UUID review) {
        Map<String, List<Integer>> own = reviewerScores(review);
        Map<String, ItemScore> items = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.code, i.score, i.sources, i.evidence, i.note, i.proposed_score, i.proposed_figures,
                               i.override_reason, i.action, i.action_owner, i.action_due_on
                        from fidelity_review_item i join fidelity_item f on f.scale_id = i.scale_id and f.code = i.code
                        where i.review_id = ? order by f.position""")
                .param(review)
                .query(rs -> {
                    items.put(rs.getString(1), new ItemScore(rs.getString(1), rs.getObject(2, Integer.class),
                            sources((String[]) rs.getArray(3).getArray()), rs.getString(4), rs.getString(5),
                            rs.getObject(6, Integer.class), figures(rs.getArray(7)), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getObject(11, LocalDate.class),
                            own.getOrDefault(rs.getString(1), List.of())));
                });
        return items;
    }

    /** Each item's reviewer scores by the reviewer's position, null where a reviewer gave none. */
    private Map<String, List<Integer>> reviewerScores(UUID review) {
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        jdbc.sql("select code, position, score from fidelity_reviewer_score where review_id = ? order by code, position")
                .param(review)
                .query(rs -> {
                    List<Integer> item = scores.computeIfAbsent(rs.getString(1), code -> new ArrayList<>());
                    while (item.size() < rs.getInt(2)) {
                        item.add(null);
                    }
                    item.add(rs.getInt(3));
                });
        return scores;
    }

    private static Set<Source> sources(String[] names) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        Arrays.stream(names).map(Source::valueOf).forEach(sources::add);
        return sources;
    }

    private static List<BigDecimal> figures(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((BigDecimal[]) array.getArray());
    }
}
