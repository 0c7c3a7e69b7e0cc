package fi.placera.planning.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.audit.AccessAction;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.BenefitsCounselling.Counsellor;
import fi.placera.planning.BenefitsCounselling.Session;
import fi.placera.planning.BenefitsCounselling.Topic;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Benefits counselling sessions with the client. */
@Controller
class CounsellingController {

    private final ClientRecords records;

    private final BenefitsCounselling counselling;

    CounsellingController(ClientRecords records, BenefitsCounselling counselling) {
        this.records = records;
        this.counselling = counselling;
    }

    /** The session form as posted; the key was issued with the form so that a resubmission is harmless. */
    record CounsellingInput(String key, String counselledOn, String counsellor, String adviserName, List<String> topics,
            String counsellingOutcome) {

        public boolean hasTopic(Topic topic) {
            return topics != null && topics.contains(topic.name());
        }
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/clients/{id}/counselling")
    String record(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, CounsellingInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "benefits counselling");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "counselling");
        Optional<LocalDate> day = date(input.counselledOn(), "counselledOn", errors);
        Optional<Counsellor> counsellor = choice(Counsellor.class, input.counsellor(), "counsellor", errors);
        Set<Topic> topics = topics(input.topics(), errors);
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        return records.savedOrAgain(id, Part.COUNSELLING, model, errors, "counselling", input, () -> counselling.record(new Session(key,
                id, client.areaId(), day.get(), counsellor.get(), input.adviserName(), topics,
                input.counsellingOutcome(), user.accountId())));
    }

    /** A void of a session; {@code session} says which session's form to show again with what was typed. */
    record VoidInput(String session, String voidReason) {
    }

    /** A session recorded by mistake (decision 0076): kept with its history, it meets no due and leaves V1. */
    @PostMapping("/clients/{id}/counselling/{key}/void")
    String voidSession(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID key,
            VoidInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "benefits counselling");
        return records.savedOrAgain(id, Part.COUNSELLING, model, new MapBindingResult(new HashMap<>(), "void"), "void",
                input, () -> counselling.voidSession(id, client.areaId(), key, input.voidReason(), user.accountId(),
                        recordedBy -> records.checkMayRevise(user, id, recordedBy)));
    }

    /** A correction of a session; {@code session} says which session's form to show again with what was typed. */
    record CorrectInput(String session, String correctedCounselledOn, String correctedCounsellor,
            String correctedAdviserName, List<String> correctedTopics, String correctedOutcome,
            String correctionReason) {

        public boolean hasTopic(Topic topic) {
            return correctedTopics != null && correctedTopics.contains(topic.name());
        }
    }

    /** A session recorded wrong, as it should have been (decision 0082): the values replaced stay in its history. */
    @PostMapping("/clients/{id}/counselling/{key}/correct")
    String correctSession(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID key,
            CorrectInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "benefits counselling");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "correct");
        Optional<LocalDate> day = date(input.correctedCounselledOn(), "correctedCounselledOn", errors);
        Optional<Counsellor> counsellor = choice(Counsellor.class, input.correctedCounsellor(), "correctedCounsellor",
                errors);
        Set<Topic> topics = topics(input.correctedTopics(), "correctedTopics", errors);
        return records.savedOrAgain(id, Part.COUNSELLING, model, errors, "correct", input,
                () -> counselling.correctSession(id, client.areaId(), key, new BenefitsCounselling.Correction(day.get(),
                        counsellor.get(), input.correctedAdviserName(), topics, input.correctedOutcome()),
                        input.correctionReason(), user.accountId(),
                        recordedBy -> records.checkMayRevise(user, id, recordedBy)));
    }

    private static Set<Topic> topics(List<String> names, BindingResult errors) {
        return topics(names, "topics", errors);
    }

    private static Set<Topic> topics(List<String> names, String field, BindingResult errors) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String name : names == null ? List.<String>of() : names) {
            choice(Topic.class, name, field, errors).ifPresent(topics::add);
        }
        if (topics.isEmpty() && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "counselling.topics.required");
        }
        return topics;
    }
}
