package fi.placera.generator.internal;

import fi.placera.generator.internal.Seeds.Sequence;
import fi.placera.generator.internal.Seeds.Stream;
import fi.placera.generator.internal.World.Coach;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One client's evaluation questionnaires, drawn from the client's own evaluation stream (so the rest of the story
 * is unchanged by them): at the default schedule's enrolment timepoints (baseline, +6 and +12 months; the
 * programme mid-point and end need a programme period, which the generator does not set) the coach fills in WHO-5,
 * PHQ-9 and GAD-7 with the client, submitted, within three weeks of the due day and before the client's last day
 * in the service. Answers follow a well-being level that starts low and improves, more for clients who get work;
 * now and then an item is left unanswered, and some follow-ups are never answered. The instrument versions are the
 * ids V32 seeds (version 1 of each), which a generated database always has.
 */
final class EvaluationAnswers {

    /** The shipped instruments' first versions (V32). */
    static final UUID WHO_5 = UUID.fromString("6e7a0000-0000-4000-8000-000000000001");
    static final UUID PHQ_9 = UUID.fromString("6e7a0000-0000-4000-8000-000000000002");
    static final UUID GAD_7 = UUID.fromString("6e7a0000-0000-4000-8000-000000000003");

    private static final String[] TIMEPOINTS = {"BASELINE", "MONTHS_6", "MONTHS_12"};
    private static final int[] MONTHS = {0, 6, 12};
    private static final double[] ANSWERED = {0.85, 0.65, 0.55};
    private static final double MISSING_ITEM = 0.03;

    private record Instrument(UUID id, int items, int max, boolean higherIsBetter) {
    }

    private static final List<Instrument> INSTRUMENTS = List.of(new Instrument(WHO_5, 5, 5, true),
            new Instrument(PHQ_9, 9, 3, false), new Instrument(GAD_7, 7, 3, false));

    private record Response(UUID instrumentId, String timepoint, LocalDate answeredOn, int[] values) {
    }

    private final ClientTimeline client;
    private final Coach coach;
    private final Seeds seeds;
    private final List<Response> responses = new ArrayList<>();

    EvaluationAnswers(World world, ClientTimeline client) {
        this.client = client;
        this.coach = world.coaches.get(client.coachIndex());
        this.seeds = world.seeds;
        if (!client.enrolled()) {
            return;
        }
        SplittableRandom random = world.seeds.random(Stream.EVALUATION, client.index());
        LocalDate lastDay = client.lastDay(world.referenceDay());
        // well-being on a 0–1 scale: low at entry, improving; work (a third of clients, drawn here) helps more
        double level = 0.2 + 0.3 * random.nextDouble();
        double gain = Seeds.chance(random, 0.35) ? 0.10 + 0.10 * random.nextDouble() : 0.02 + 0.06 * random.nextDouble();
        for (int t = 0; t < TIMEPOINTS.length; t++) {
            LocalDate due = client.agreedOn().plusMonths(MONTHS[t]);
            LocalDate answeredOn = due.plusDays(random.nextInt(21));
            boolean answered = Seeds.chance(random, ANSWERED[t]);
            double now = Math.min(0.95, level + gain * t);
            if (!answered || answeredOn.isAfter(lastDay)) {
                continue;
            }
            for (Instrument instrument : INSTRUMENTS) {
                int[] values = new int[instrument.items()];
                for (int item = 0; item < values.length; item++) {
                    if (Seeds.chance(random, MISSING_ITEM)) {
                        values[item] = -1;
                        continue;
                    }
                    double good = Math.max(0, Math.min(1, now + (random.nextDouble() - 0.5) * 0.4));
                    double score = instrument.higherIsBetter() ? good : 1 - good;
                    values[item] = (int) Math.round(score * instrument.max());
                }
                responses.add(new Response(instrument.id(), TIMEPOINTS[t], answeredOn, values));
            }
        }
    }

    /**
     * Whether the enrolled client consents to their evaluation data being used for research (consent kind
     * EVALUATION to party OTHER, which evaluators' figures and the research extracts require): four in five, drawn
     * from a stream of its own.
     */
    static boolean consentsToResearch(World world, ClientTimeline client) {
        return client.enrolled() && Seeds.chance(world.seeds.random(Stream.EVALUATION, ~client.index()), 0.8);
    }

    /**
     * Writes this client's rows of the table; the client's first response is the {@code first}-th of the whole
     * table (the same in both passes, so the answers point at the right ids). Returns how many responses it has.
     */
    int write(Table table, CopyStream out, long first) throws SQLException {
        long number = first;
        switch (table) {
            case EVALUATION_RESPONSE -> {
                for (Response response : responses) {
                    out.id(seeds.ordered(Sequence.EVALUATION_RESPONSE, number)).id(response.instrumentId())
                            .number(client.areaId()).id(client.teamId()).id(client.id()).text(response.timepoint())
                            .text("COACH").text("SUBMITTED").date(response.answeredOn()).id(coach.accountId())
                            .instant(ClientStory.at(response.answeredOn(), 11))
                            .instant(ClientStory.at(response.answeredOn(), 12))
                            .id(seeds.ordered(Sequence.EVALUATION_RESPONSE_KEY, number)).endRow();
                    number++;
                }
            }
            case EVALUATION_ANSWER -> {
                for (Response response : responses) {
                    UUID id = seeds.ordered(Sequence.EVALUATION_RESPONSE, number++);
                    for (int item = 0; item < response.values().length; item++) {
                        if (response.values()[item] >= 0) {
                            out.id(id).text(Integer.toString(item + 1)).text(Integer.toString(response.values()[item]))
                                    .endRow();
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException(table.name());
        }
        return responses.size();
    }
}
