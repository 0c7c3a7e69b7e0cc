package fi.placera.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it. Kept in the session (serialised by Spring
 * Session JDBC), so it holds identifiers only and never client data.
 */
public final class PlaceraUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The authority of a national administrator (the administrator role and no area). */
    public static final String NATIONAL_ADMIN = "NATIONAL_ADMIN";

    private final UUID accountId;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final Short areaId;
    private final UUID staffMemberId;
    private final boolean enabled;
    private String passwordHash;

    public PlaceraUser(UUID accountId, String username, String displayName, Set<Role> roles,
            Short areaId, UUID staffMemberId, boolean enabled, String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.areaId = areaId;
        this.staffMemberId = staffMemberId;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UUID accountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The welfare area the user works in, or null for national roles (evaluator, admin). */
    public Short areaId() {
        return areaId;
    }

    public UUID staffMemberId() {
        return staffMemberId;
    }

    /**
     * The user's roles as authorities, and {@value #NATIONAL_ADMIN} for an administrator without an area: only they
     * manage areas, national instruments and other administrators (issue 21).
     */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Stream<GrantedAuthority> authorities = roles.stream().map(Role::authority);
        return (has(Role.ADMIN) && areaId == null
                ? Stream.concat(authorities, Stream.of(new SimpleGrantedAuthority(NATIONAL_ADMIN))) : authorities).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlaceraUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "PlaceraUser[" + accountId + "]";
    }
}
