package fi.placera.steering.web;

import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.evaluation.internal.AreaOverview;
import fi.placera.evaluation.internal.AreaOverview.TeamStatus;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.Organisation;
import fi.placera.platform.IpsModel;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import fi.placera.steering.SteeringGroups;
import fi.placera.steering.SteeringGroups.Group;
import fi.placera.steering.SteeringGroups.Meeting;
import fi.placera.steering.SteeringGroups.Member;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The area's steering groups (decision 0084): the area's managers and team leaders keep the groups, their members and
 * meetings, with an agenda of the area's figures as shown outside a team and the actions still open. Everyone else,
 * and another area's managers, find no group (404).
 */
@Controller
class SteeringController {

    /** The agenda's outcome figures of the last full quarter, in this order. */
    static final List<String> QUARTER_FIELDS = List.of("served", "enrolled", "job_starts", "employment_rate");
    /** The area view lists the current quarter first; the agenda shows the last full one, next to it. */
    private static final int LAST_FULL_QUARTER = 1;

    private final SteeringGroups groups;
    private final AreaOverview overview;
    private final Organisation organisation;
    private final Clock clock;

    SteeringController(SteeringGroups groups, AreaOverview overview, Organisation organisation, Clock clock) {
        this.groups = groups;
        this.overview = overview;
        this.organisation = organisation;
        this.clock = clock;
    }

    record GroupInput(String name, String team, String cadenceMonths) {
    }

    record MemberInput(String key, String staffMemberId, String name, String organisation, String role) {
    }

    record MeetingInput(String key, String heldOn, String notes, String decisions) {
    }

    record ActionInput(String key, String action, String ownerMemberId, String dueOn) {
    }

    @GetMapping("/steering")
    String groups(@AuthenticationPrincipal PlaceraUser user, Model model) {
        short area = areaOf(user);
        model.addAttribute("groups", groups.ofArea(area));
        model.addAttribute("teams", organisation.ipsTeamsIn(area));
        model.addAttribute("usualCadence", IpsModel.STEERING_GROUP_MEETS_EVERY_MONTHS);
        return "steering/groups";
    }

    @PostMapping("/steering")
    String create(@AuthenticationPrincipal PlaceraUser user, @ModelAttribute("groupInput") GroupInput input,
            BindingResult bound, Model model) {
        short area = areaOf(user);
        BindingResult errors = Forms.refusals(bound);
        Integer cadence = errors.hasErrors() ? null : months(input.cadenceMonths(), errors);
        UUID team = errors.hasErrors() ? null : optionalId(input.team(), "team", errors);
        return Forms.savedOrAgain(errors, model, "group", input, () -> groups.create(new SteeringGroups.NewGroup(area,
                team, input.name(), cadence, user.accountId())), () -> groups(user, model), "/steering");
    }

    @GetMapping("/steering/groups/{id}")
    String group(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id, Model model) {
        return page(groupOf(user, id), model);
    }

    /** The group's name and cadence as posted. */
    record ChangeInput(String groupName, String cadenceMonths) {
    }

    @PostMapping("/steering/groups/{id}")
    String change(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id,
            @ModelAttribute("changeInput") ChangeInput input, BindingResult bound, Model model) {
        Group group = groupOf(user, id);
        BindingResult errors = Forms.refusals(bound);
        Integer cadence = errors.hasErrors() ? null : months(input.cadenceMonths(), errors);
        return Forms.savedOrAgain(errors, model, "change", input, () -> groups.change(group.id(), input.groupName(),
                cadence), () -> page(group, model), pathOf(group));
    }

    @PostMapping("/steering/groups/{id}/members")
    String addMember(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id,
            @ModelAttribute("memberInput") MemberInput input, BindingResult bound, Model model) {
        Group group = groupOf(user, id);
        BindingResult errors = Forms.refusals(bound);
        UUID staff = errors.hasErrors() ? null : optionalId(input.staffMemberId(), "staffMemberId", errors);
        return Forms.savedOrAgain(errors, model, "member", input, () -> groups.addMember(group.id(),
                        new SteeringGroups.NewMember(keyOf(input.key()), staff, input.name(), input.organisation(), input.role())),
                () -> page(group, model), pathOf(group));
    }

    @PostMapping("/steering/groups/{id}/meetings")
    String recordMeeting(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id,
            @ModelAttribute("meetingInput") MeetingInput input, BindingResult bound, Model model) {
        Group group = groupOf(user, id);
        BindingResult errors = Forms.refusals(bound);
        Optional<LocalDate> day = errors.hasErrors() ? Optional.empty() : date(input.heldOn(), "heldOn", errors);
        return Forms.savedOrAgain(errors, model, "meeting", input, () -> groups.recordMeeting(group.id(),
                        new SteeringGroups.NewMeeting(keyOf(input.key()), day.get(), input.notes(), input.decisions(), user.accountId())),
                () -> page(group, model), pathOf(group));
    }

