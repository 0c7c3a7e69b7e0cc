package fi.placera.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fi.placera.clients.PersonalIdentityCode;
import fi.placera.employers.BusinessId;
import fi.placera.platform.web.Formats;
import fi.placera.testing.Mutations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * IN2 in the build (decision 0046): the parsers of what people and files type into Placera — identity codes, business
 * IDs, typed dates and tracker CSV files — get seeded random mutations of valid input (bytes flipped, cut, doubled,
 * control characters, surrogates, other scripts) and never throw: they answer with their refusal. Jazzer itself is not
 * in this build's registry; this corpus-free sweep is deterministic (the seed), so a failure repeats.
 */
class ParsersFuzzTest {

    private static final int RUNS = 20_000;
    private static final List<String> SEEDS = List.of("131052-308T", "010199-123A", "290200A123B", "1234567-1",
            "31.12.2025", "29.2.2024", "1.1.99999999", "client_ref,coach_ref,referral_date\nA-1,coach1,2025-03-01\n");
    private static final String JOBS = "client_ref,employer_name,start_date,competitive\n";
    private static final String CONTACTS = "coach_ref,contact_date,employer_name,face_to_face\n";

    private final Random random = new Random(46);

    @Test
    void identityCodesBusinessIdsAndTypedDatesAreRefusedNeverThrown() {
        for (int i = 0; i < RUNS; i++) {
            String text = mutated(SEEDS.get(random.nextInt(SEEDS.size())));
            assertThatCode(() -> {
                PersonalIdentityCode.problemWith(text);
                PersonalIdentityCode.parse(text);
                BusinessId.problemWith(text);
                Formats.parseDate(text).ifPresent(day -> assertThat(Formats.plausible(day)).isTrue());
            }).as("input %d: %s", i, Mutations.escaped(text)).doesNotThrowAnyException();
        }
    }

    @Test
    void aTrackerFileOfAnyBytesIsReadOrRefusedWithErrorsNeverThrown() {
        for (int i = 0; i < RUNS / 10; i++) {
            byte[] clients = mutated(SEEDS.get(SEEDS.size() - 1)).getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(4) == 0) {
                clients[random.nextInt(clients.length)] = (byte) random.nextInt(256); // possibly not UTF-8 any more
            }
            byte[] file = clients;
            int run = i;
            assertThatCode(() -> CsvTables.read(Map.of("clients.csv", file,
                    "jobs.csv", JOBS.getBytes(StandardCharsets.UTF_8),
                    "employer_contacts.csv", CONTACTS.getBytes(StandardCharsets.UTF_8))))
                    .as("file %d", run).doesNotThrowAnyException();
        }
    }

    private String mutated(String seed) {
        return Mutations.of(seed, random);
    }
}
