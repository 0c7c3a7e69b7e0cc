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
        ORGANISATION, TIMELINES, STORY, EMPLOYERS, CONTACTS, CARE_TEAM_MEETINGS, TEAM_MEETINGS, READS, EVALUATION,
        EMPLOYER_CONSENTS
    }

    /** Rows whose ids ascend in the order they are written; see {@link #ordered}. */
    enum Sequence {
        CLIENT, REFERRAL, OUTREACH, AGREEMENT, CONSENT, PLAN, REVIEW, JOB, JOB_KEY, SUPPORT_DUE, SUPPORT_CONTACT,
        SUPPORT_CONTACT_KEY, SERVICE_END, EMPLOYER_CONTACT, EMPLOYER_CONTACT_KEY, CARE_TEAM_MEETING,
        CARE_TEAM_MEETING_KEY, TEAM_MEETING, TEAM_MEETING_KEY, EVALUATION_RESPONSE, EVALUATION_RESPONSE_KEY
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

    /**
     * The id of the n-th row of a sequence: a valid version-4 UUID whose leading bits are n, so that rows
     * written in order go to the right-hand end of their indexes. Random ids would scatter millions of
     * inserts over indexes larger than PostgreSQL's buffers, and loading the national scale would crawl.
     */
    UUID ordered(Sequence sequence, long number) {
        long most = (number << 16) | 0x4000L | sequence.ordinal();
        long least = (mix(seed ^ mix(sequence.ordinal() * 0x9E3779B97F4A7C15L + number)) & 0x3FFF_FFFF_FFFF_FFFFL)
                | 0x8000_0000_0000_0000L;
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
