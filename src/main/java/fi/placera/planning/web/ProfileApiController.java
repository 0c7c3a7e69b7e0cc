package fi.placera.planning.web;

import static fi.placera.platform.Checks.present;

import fi.placera.audit.AccessAction;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.planning.VocationalProfiles;
import fi.placera.planning.VocationalProfiles.Content;
import fi.placera.planning.VocationalProfiles.DisclosureDiscussion;
import fi.placera.planning.VocationalProfiles.Meeting;
import fi.placera.planning.VocationalProfiles.Profile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The vocational profile, its meetings and the disclosure discussions over REST. */
@RestController
@RequestMapping("/api/v1/clients/{id}")
@Tag(name = "Vocational profile and disclosure")
class ProfileApiController {

    private final ClientRecords records;

    private final VocationalProfiles profiles;

    ProfileApiController(ClientRecords records, VocationalProfiles profiles) {
        this.records = records;
        this.profiles = profiles;
    }

    /** The newest version (null before the first save), every meeting and every disclosure discussion. */
    record ProfileView(Profile profile, List<Meeting> meetings, List<DisclosureDiscussion> disclosureDiscussions) {
    }

    /** A new version based on {@code basedOnVersion} (0 for the first). */
    record ProfileRequest(Integer basedOnVersion, Content content) {
    }

    record MeetingRequest(UUID key, LocalDate metOn, String covered) {
    }

    record DisclosureRequest(UUID key, DisclosureDiscussion discussion) {
    }

    @GetMapping("/profile")
    @Operation(summary = "The vocational profile, its meetings and the disclosure discussions")
    ProfileView profile(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        records.get(user, id, InformationKind.VOCATIONAL_PROFILE, "API: vocational profile");
        return new ProfileView(profiles.profileOf(id).orElse(null), profiles.meetings(id),
                profiles.disclosureDiscussions(id));
    }

    @PutMapping("/profile")
    @Operation(summary = "Save a new version of the profile; 409 when someone saved since the version sent")
    ProfileView save(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody ProfileRequest request) {
        ClientScope client = records.get(user, id, InformationKind.VOCATIONAL_PROFILE, "API: vocational profile");
        profiles.save(id, client.areaId(), present(request.basedOnVersion(), "basedOnVersion"),
                present(request.content(), "content"), user.accountId());
        return profile(user, id);
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/profile/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a profile meeting; sending the same key again records nothing new")
    ProfileView meeting(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody MeetingRequest request) {
        ClientScope client = records.get(user, id, InformationKind.VOCATIONAL_PROFILE, "API: vocational profile");
        profiles.recordMeeting(present(request.key(), "key"), id, client.areaId(), request.metOn(), request.covered(),
                user.accountId());
        return profile(user, id);
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/disclosure-discussions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a disclosure discussion (never required); sending the same key again records nothing new")
    ProfileView disclosure(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestBody DisclosureRequest request) {
        ClientScope client = records.get(user, id, InformationKind.VOCATIONAL_PROFILE,
                "API: disclosure discussion");
        profiles.recordDisclosureDiscussion(present(request.key(), "key"), id, client.areaId(),
                present(request.discussion(), "discussion"), user.accountId());
        return profile(user, id);
    }

    /** A void: why the record was recorded by mistake. */
    record VoidRequest(String reason) {
    }

    /** A profile meeting as it should have been recorded, and why it is corrected. */
    record MeetingCorrectionRequest(LocalDate metOn, String covered, String reason) {
    }

    @PostMapping("/profile/meetings/{number}/correct")
    @Operation(operationId = "correctProfileMeeting", summary = "Correct a profile meeting recorded wrong, with a"
            + " reason; the values replaced stay in its history; only who recorded it or the team leader")
    ProfileView correctMeeting(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @PathVariable int number, @RequestBody MeetingCorrectionRequest request) {
        ClientScope client = records.get(user, id, InformationKind.VOCATIONAL_PROFILE, "API: vocational profile");
        profiles.correctMeeting(id, client.areaId(), number, present(request.metOn(), "correctedMetOn"),
                request.covered(), request.reason(), user.accountId(),
                recordedBy -> records.checkMayRevise(user, id, recordedBy));
        return profile(user, id);
    }

    @PostMapping("/profile/meetings/{number}/void")
    @Operation(operationId = "voidProfileMeeting", summary = "Void a profile meeting recorded by mistake, with a reason:"
            + " kept with its history, gone from the meetings and V3; only who recorded it or the team leader")
    ProfileView voidMeeting(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable int number,
            @RequestBody VoidRequest request) {
        ClientScope client = records.get(user, id, InformationKind.VOCATIONAL_PROFILE, "API: vocational profile");
        profiles.voidMeeting(id, client.areaId(), number, request.reason(), user.accountId(),
                recordedBy -> records.checkMayRevise(user, id, recordedBy));
        return profile(user, id);
    }

    @PostMapping("/disclosure-discussions/{key}/void")
    @Operation(operationId = "voidDisclosureDiscussion", summary = "Void a disclosure discussion recorded by mistake,"
            + " with a reason: kept with its history, gone from V2 and the revisits; only who recorded it or the team"
            + " leader")
    ProfileView voidDisclosureDiscussion(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @PathVariable UUID key, @RequestBody VoidRequest request) {
        ClientScope client = records.get(user, id, InformationKind.VOCATIONAL_PROFILE, "API: vocational profile");
        profiles.voidDisclosureDiscussion(id, client.areaId(), key, request.reason(), user.accountId(),
                recordedBy -> records.checkMayRevise(user, id, recordedBy));
        return profile(user, id);
    }
}
