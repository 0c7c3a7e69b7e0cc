package fi.placera.platform.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text from a request, bound into a form or a parameter, may not hold a NUL character: PostgreSQL cannot store one,
 * and it is never typed by a person. Checked once here for every form and parameter instead of in each of them: a
 * text with NUL is a binding error of its field ({@code typeMismatch.java.lang.String}), so the page shows a message
 * next to the field and keeps nothing, and a request parameter answers 400.
 */
@ControllerAdvice
class TextInput {

    static final char NUL = '\u0000';

    @InitBinder
    void refuseNul(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NulRefusingEditor());
    }

    static boolean holdsNul(String text) {
        return text != null && text.indexOf(NUL) >= 0;
    }

    /** The text as it is, unless it holds NUL (the binder then records a type mismatch for the field). */
    private static final class NulRefusingEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (holdsNul(text)) {
                UnstorableInputEvents.refused(UnstorableInputEvents.NUL);
                throw new IllegalArgumentException("text with a NUL character");
            }
            setValue(text);
        }
    }
}
