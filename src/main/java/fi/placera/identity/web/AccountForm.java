package fi.placera.identity.web;

import static fi.placera.platform.Checks.chosen;
import static fi.placera.platform.Checks.formatted;
import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.identity.Role;
import fi.placera.identity.internal.Account;
import fi.placera.platform.web.Forms;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/** An account as the administrator edits it; the password only when the account is created. */
public class AccountForm {

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int NAME = 200;

    private UUID id;
    private Integer version;
    /** Chosen once, when the account is created; see {@link #checkNewUsername}. */
    private String username;
    private String displayName;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Short areaId;
    private UUID staffMemberId;
    private boolean enabled = true;
    private String password;

    static AccountForm empty() {
        AccountForm form = new AccountForm();
        form.id = UUID.randomUUID();
        return form;
    }

    static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.id = account.id();
        form.version = account.version();
        form.username = account.username();
        form.displayName = account.displayName();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        form.areaId = account.areaId();
        form.staffMemberId = account.staffMemberId();
        form.enabled = account.enabled();
        return form;
    }

    /** The fields every save checks: the id issued with the form, a display name and at least one role. */
    void check(Errors errors) {
        Forms.checked(errors, () -> present(id, "id"), () -> required(displayName, NAME, "displayName"),
                () -> chosen(roles, "account.roles.required", "roles"));
    }

    /** The user name rules, for a new account only: an existing account's user name never changes. */
    void checkNewUsername(Errors errors) {
        Forms.checked(errors, () -> formatted(username == null ? null : username.strip(), USERNAME,
                "account.username.format", "username"));
    }

    Account toAccount() {
        return new Account(id, username == null ? null : username.strip().toLowerCase(Locale.ROOT),
                displayName.strip(), roles, areaId, staffMemberId, enabled, version);
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public Short getAreaId() { return areaId; }
    public void setAreaId(Short areaId) { this.areaId = areaId; }
    public UUID getStaffMemberId() { return staffMemberId; }
    public void setStaffMemberId(UUID staffMemberId) { this.staffMemberId = staffMemberId; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
