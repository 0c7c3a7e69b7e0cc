package fi.placera.statutory;

import fi.placera.platform.Administrator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Feedback on the accessibility of Placera (Act 306/2019, section 15), sent by anyone to a welfare area. Each message
 * is a task on the list of the area's administrators until one of them marks it handled. Nothing is e-mailed: a
 * message may hold health data, so it stays in the database, where only the area's administrators read it.
 */
public interface AccessibilityFeedback {

    int MESSAGE_MAX = 2000;
    int NAME_MAX = 200;
    int PAGE_MAX = 300;
    /** An area takes at most this many messages an hour, so that a flood cannot fill its administrators' list. */
    int PER_AREA_PER_HOUR = 30;

    /** What a person typed: only the message is required. */
    record Message(String name, String contact, String page, String message) {
    }

    record Feedback(UUID id, short areaId, String language, String name, String contact, String page,
            String message, Instant receivedAt, Instant handledAt) {

        public boolean open() {
            return handledAt == null;
        }
    }

    /**
     * Stores the message as a task of the area's administrators. Refused (field {@code message}, {@code name},
     * {@code contact} or {@code page}) for an empty message or a text over its limit, and (no field) when the area
     * has taken {@value #PER_AREA_PER_HOUR} messages within the last hour.
     */
    UUID send(short areaId, String language, Message message);

    /** The messages this administrator may read, open ones first, newest first. */
    List<Feedback> list(Administrator reader);

    /** One message, if it is within this administrator's area (another area's is logged and not found). */
    Optional<Feedback> find(Administrator reader, UUID id);

    /** Marks the message handled (in the administrators' audit trail); another area's is not found. */
    boolean handle(Administrator by, UUID id);
}
