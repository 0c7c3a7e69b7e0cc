package fi.placera.generator.internal;

import fi.placera.generator.internal.Seeds.Sequence;
import fi.placera.generator.internal.Seeds.Stream;
import fi.placera.generator.internal.World.Coach;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The timelines of one coach's clients. The coach's caseload limit is split into places; each place holds
 * its clients one after another over the years, and only the last of them may still be in the service on
 * the reference day, so the coach is never over the limit, on any day.
 */
final class Timelines {

    private static final double REFERRAL_ENDS = 0.08;
    private static final double LAST_CLIENT_ENDS = 0.15;
    private static final int JUST_REFERRED = 2;

    private final World world;
    private final Coach coach;
    private final SplittableRandom random;
    private final LocalDate firstDay;
    private final LocalDate referenceDay;

    Timelines(World world, Coach coach) {
        this.world = world;
        this.coach = coach;
        this.random = world.seeds.random(Stream.TIMELINES, coach.index());
        this.firstDay = world.firstDay();
        this.referenceDay = world.referenceDay();
    }

    /** The coach's clients, one place for each up to the caseload limit. */
    List<ClientTimeline> build(int clients) {
        return build(clients, Math.min(coach.caseloadLimit(), clients), false);
    }

    /**
     * The demo team's clients: two places for every three clients, so that clients leave and new ones arrive; the
     * last client of a place referred any day of their turn; and, where the caseload has room, two clients referred
     * in the last days and not yet reached, as a working team always has.
     */
    List<ClientTimeline> buildWithTurnover(int clients) {
        int places = Math.min(coach.caseloadLimit(), Math.max(1, clients * 2 / 3));
        int justReferred = Math.min(JUST_REFERRED, coach.caseloadLimit() - places);
        List<ClientTimeline> timelines = build(clients - justReferred, places, true);
        for (int i = 0; i < justReferred; i++) {
            timelines.add(client(world.clients.size() + timelines.size(), referenceDay.minusDays(2), 3, true, true));
        }
        return timelines;
    }

    private List<ClientTimeline> build(int clients, int places, boolean lastReferredAnyDay) {
        List<ClientTimeline> timelines = new ArrayList<>(clients);
        for (int place = 0; place < places; place++) {
            int inPlace = clients / places + (place < clients % places ? 1 : 0);
            long segment = ChronoUnit.DAYS.between(firstDay, referenceDay) / inPlace;
            for (int turn = 0; turn < inPlace; turn++) {
                LocalDate segmentStart = firstDay.plusDays(turn * segment);
                timelines.add(client(world.clients.size() + timelines.size(), segmentStart, segment,
                        turn == inPlace - 1, lastReferredAnyDay));
            }
        }
        return timelines;
    }

    private ClientTimeline client(long index, LocalDate segmentStart, long segment, boolean last,
            boolean lastReferredAnyDay) {
        LocalDate referred = segmentStart.plusDays(random.nextLong(last && lastReferredAnyDay ? segment : segment / 5 + 1));
        LocalDate referralEnded = null;
        LocalDate serviceEnded = null;
        if (!last && Seeds.chance(random, REFERRAL_ENDS)) {
            referralEnded = referred.plusDays(7 + random.nextLong(Math.max(1, Math.min(38, segment / 2 - 7))));
        } else if (!last) {
            serviceEnded = segmentStart.plusDays(segment - 1 - random.nextLong(segment / 10 + 1));
        } else if (Seeds.chance(random, LAST_CLIENT_ENDS) && referred.plusDays(120).isBefore(referenceDay)) {
            serviceEnded = Seeds.dayBetween(random, referred.plusDays(90), referenceDay.minusDays(1));
        }
        LocalDate agreed = referralEnded != null ? null : referred.plusDays(3 + random.nextLong(19));
        LocalDate noLaterThan = serviceEnded != null ? serviceEnded.minusDays(1) : referenceDay;
        if (agreed != null && agreed.isAfter(noLaterThan)) {
            agreed = null; // still being reached on the reference day
        }
        boolean swedish = Seeds.chance(random, world.areas.stream().filter(a -> a.id() == coach.areaId())
                .findFirst().orElseThrow().swedishShare());
        char sign = IdentityCodes.centurySign(index, random);
        boolean withoutCode = index % 4 != 0 && Seeds.chance(random, 0.02);
        return new ClientTimeline(index, world.seeds.ordered(Sequence.CLIENT, index), coach.areaId(), coach.teamId(), coach.index(),
                Names.draw(random, swedish), swedish,
                withoutCode ? null : world.identityCode(coach.areaId(), random, sign),
                referred, referralEnded, agreed, serviceEnded);
    }
}
