package fi.placera.evaluation;

import fi.placera.evaluation.Instrument.ScoreRule;
import fi.placera.evaluation.Questionnaires.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Team-level change from baseline, per instrument and score: over the clients with a baseline and a later answer,
 * the mean change (latest minus baseline) and how many improved by at least the instrument's clinically meaningful
 * change in its better direction (none when the instrument defines no such change). The baseline is the client's
 * answer at the BASELINE timepoint, else their first; a score not computed at either end leaves the client out.
 */
public final class ChangeFromBaseline {

    public static final String BASELINE = "BASELINE";

    private ChangeFromBaseline() {
    }

    /** One score's change over a group of clients; {@code improved} is null when no meaningful change is defined. */
    public record Change(Instrument instrument, ScoreRule rule, int clients, BigDecimal meanChange, Integer improved) {

        /** The share improved, 0–1 with four decimals, or null. */
        public BigDecimal improvedShare() {
            return improved == null || clients == 0 ? null
                    : BigDecimal.valueOf(improved).divide(BigDecimal.valueOf(clients), 4, RoundingMode.HALF_UP);
        }
    }

    /** The changes over the submitted responses given (any clients, any instruments), by instrument code and score. */
    public static List<Change> of(List<Response> responses) {
        Map<String, Map<UUID, List<Response>>> byInstrument = new LinkedHashMap<>();
        responses.stream().filter(Response::submitted).filter(r -> r.clientId() != null)
                .sorted(Comparator.comparing(Response::instrument, Comparator.comparing(Instrument::code))
                        .thenComparing(Response::answeredOn))
                .forEach(r -> byInstrument.computeIfAbsent(r.instrument().code(), c -> new LinkedHashMap<>())
                        .computeIfAbsent(r.clientId(), c -> new ArrayList<>()).add(r));
        List<Change> changes = new ArrayList<>();
        byInstrument.values().forEach(clients -> {
            Instrument latestVersion = clients.values().stream().flatMap(List::stream)
                    .max(Comparator.comparingInt(r -> r.instrument().version())).orElseThrow().instrument();
            for (ScoreRule rule : latestVersion.definition().scores()) {
                List<BigDecimal> deltas = new ArrayList<>();
                int improved = 0;
                for (List<Response> answers : clients.values()) {
                    Optional<BigDecimal> delta = delta(answers, rule.code());
                    if (delta.isEmpty()) {
                        continue;
                    }
                    deltas.add(delta.get());
                    BigDecimal better = rule.higherIsBetter() ? delta.get() : delta.get().negate();
                    if (rule.meaningfulChange() != null && better.compareTo(rule.meaningfulChange()) >= 0) {
                        improved++;
                    }
                }
                if (!deltas.isEmpty()) {
                    BigDecimal mean = deltas.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(deltas.size()), 1, RoundingMode.HALF_UP);
                    changes.add(new Change(latestVersion, rule, deltas.size(), mean,
                            rule.meaningfulChange() == null ? null : improved));
                }
            }
        });
        return changes;
    }

    /** Latest minus baseline of one client's answers in date order, if both are computed and differ in time. */
    private static Optional<BigDecimal> delta(List<Response> answers, String scoreCode) {
        Response baseline = answers.stream().filter(r -> BASELINE.equals(r.timepoint())).findFirst()
                .orElse(answers.get(0));
        Response latest = answers.get(answers.size() - 1);
        if (latest == baseline || latest.answeredOn().isBefore(baseline.answeredOn())) {
            return Optional.empty();
        }
        Optional<BigDecimal> start = value(baseline, scoreCode);
        Optional<BigDecimal> end = value(latest, scoreCode);
        return start.isPresent() && end.isPresent() ? Optional.of(end.get().subtract(start.get())) : Optional.empty();
    }

    private static Optional<BigDecimal> value(Response response, String scoreCode) {
        return response.instrument().definition().score(scoreCode)
                .map(rule -> Scoring.score(response.instrument().definition(), rule, response.answers()).value());
    }
}
