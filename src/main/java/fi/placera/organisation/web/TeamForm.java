package fi.placera.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An IPS team or care team form: a short code (used in imports and reports) and a name. */
public abstract class TeamForm extends AreaScopedForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,29}", message = "{organisation.code.format}")
    private String code;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String name;

    void codeAndName(String teamCode, String teamName) {
        this.code = teamCode;
        this.name = teamName;
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
