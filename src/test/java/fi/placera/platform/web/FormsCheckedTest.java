package fi.placera.platform.web;

import static fi.placera.platform.Checks.chosen;
import static fi.placera.platform.Checks.formatted;
import static fi.placera.platform.Checks.optionalFormatted;
import static fi.placera.platform.Checks.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.platform.Rejection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

/** A form's checks (decision 0057): every field's refusal next to it at once, one message per field. */
class FormsCheckedTest {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");

    @Test
    void everyRefusedFieldGetsItsMessageAndAFieldThatCouldNotBeBoundKeepsItsOwn() {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
        errors.rejectValue("name", "typeMismatch.java.lang.String");

        Forms.checked(errors, () -> required(" ", 200, "firstName"), () -> required("x".repeat(201), 200, "lastName"),
                () -> required(null, 200, "name"), () -> formatted("poh-1", CODE, "organisation.code.format", "code"),
                () -> chosen(Set.of(), "account.roles.required", "roles"), () -> required("Aino", 200, "nickName"));

        assertThat(errors.getFieldErrors()).extracting(error -> error.getField() + " " + error.getCode())
                .containsExactlyInAnyOrder("firstName validation.required", "lastName validation.too-long",
                        "name typeMismatch.java.lang.String", "code organisation.code.format",
                        "roles account.roles.required");
    }

    @Test
    void aFormatIsMatchedAsTypedAndAnOptionalOneMayBeLeftEmpty() {
        assertThat(formatted("POH-IPS1", CODE, "organisation.code.format", "code")).isEqualTo("POH-IPS1");
        assertThatThrownBy(() -> formatted(" POH-IPS1", CODE, "organisation.code.format", "code"))
                .isInstanceOf(Rejection.class).extracting("messageKey").isEqualTo("organisation.code.format");
        assertThatThrownBy(() -> formatted("", CODE, "organisation.code.format", "code"))
                .isInstanceOf(Rejection.class).extracting("messageKey").isEqualTo("validation.required");
        assertThat(optionalFormatted("  ", CODE, "organisation.code.format", "code")).isNull();
        assertThat(chosen(List.of("COACH"), "account.roles.required", "roles")).containsExactly("COACH");
    }
}
