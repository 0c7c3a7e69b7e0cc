package fi.placera.identity.web;

import static fi.placera.platform.Checks.formatted;
import static fi.placera.platform.Checks.required;

import fi.placera.identity.CallingSystem;
import fi.placera.platform.Rejection;
import fi.placera.platform.web.Forms;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** A system an area's administrator registers: its client id at the area's provider, its name and scopes. */
public class IntegrationForm {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_.:@-]{1,200}");

    private String clientId;
    private String name;
    private List<String> scopes = new ArrayList<>();

    void check(Errors errors) {
        Forms.checked(errors,
                () -> formatted(clientId, CLIENT_ID, "integrations.admin.client-id.format", "clientId"),
                () -> required(name, 200, "name"),
                this::scopesKnown);
    }

    /** At least one scope, and only the read-only scopes Placera knows. */
    private void scopesKnown() {
        if (scopes == null || scopes.isEmpty() || !CallingSystem.SCOPES.containsAll(scopes)) {
            throw new Rejection("scopes", "integrations.admin.scopes.required");
        }
    }

    CallingSystem toSystem(short areaId) {
        return new CallingSystem(areaId, clientId.strip(), name.strip(), Set.copyOf(scopes));
    }

    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> scopes) { this.scopes = scopes; }
}
