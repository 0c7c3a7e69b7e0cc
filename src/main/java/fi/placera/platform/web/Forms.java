package fi.placera.platform.web;

import fi.placera.platform.Rejection;
import org.springframework.validation.BindingResult;

/** The save step every form shares: nothing is saved while the form has errors, and a refusal
 *  from a business rule becomes a message next to its field. */
public final class Forms {

    private Forms() {
    }

    /** Runs the save if the form is valid; returns whether it was saved. */
    public static boolean saved(BindingResult errors, Runnable save) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            save.run();
            return true;
        } catch (Rejection rejection) {
            rejection.applyTo(errors);
            return false;
        }
    }
}
