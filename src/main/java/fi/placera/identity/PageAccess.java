package fi.placera.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@link AccessDecisions#decidePage} decided for a page about one client: the kinds of the client's information
 * the user may read (none: the page is refused), and whether the user {@code writes} about the client: only the client's
 * own coach and the client's IPS team do. A care-team member reading what the client consented to share and an
 * emergency (break-the-glass) reader read only, so the page shows them no forms that would be refused.
 */
public record PageAccess(Set<InformationKind> readable, boolean writes) {

    static final PageAccess REFUSED = new PageAccess(Set.of(), false);

    public PageAccess {
        readable = readable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(readable));
    }

    public boolean opens() {
        return !readable.isEmpty();
    }
}
