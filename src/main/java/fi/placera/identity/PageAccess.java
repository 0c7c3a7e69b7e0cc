package fi.placera.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@link AccessDecisions#decidePage} decided for a page about one client: the kinds of the client's information
 * the user may read (none: the page is refused), and whether only an emergency (break-the-glass) grant opens them, so
 * that the page shows no forms to someone whose every write would be refused.
 */
public record PageAccess(Set<InformationKind> readable, boolean emergency) {

    static final PageAccess REFUSED = new PageAccess(Set.of(), false);

    public PageAccess {
        readable = readable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(readable));
    }

    public boolean opens() {
        return !readable.isEmpty();
    }
}
