package fi.placera.portal;

import java.util.Map;
import java.util.Set;

/** Where a rights request is: received, being handled, done, or refused with a reason. */
public enum RightsRequestState {
    RECEIVED,
    IN_PROGRESS,
    COMPLETED,
    REFUSED;

    private static final Map<RightsRequestState, Set<RightsRequestState>> NEXT = Map.of(
            RECEIVED, Set.of(IN_PROGRESS, COMPLETED, REFUSED),
            IN_PROGRESS, Set.of(COMPLETED, REFUSED),
            COMPLETED, Set.of(),
            REFUSED, Set.of());

    /** Whether a request in this state may move to the other; a closed request stays closed. */
    public boolean mayMoveTo(RightsRequestState next) {
        return NEXT.get(this).contains(next);
    }

    public boolean open() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
