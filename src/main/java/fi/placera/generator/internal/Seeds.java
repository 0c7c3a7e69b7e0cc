package fi.placera.generator.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Independent random streams derived from the run's seed, one per thing generated (a coach's weeks, a
 * client's story), so that a table can be written in its own pass and still agree with every other table:
 * the stream of client 17 is the same whichever table asks for it.
 */
record Seeds(long seed) {

    /** What a random stream is for; the ordinal keeps streams of different purposes apart. */
    enum Stream {
        ORGANISATION, TIMELINES, STORY, EMPLOYERS, CONTACTS, CARE_TEAM_MEETINGS, TEAM_MEETINGS, READS
    }

    SplittableRandom random(Stream stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ (stream.ordinal() + 1L) * 0x9E3779B97F4A7C15L) + index));
    }

    /** A version-4 UUID taken from the stream, never from {@link UUID#randomUUID()}: the same seed, the same ids. */
    static UUID uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A day from {@code from} to {@code to}, both included. */
    static LocalDate dayBetween(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** MurmurHash3's finaliser: neighbouring seeds and indexes give unrelated streams. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
