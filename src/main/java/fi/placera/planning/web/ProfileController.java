package fi.placera.planning.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.optionalDate;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.audit.AccessAction;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.planning.VocationalProfiles;
import fi.placera.planning.VocationalProfiles.Content;
import fi.placera.planning.VocationalProfiles.Disclosure;
import fi.placera.planning.VocationalProfiles.DisclosureDiscussion;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The vocational profile, the meetings that build it and the disclosure discussions. */
@Controller
@RequestMapping("/clients/{id}")
class ProfileController {

    private final ClientRecords records;

    private final VocationalProfiles profiles;

    ProfileController(ClientRecords records, VocationalProfiles profiles) {
        this.records = records;
        this.profiles = profiles;
    }

    /** The profile form as posted; {@code version} is the one the user started from (empty for the first). */
    record ProfileInput(Integer version, String profileStrengths, String profileInterests, String profileGoals,
            String profileEducation, String profileWorkHistory, String profileSkills, String profileSupportNeeds,
            String preferredWork, String preferredHours, String preferredLocation, String disclosurePreference) {

        Content content() {
            Disclosure disclosure = Optional.ofNullable(disclosurePreference).filter(value -> !value.isBlank())
                    .map(Disclosure::valueOf).orElse(Disclosure.UNDECIDED);
            return new Content(profileStrengths, profileInterests, profileGoals, profileEducation, profileWorkHistory,
                    profileSkills, profileSupportNeeds, preferredWork, preferredHours, preferredLocation, disclosure);
        }
    }

    record MeetingInput(String key, String profileMetOn, String profileCovered) {
    }

    record DisclosureInput(String key, String discussedOn, String disclosurePros, String disclosureCons,
            String agreedWording, String disclosureDecision, String revisitOn) {
    }

    @PostMapping("/profile")
    String save(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ProfileInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "vocational profile");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "profile");
        choice(Disclosure.class, blankAs(input.disclosurePreference(), Disclosure.UNDECIDED.name()),
                "disclosurePreference", errors);
        int base = input.version() == null ? 0 : input.version();
        return records.savedOrAgain(id, Part.PROFILE, model, errors, "profile", input,
                () -> profiles.save(id, client.areaId(), base, input.content(), user.accountId()));
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/profile/meetings")
    String meeting(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, MeetingInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "vocational profile");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "meeting");
        Optional<LocalDate> day = date(input.profileMetOn(), "profileMetOn", errors);
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        return records.savedOrAgain(id, Part.PROFILE, model, errors, "meeting", input, () -> profiles.recordMeeting(key, id,
                client.areaId(), day.get(), input.profileCovered(), user.accountId()));
    }

    /** A void of a profile meeting or a disclosure discussion; {@code meeting} or {@code discussion} says which. */
    record VoidInput(String meeting, String discussion, String voidReason) {
    }

    /** A profile meeting recorded by mistake (decision 0076): kept with its history, gone from the meetings and V3. */
    @PostMapping("/profile/meetings/{number}/void")
    String voidMeeting(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable int number,
            VoidInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "vocational profile");
        return records.savedOrAgain(id, Part.PROFILE, model, new MapBindingResult(new HashMap<>(), "void"), "void",
                input, () -> profiles.voidMeeting(id, client.areaId(), number, input.voidReason(), user.accountId(),
                        recordedBy -> records.checkMayRevise(user, id, recordedBy)));
    }

    /** A correction of a profile meeting; {@code meeting} says which meeting's form to show again. */
    record CorrectInput(String meeting, String correctedMetOn, String correctedCovered, String correctionReason) {
    }

    /** A profile meeting recorded wrong, as it should have been (decision 0082): the values replaced stay. */
    @PostMapping("/profile/meetings/{number}/correct")
    String correctMeeting(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable int number,
            CorrectInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "vocational profile");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "correct");
        Optional<LocalDate> day = date(input.correctedMetOn(), "correctedMetOn", errors);
        return records.savedOrAgain(id, Part.PROFILE, model, errors, "correct", input,
                () -> profiles.correctMeeting(id, client.areaId(), number, day.get(), input.correctedCovered(),
                        input.correctionReason(), user.accountId(),
                        recordedBy -> records.checkMayRevise(user, id, recordedBy)));
    }

    /** A disclosure discussion recorded by mistake (decision 0076): kept with its history, gone from V2 and revisits. */
    @PostMapping("/disclosure/{key}/void")
    String voidDisclosureDiscussion(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @PathVariable UUID key, VoidInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "vocational profile");
        return records.savedOrAgain(id, Part.PROFILE, model, new MapBindingResult(new HashMap<>(), "void"), "void",
                input, () -> profiles.voidDisclosureDiscussion(id, client.areaId(), key, input.voidReason(),
                        user.accountId(), recordedBy -> records.checkMayRevise(user, id, recordedBy)));
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/disclosure")
    String disclosure(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, DisclosureInput input,
            Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "disclosure discussion");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "disclosure");
        Optional<LocalDate> day = date(input.discussedOn(), "discussedOn", errors);
        Optional<Disclosure> decision = choice(Disclosure.class, input.disclosureDecision(), "disclosureDecision", errors);
        Optional<LocalDate> revisit = optionalDate(input.revisitOn(), "revisitOn", errors);
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        return records.savedOrAgain(id, Part.PROFILE, model, errors, "disclosure", input, () -> profiles.recordDisclosureDiscussion(
                key, id, client.areaId(), new DisclosureDiscussion(day.get(), input.disclosurePros(),
                        input.disclosureCons(), input.agreedWording(), decision.get(), revisit.orElse(null)),
                user.accountId()));
    }

    private static String blankAs(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
