package fi.placera.clients;

import fi.placera.identity.InformationKind;
import java.util.Set;

/**
 * A client for a page that shows several kinds of their information, with every kind of it the user may read: the
 * page shows a kind it offers only when {@link #reads} it, so that its access-log row names what it showed. When only
 * an {@code emergency} (break-the-glass) grant opens the page, the user reads and writes nothing: the page offers no
 * forms.
 */
public record ShownClient(ClientSummary client, Set<InformationKind> readable, boolean emergency) {

    public ShownClient {
        readable = Set.copyOf(readable);
    }

    /** Whether the page offers its forms: not to an emergency reader, whose every write is refused. */
    public boolean writes() {
        return !emergency;
    }

    public boolean reads(InformationKind kind) {
        return readable.contains(kind);
    }
}
