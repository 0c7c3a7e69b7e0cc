package fi.placera.portal;

import fi.placera.platform.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A client's rights request with its state and its deadline: one month from the day it was received (GDPR art. 12(3));
 * the transitions are named and guarded, a refusal needs a reason the client can read.
 */
public record RightsRequest(UUID id, UUID clientId, short areaId, RightsRequestKind kind, String details,
        RightsRequestState state, Instant receivedAt, LocalDate dueOn, String resolution, int version) {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    public static final int MAX_TEXT = 2000;

    /** The deadline of a request received at this moment: the same day of the next month (or its last day). */
    public static LocalDate deadline(Instant receivedAt) {
        return LocalDate.ofInstant(receivedAt, HELSINKI).plusMonths(1);
    }

    public boolean overdueOn(LocalDate today) {
        return state.open() && today.isAfter(dueOn);
    }

    /** Checks a move to the next state with its note; returns the note as stored. */
    public String checkMove(RightsRequestState next, String note) {
        if (!state.mayMoveTo(next)) {
            throw new Rejection("state", "rights.state.not-allowed");
        }
        String text = note == null ? "" : note.strip();
        if (next == RightsRequestState.REFUSED && text.isEmpty()) {
            throw new Rejection("note", "rights.refusal.reason");
        }
        if (text.length() > MAX_TEXT) {
            throw new Rejection("note", "rights.text.too-long", MAX_TEXT);
        }
        return text.isEmpty() ? null : text;
    }
}
