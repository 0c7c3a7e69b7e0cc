package fi.placera.platform;

import org.springframework.validation.Errors;

/**
 * A business rule refused a change. Carries the form field it concerns (or null for the whole
 * form) and a message key, so the page can show a localized reason next to the field while
 * keeping everything the user typed.
 */
public class Rejection extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public Rejection(String field, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Adds this refusal to a form's errors, next to its field. */
    public void applyTo(Errors errors) {
        if (field == null) {
            errors.reject(messageKey, arguments, messageKey);
        } else {
            errors.rejectValue(field, messageKey, arguments, messageKey);
        }
    }
}
