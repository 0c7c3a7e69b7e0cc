package fi.placera.imports.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the server's limit is refused while the request is read, before any controller runs; the
 * tracker import is Placera's only upload, so the user is sent back to its page with the localized reason
 * instead of the generic error page. Ordered first: the catch-all of unexpected errors would take it otherwise.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge() {
        return "redirect:/imports?too-large";
    }
}
