package fi.placera.generator.internal;

import fi.placera.generator.internal.Seeds.Stream;
import fi.placera.generator.internal.World.Coach;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The access log of the generated years: the coach reading the client's record a few times a week while the
 * client is in the service (referral to end), each read granted and logged as the application logs it.
 */
final class AccessReads {

    private static final List<String> KINDS = List.of("IDENTITY", "SERVICE_RECORD", "SERVICE_RECORD", "ACTION_PLAN",
            "VOCATIONAL_PROFILE", "EMPLOYMENT", "EMPLOYMENT");
    private static final int MOST_READS_A_WEEK = 7;
    private static final int WORKDAY_SECONDS = 8 * 3600;

    private final World world;

    AccessReads(World world) {
        this.world = world;
    }

    void write(CopyStream out) throws SQLException {
        LocalDate referenceDay = world.referenceDay();
        for (ClientTimeline client : world.clients) {
            Coach coach = world.coaches.get(client.coachIndex());
            SplittableRandom random = world.seeds.random(Stream.READS, client.index());
            LocalDate last = client.lastDay(referenceDay);
            for (LocalDate week = client.referredOn(); !week.isAfter(last); week = week.plusWeeks(1)) {
                int reads = random.nextInt(MOST_READS_A_WEEK + 1);
                for (int r = 0; r < reads; r++) {
                    LocalDate day = week.plusDays(random.nextInt(5));
                    if (!day.isAfter(last)) {
                        writeRead(coach, client, day, random, out);
                    }
                }
            }
        }
    }

    private static void writeRead(Coach coach, ClientTimeline client, LocalDate day, SplittableRandom random,
            CopyStream out) throws SQLException {
        out.instant(ClientStory.at(day, 8).plusSeconds(random.nextInt(WORKDAY_SECONDS))).id(coach.accountId())
                .text(coach.username()).text("COACH").text(coach.areaCode()).number(client.areaId()).id(client.id())
                .text(Seeds.pick(random, KINDS)).text(Seeds.chance(random, 0.3) ? "caseload list" : "client record")
                .text("VIEW").text("GRANTED").flag(false).endRow();
    }
}
