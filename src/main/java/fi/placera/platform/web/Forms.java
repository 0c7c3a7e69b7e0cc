package fi.placera.platform.web;

import fi.placera.platform.Rejection;
import java.util.HashMap;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The save step every form shares: nothing is saved while the form has errors, and a refusal
 *  from a business rule becomes a message next to its field. */
public final class Forms {

    /** The flash attribute by which the page a save redirects to says that it was saved (decision 0060). */
    public static final String SAVED = "partSaved";
    /** The model attribute with the refused form's errors, for the error summary at the top of the page. */
    public static final String REFUSED = "refused";

    private Forms() {
    }

    /**
     * Saves and redirects to the page, which says that it was saved, or shows the page again with the form's errors
     * and what was typed (as {@code <form>Errors} and {@code <form>Input}, and the errors as {@value #REFUSED} for the
     * page's error summary), for pages with several forms.
     */
    public static String savedOrAgain(BindingResult errors, Model model, String form, Object input, Runnable save,
            Supplier<String> page, String redirect) {
        if (!saved(errors, save)) {
            model.addAttribute(form + "Errors", errors);
            model.addAttribute(form + "Input", input);
            model.addAttribute(REFUSED, errors);
            return page.get();
        }
        return redirectSaved(redirect);
    }

    /**
     * A redirect to {@code path} whose page then says, once, that the form was saved. The flash attribute is put on
     * the current request, so that the many form handlers need no {@code RedirectAttributes} parameter.
     */
    public static String redirectSaved(String path) {
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        RequestContextUtils.getOutputFlashMap(request).put(SAVED, true);
        return "redirect:" + path;
    }

    /**
     * A form's refusals: the binding's own (a value that cannot be text, such as a NUL) and those the handler finds.
     * When the binding could not make the form's record it has no object to mark fields on, so its refusals go on in
     * a map.
     */
    public static BindingResult refusals(BindingResult bound) {
        if (bound.getTarget() != null) {
            return bound;
        }
        BindingResult errors = new MapBindingResult(new HashMap<>(), bound.getObjectName());
        errors.addAllErrors(bound);
        return errors;
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

    /**
     * Runs each of a form's field checks ({@link fi.placera.platform.Checks}) and puts every refusal next to its
     * field, so that all of them are shown at once; a field that could not even be bound keeps that message alone.
     */
    public static void checked(Errors errors, Runnable... checks) {
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (Rejection rejection) {
                if (rejection.field() == null || errors.getFieldErrorCount(rejection.field()) == 0) {
                    rejection.applyTo(errors);
                }
            }
        }
    }
}
