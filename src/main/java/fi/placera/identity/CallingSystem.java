package fi.placera.identity;

import java.util.List;
import java.util.Set;

/**
 * A system of a welfare area calling the API with an OAuth2 client-credentials token (decision 0077): the principal of
 * such a call, as the area's administrator registered it. It reads only its own area's data, only what its scopes
 * (as registered and as granted in the token, both) name, and never writes.
 */
public record CallingSystem(short areaId, String clientId, String name, Set<String> scopes) {

    /** The scope of the outcome reports of the system's area. */
    public static final String OUTCOMES_READ = "placera.outcomes.read";
    /** The scopes an area's administrator may register a system for: read-only, each named for what it reads. */
    public static final List<String> SCOPES = List.of(OUTCOMES_READ);

    public CallingSystem {
        scopes = Set.copyOf(scopes);
    }
}
