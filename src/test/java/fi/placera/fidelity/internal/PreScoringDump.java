package fi.placera.fidelity.internal;

import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.Scale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** The fidelity pre-scores of a team and the records behind them, as lines of text (for FiguresUnchangedIT). */
public final class PreScoringDump {

    private PreScoringDump() {
    }

    public static List<String> lines(ApplicationContext context, UUID team, LocalDate from, LocalDate to) {
        PreScoring preScoring = context.getBean(PreScoring.class);
        Scale scale = context.getBean(FidelityReviews.class).currentScale();
        List<String> lines = new ArrayList<>();
        Map<String, PreScores.Proposal> proposals = new TreeMap<>(preScoring.proposals(scale, team, from, to));
        proposals.forEach((code, proposal) -> lines.add("proposal " + code + " " + proposal.score() + " "
                + proposal.figures()));
        scale.items().stream().map(FidelityReviews.Item::code).filter(PreScoring::listsRecords).sorted()
                .forEach(code -> preScoring.records(code, team, from, to).forEach(record -> lines.add("record " + code
                        + " " + record.clientId() + " " + record.day() + " " + record.counted())));
        return lines;
    }
}
