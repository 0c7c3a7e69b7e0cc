package fi.placera.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.validation.Errors;

/**
 * A business rule refused a change. Carries the form field it concerns (or null for the whole
 * form) and a message key, so the page can show a localized reason next to the field while
 * keeping everything the user typed.
 */
public class Rejection extends RuntimeException {

    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public Rejection(String field, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /**
     * A step of the service's phases 2–5 (consents, the plan, the profile, benefits counselling, jobs and studies)
     * asked for before the client's cooperation agreement is recorded: refused for the whole form, and a security
     * event on {@code placera.security} (IN4: such a request skips the order the law and the IPS model set).
     */
    public static Rejection beforeTheAgreement() {
        SECURITY.atWarn().addKeyValue("event", "step_before_agreement").log("security event step_before_agreement");
        return new Rejection(null, "consent.agreement.required");
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