    @PostMapping("/steering/groups/{id}/meetings/{meetingId}/actions")
    String addAction(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id,
            @PathVariable String meetingId, @ModelAttribute("actionInput") ActionInput input, BindingResult bound,
            Model model) {
        Group group = groupOf(user, id);
        UUID meeting = Optional.ofNullable(uuid(meetingId)).orElseThrow(NotFound::new);
        BindingResult errors = Forms.refusals(bound);
        Optional<LocalDate> due = errors.hasErrors() ? Optional.empty() : date(input.dueOn(), "dueOn", errors);
        UUID owner = errors.hasErrors() ? null : uuid(input.ownerMemberId());
        return Forms.savedOrAgain(errors, model, "action", input, () -> groups.addAction(group.id(), meeting,
                        new SteeringGroups.NewAction(keyOf(input.key()), input.action(), owner, due.get())),
                () -> page(group, model), pathOf(group));
    }

    @PostMapping("/steering/groups/{id}/actions/{actionId}/done")
    String markDone(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id, @PathVariable String actionId,
            Model model) {
        Group group = groupOf(user, id);
        UUID action = Optional.ofNullable(uuid(actionId)).orElseThrow(NotFound::new);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "done");
        return Forms.savedOrAgain(errors, model, "done", null, () -> groups.markDone(group.id(), action,
                LocalDate.now(clock), user.accountId()), () -> page(group, model), pathOf(group));
    }

    private String page(Group group, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Meeting> meetings = groups.meetings(group.id());
        List<Member> members = groups.members(group.id());
        LocalDate nextBy = group.nextMeetingBy(meetings.stream().map(Meeting::heldOn).findFirst(), today);
        model.addAttribute("group", group);
        model.addAttribute("team", group.ipsTeamId() == null ? null
                : organisation.ipsTeamName(group.ipsTeamId()).orElse(null));
        model.addAttribute("members", members);
        model.addAttribute("staff", groups.staffToAdd(group.id()));
        model.addAttribute("meetings", meetings);
        model.addAttribute("nextBy", nextBy);
        model.addAttribute("overdue", nextBy.isBefore(today));
        model.addAttribute("openActions", groups.openActions(group.id()));
        model.addAttribute("figures", figuresOf(group, today));
        model.addAttribute("quarter", LAST_FULL_QUARTER);
        model.addAttribute("quarterFields", QUARTER_FIELDS);
        model.addAttribute("today", today);
        model.addAttribute("typedToday", FormValues.typed(today));
        model.addAttribute("formKey", UUID.randomUUID());
        return "steering/group";
    }

    /** The agenda's figures: the area's teams, or the group's one team, as the manager's area view shows them. */
    private List<TeamStatus> figuresOf(Group group, LocalDate today) {
        return group.ipsTeamId() == null ? overview.of(group.areaId(), today)
                : overview.ofTeam(group.areaId(), group.ipsTeamId(), today);
    }

    /** The area whose groups the user keeps: a manager's or a team leader's own; anyone else finds nothing. */
    private static short areaOf(PlaceraUser user) {
        if (!(user.has(Role.MANAGER) || user.has(Role.TEAM_LEADER)) || user.areaId() == null) {
            throw new NotFound();
        }
        return user.areaId();
    }

    /** A group of the user's area; a malformed id, another area's group or none at all is 404. */
    private Group groupOf(PlaceraUser user, String id) {
        short area = areaOf(user);
        UUID groupId = uuid(id);
        return Optional.ofNullable(groupId).flatMap(groups::find).filter(group -> group.areaId() == area)
                .orElseThrow(NotFound::new);
    }

    /** The form's key against sending it twice; a form without one is kept as a new one. */
    private static UUID keyOf(String key) {
        return Optional.ofNullable(uuid(key)).orElseGet(UUID::randomUUID);
    }

    private static String pathOf(Group group) {
        return "/steering/groups/" + group.id();
    }

    private static Integer months(String text, BindingResult errors) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.rejectValue("cadenceMonths", "steering.cadence.range", new Object[] {SteeringGroups.CADENCE_MAX_MONTHS}, null);
            return null;
        }
    }

    /** An optional id chosen from a list: none for blank, refused next to the field when it is no id. */
    private static UUID optionalId(String text, String field, BindingResult errors) {
        UUID id = uuid(text);
        if (id == null && text != null && !text.isBlank()) {
            errors.rejectValue(field, "steering.choice.unknown");
        }
        return id;
    }
}
