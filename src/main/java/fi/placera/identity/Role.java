package fi.placera.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a person does in Placera; an account may have several roles. */
public enum Role {
    ADMIN,
    TEAM_LEADER,
    COACH,
    CARE_TEAM_MEMBER,
    MANAGER,
    EVALUATOR,
    CLIENT;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    /** The message key of this role's name, e.g. {@code role.TEAM_LEADER}. */
    public String messageKey() {
        return "role." + name();
    }
}
