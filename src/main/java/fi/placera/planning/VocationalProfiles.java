package fi.placera.planning;

import fi.placera.audit.RecordRevisions.Revision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The vocational profile (fidelity V3), the meetings that build it (1–3 is the aim) and the disclosure
 * discussions (V2; never required). Refusals are {@link fi.placera.platform.Rejection}s; everything needs
 * a cooperation agreement first. Callers check the user's access to the client.
 */
public interface VocationalProfiles {

    /** The meetings in which a profile should be complete. */
    int MEETINGS_AIMED_AT = 3;

    /** What the client wants an employer to be told about their illness. */
    enum Disclosure { UNDECIDED, DISCLOSE, PARTLY, NOT_DISCLOSE }

    /** The newest version, if any. */
    Optional<Profile> profileOf(UUID clientId);

    /** Saves a new version on top of {@code basedOnVersion} (0 for the first); a stale base is a conflict. */
    Profile save(UUID clientId, short areaId, int basedOnVersion, Content content, UUID savedBy);

    /**
     * Profiles a team's tracker says were made (fidelity V3 counts them): for each, the profile meeting of that day
     * (a resubmission with the same key is the same meeting) and a first version without texts, saved at the start of
     * that day in Finland, unless the client has a profile already. One statement per table for all of them (decision
     * 0088); a refusal (no agreement, a day in the future, no text) is a {@link fi.placera.platform.BatchRejection}
     * naming the profile. Returns how many meetings were new.
     */
    int recordFromTracker(List<TrackerProfile> profiles);

    /** A profile made on a day as a team's tracker notes it, and the key and text of its meeting. */
    record TrackerProfile(UUID meetingKey, UUID clientId, short areaId, LocalDate madeOn, String covered,
            UUID recordedBy) {
    }

    /** Every version, newest first. */
    List<Profile> history(UUID clientId);

    /** Records a profile meeting, numbered in order; a resubmission with the same key is the same meeting. */
    void recordMeeting(UUID idempotencyKey, UUID clientId, short areaId, LocalDate metOn, String covered, UUID recordedBy);

    /** The client's profile meetings in order; voided ones left out (their numbers are not reused). */
    List<Meeting> meetings(UUID clientId);

    /**
     * Voids the profile meeting of this number recorded by mistake, with a reason (decision 0076): kept with its
     * history, it leaves the meetings and every figure (V3). {@code checkReviser} is given who recorded it and refuses
     * (a Rejection) a user who may not void it; an unknown or voided meeting is a conflict.
     */
    void voidMeeting(UUID clientId, short areaId, int number, String reason, UUID revisedBy,
            Consumer<UUID> checkReviser);

    /**
     * Corrects the day and what was covered of the profile meeting of this number, recorded wrong, with a reason
     * (decision 0082): the values replaced stay in its history. Checked as {@link #recordMeeting}; {@code checkReviser}
     * as for a void; a correction that changes nothing is refused.
     */
    void correctMeeting(UUID clientId, short areaId, int number, LocalDate metOn, String covered, String reason,
            UUID revisedBy, Consumer<UUID> checkReviser);

    /** The corrections and voids of the client's profile meetings, oldest first. */
    List<Revision> meetingVoidsOf(UUID clientId);

    /** How far each of these clients' profiles has come, in two reads; clients with neither are left out. */
    Map<UUID, Progress> progressOf(Collection<UUID> clientIds);

    void recordDisclosureDiscussion(UUID idempotencyKey, UUID clientId, short areaId, DisclosureDiscussion discussion,
            UUID recordedBy);

    /** The client's disclosure discussions in order, each with the key it was recorded with; voided ones left out. */
    List<RecordedDisclosureDiscussion> recordedDisclosureDiscussions(UUID clientId);

    /** The client's disclosure discussions in order; voided ones left out. */
    default List<DisclosureDiscussion> disclosureDiscussions(UUID clientId) {
        return recordedDisclosureDiscussions(clientId).stream().map(RecordedDisclosureDiscussion::discussion).toList();
    }

    /**
     * Voids the disclosure discussion recorded with this key by mistake, with a reason (decision 0076): kept with its
     * history, it leaves the discussions, the revisit day and V2. {@code checkReviser} is given who recorded it and
     * refuses (a Rejection) a user who may not void it; an unknown or voided discussion is a conflict.
     */
    void voidDisclosureDiscussion(UUID clientId, short areaId, UUID key, String reason, UUID revisedBy,
            Consumer<UUID> checkReviser);

    /** The voids of the client's disclosure discussions, oldest first. */
    List<Revision> disclosureVoidsOf(UUID clientId);

    /**
     * The profile's texts, in the client's words, and the disclosure preference. The hours wished are text, not
     * a number range: clients state them with conditions that a range would lose (ten hours to start, then
     * more; mornings only; no weekends), and the hours actually worked are recorded as numbers with each job.
     */
    record Content(String strengths, String interests, String goals, String education, String workHistory,
            String skills, String supportNeeds, String preferredWork, String preferredHours, String preferredLocation,
            Disclosure disclosure) {
    }

    record Profile(int version, Content content, Instant savedAt) {
    }

    record Meeting(int number, LocalDate metOn, String covered) {
    }

    /** Profile meetings held, and whether the newest profile says what work the client wants. */
    record Progress(int meetings, boolean preferredWorkKnown) {
    }

    record DisclosureDiscussion(LocalDate discussedOn, String pros, String cons, String agreedWording,
            Disclosure decision, LocalDate revisitOn) {
    }

    /** A discussion with the key it was recorded with, which names it for a void. */
    record RecordedDisclosureDiscussion(UUID key, DisclosureDiscussion discussion) {
    }
}
