package fi.placera.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client's comments on their plan with the team's replies, for the plan part of the record. Implemented by
 * {@code portal}, which owns them and depends on this module, so that the record shows them without depending on it.
 */
public interface PlanComments {

    /** The longest reply, in characters: the same as a comment. */
    int MAX_REPLY = 2000;

    /** The client's comments, newest first, each with its replies, oldest first. */
    List<Comment> of(UUID clientId);

    /** A comment as the client wrote it, with its id for a reply. */
    record Comment(UUID id, String text, Instant writtenAt, List<Reply> replies) {
    }

    /** A reply as the coach typed it. */
    record Reply(String text, Instant repliedAt) {
    }
}
