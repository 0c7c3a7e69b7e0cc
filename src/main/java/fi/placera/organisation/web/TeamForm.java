package fi.placera.organisation.web;

import static fi.placera.platform.Checks.formatted;
import static fi.placera.platform.Checks.required;

import fi.placera.platform.web.Forms;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** An IPS team or care team form: a short code (used in imports and reports) and a name. */
public abstract class TeamForm extends AreaScopedForm {

    /** A code as imports and reports use it (the tables' CHECK says the same). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");
    static final int NAME = 200;

    private String code;
    private String name;

    void codeAndName(String teamCode, String teamName) {
        this.code = teamCode;
        this.name = teamName;
    }

    @Override
    void check(Errors errors) {
        super.check(errors);
        Forms.checked(errors, () -> formatted(code, CODE, "organisation.code.format", "code"),
                () -> required(name, NAME, "name"));
    }

    String strippedCode() {
        return code.strip();
    }

    String strippedName() {
        return name.strip();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
