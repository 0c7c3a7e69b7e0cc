package fi.placera.meetings.web;

import static fi.placera.platform.web.FormValues.optionalDate;
import static fi.placera.platform.web.FormValues.typed;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.meetings.TeamMeetings.Action;
import fi.placera.meetings.TeamMeetings.Kind;
import fi.placera.meetings.TeamMeetings.TeamMeeting;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.validation.Errors;

/**
 * A team meeting as typed: repeated fields for the attendees, the job leads and the action plan's rows. An action's
 * owner is chosen among the team's members ({@code actionOwner}, a staff id); an action recorded before with a
 * free-text owner carries that text along ({@code actionOwnerText}) until a person is chosen for it.
 */
record TeamMeetingInput(String key, String id, Integer version, String team, String kind, String heldOn,
        String startsAt, String endsAt, List<String> attendees, String otherParticipants, String notes,
        String decisions, List<String> jobLeadIds, List<String> action, List<String> actionOwner,
        List<String> actionOwnerText, List<String> actionDueOn) {

    /** Empty rows the action plan offers beyond those already written. */
    static final int SPARE_ACTION_ROWS = 2;

    static TeamMeetingInput blank(UUID team, Kind kind, String heldOn, String startsAt, String endsAt) {
        return new TeamMeetingInput(UUID.randomUUID().toString(), "", 0, team.toString(), kind.name(), heldOn,
                startsAt, endsAt, List.of(), "", "", "", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static TeamMeetingInput of(TeamMeeting meeting) {
        return new TeamMeetingInput(meeting.idempotencyKey().toString(), meeting.id().toString(), meeting.version(),
                meeting.ipsTeamId().toString(), meeting.kind().name(), typed(meeting.heldOn()),
                typed(meeting.startsAt()), typed(meeting.endsAt()), texts(meeting.attendees()),
                meeting.otherParticipants(), meeting.notes(), meeting.decisions(), texts(meeting.jobLeadIds()),
                meeting.actions().stream().map(Action::action).toList(),
                meeting.actions().stream().map(action -> text(action.ownerStaffId())).toList(),
                meeting.actions().stream().map(action -> Objects.toString(action.owner(), "")).toList(),
                meeting.actions().stream().map(action -> typed(action.dueOn())).toList());
    }

    private static List<String> texts(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }

    /**
     * The action plan's rows; a row with nothing typed is skipped, a wrongly typed due day or an owner that is not a
     * staff id is an error. A row with no person chosen keeps its earlier free-text owner, if it had one.
     */
    List<Action> actions(Errors errors) {
        List<Action> actions = new ArrayList<>();
        for (int row = 0; row < rows(); row++) {
            String what = at(action, row);
            String owner = at(actionOwner, row);
            String due = at(actionDueOn, row);
            if (what.isBlank() && owner.isBlank() && due.isBlank()) {
                continue;
            }
            UUID person = uuid(owner);
            if (person == null && !owner.isBlank()) {
                errors.rejectValue("actionOwner", "meetings.team.action-owner-unknown");
            }
            actions.add(new Action(what, person == null ? ownerTextAt(row) : null, person,
                    optionalDate(due, "actionDueOn", errors).orElse(null)));
        }
        return actions;
    }

    public List<Integer> actionRows() {
        return IntStream.range(0, rows() + SPARE_ACTION_ROWS).boxed().toList();
    }

    /** Rows up to the last one with anything typed in it. */
    private int rows() {
        int posted = Math.max(size(action), Math.max(size(actionOwner), size(actionDueOn)));
        return IntStream.range(0, posted).map(row -> posted - 1 - row)
                .filter(row -> !(actionAt(row) + ownerAt(row) + dueAt(row)).isBlank())
                .findFirst().orElse(-1) + 1;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    public String actionAt(int row) {
        return at(action, row);
    }

    public String ownerAt(int row) {
        return at(actionOwner, row);
    }

    /** The free-text owner of an action recorded before owners were people; blank for the others. */
    public String ownerTextAt(int row) {
        return at(actionOwnerText, row);
    }

    public String dueAt(int row) {
        return at(actionDueOn, row);
    }

    public boolean attends(UUID staffMemberId) {
        return attendees != null && attendees.contains(staffMemberId.toString());
    }

    public boolean shares(UUID jobLeadId) {
        return jobLeadIds != null && jobLeadIds.contains(jobLeadId.toString());
    }

    Set<UUID> attendeeIds() {
        return ids(attendees);
    }

    Set<UUID> jobLeadIdSet() {
        return ids(jobLeadIds);
    }

    UUID idempotencyKey() {
        UUID parsed = uuid(key);
        return parsed == null ? UUID.randomUUID() : parsed;
    }

    int versionOr0() {
        return version == null ? 0 : version;
    }

    private static Set<UUID> ids(List<String> texts) {
        return texts == null ? Set.of()
                : texts.stream().map(text -> uuid(text)).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static String at(List<String> values, int row) {
        return values != null && row < values.size() && values.get(row) != null ? values.get(row) : "";
    }
}
