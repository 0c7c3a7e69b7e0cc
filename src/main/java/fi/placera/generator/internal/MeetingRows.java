package fi.placera.generator.internal;

import fi.placera.generator.internal.Seeds.Sequence;
import fi.placera.generator.internal.Seeds.Stream;
import fi.placera.generator.internal.World.CareTeam;
import fi.placera.generator.internal.World.Coach;
import fi.placera.generator.internal.World.Team;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The weekly meetings: each care team's meeting on Tuesdays, attended by one of its coaches in turn (fidelity
 * O2, most weeks), and each IPS team's own meeting on Wednesdays with the coaches present that week (O4).
 */
final class MeetingRows {

    private static final LocalTime TEAM_MEETING_STARTS = LocalTime.of(9, 0);
    private static final LocalTime TEAM_MEETING_ENDS = LocalTime.of(10, 0);

    private final World world;

    MeetingRows(World world) {
        this.world = world;
    }

    void writeCareTeamMeetings(CopyStream out) throws SQLException {
        for (Team team : world.teams) {
            for (int c = 0; c < team.careTeams().size(); c++) {
                CareTeam careTeam = team.careTeams().get(c);
                List<Coach> attending = team.coaches().stream().filter(coach -> coach.careTeams().contains(careTeam))
                        .toList();
                List<Coach> coaches = attending.isEmpty() ? List.of(team.leader()) : attending;
                SplittableRandom random = world.seeds.random(Stream.CARE_TEAM_MEETINGS,
                        careTeam.id().getLeastSignificantBits());
                int week = 0;
                for (LocalDate tuesday : weekdays(1)) {
                    Coach coach = coaches.get(week++ % coaches.size());
                    out.id(world.seeds.ordered(Sequence.CARE_TEAM_MEETING, out.rows())).number(careTeam.areaId())
                            .id(careTeam.id()).date(tuesday).id(coach.staffId()).flag(Seeds.chance(random, 0.85))
                            .id(coach.accountId()).id(world.seeds.ordered(Sequence.CARE_TEAM_MEETING_KEY, out.rows()))
                            .endRow();
                }
            }
        }
    }

    /** The team meetings, or their attendees: both passes draw the same meetings from the same streams. */
    void writeTeamMeetings(Table table, CopyStream out) throws SQLException {
        long number = 0;
        for (Team team : world.teams) {
            SplittableRandom random = world.seeds.random(Stream.TEAM_MEETINGS, team.id().getLeastSignificantBits());
            for (LocalDate wednesday : weekdays(2)) {
                UUID meeting = world.seeds.ordered(Sequence.TEAM_MEETING, number);
                UUID idempotencyKey = world.seeds.ordered(Sequence.TEAM_MEETING_KEY, number++);
                if (table == Table.TEAM_MEETING) {
                    out.id(meeting).number(team.area().id()).id(team.id()).text("TEAM_WEEKLY").date(wednesday)
                            .literal(TEAM_MEETING_STARTS).literal(TEAM_MEETING_ENDS).id(team.leader().accountId())
                            .id(idempotencyKey).number(0).endRow();
                }
                for (Coach coach : team.coaches()) {
                    boolean present = Seeds.chance(random, 0.9);
                    if (present && table == Table.TEAM_MEETING_ATTENDEE) {
                        out.id(meeting).id(coach.staffId()).endRow();
                    }
                }
            }
        }
    }

    /** The given weekday (0 = Monday) of every whole week up to the reference day. */
    private List<LocalDate> weekdays(int dayOfWeek) {
        return world.firstMonday().plusDays(dayOfWeek)
                .datesUntil(world.referenceDay().plusDays(1), Period.ofWeeks(1)).toList();
    }
}
