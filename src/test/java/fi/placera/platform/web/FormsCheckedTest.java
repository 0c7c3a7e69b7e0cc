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
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/** A form's checks (decision 0057): every field's refusal next to it at once, one message per field, even when the
 * binder could not make the form's record. */
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

    /** A form record the binder could not make (a NUL in a field): the later checks still mark their fields. */
    @Test
    void aFormWhoseRecordCouldNotBeMadeKeepsTheBindersRefusalAndTakesEveryLaterOne() {
        record Note(String day, String note) {
        }
        BeanPropertyBindingResult bound = new BeanPropertyBindingResult(null, "note");
        bound.addError(new FieldError("note", "note", "\u0000", true, new String[] {"typeMismatch.java.lang.String"},
                null, null));
        assertThatThrownBy(() -> bound.rejectValue("day", "form.date.format"))
                .as("a binding without its record cannot mark a field").isInstanceOf(RuntimeException.class);

        BindingResult errors = Forms.refusals(bound);
        FormValues.date("31.2.2026", "day", errors);

        assertThat(errors.getFieldErrors()).extracting(error -> error.getField() + " " + error.getCode())
                .containsExactlyInAnyOrder("note typeMismatch.java.lang.String", "day form.date.format");
        assertThat(Forms.refusals(new BeanPropertyBindingResult(new Note("1.1.2026", "x"), "note")))
                .as("a binding with its record is used as it is").isInstanceOf(BeanPropertyBindingResult.class);
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
