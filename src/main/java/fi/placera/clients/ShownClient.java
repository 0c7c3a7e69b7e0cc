package fi.placera.clients;

import fi.placera.identity.InformationKind;
import java.util.Set;

/**
 * A client for a page that shows several kinds of their information, with every kind of it the user may read: the
 * page shows a kind it offers only when {@link #reads} it, so that its access-log row names what it showed. The page
 * offers its forms only when the user {@code writes} about the client (the client's coach and IPS team): a care-team
 * member and an emergency (break-the-glass) reader read only, and would see every write refused.
 */
public record ShownClient(ClientSummary client, Set<InformationKind> readable, boolean writes) {

    public ShownClient {
        readable = Set.copyOf(readable);
    }

    public boolean reads(InformationKind kind) {
        return readable.contains(kind);
    }
}
