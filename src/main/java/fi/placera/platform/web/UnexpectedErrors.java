package fi.placera.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bugs and outages: the user gets the generic error page (or a problem detail from the API) with the
 * correlation id; the log gets the exception's class and stack frames with the correlation id, but
 * never its message, which may quote client data (an identity code in a constraint violation, say).
 * Exceptions that carry their own HTTP status (404, 405 …) pass through to Spring's handling.
 */
@ControllerAdvice
class UnexpectedErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final Problems problems;

    UnexpectedErrors(Problems problems) {
        this.problems = problems;
    }

    /**
     * A malformed id in the path is a record that does not exist (404, like a missing one); a parameter of the wrong
     * type or a value the database cannot hold (text with NUL, a date in year 99999999) is a bad request (400), not a
     * bug. The forms refuse such values next to their fields before this ({@link TextInput}, {@link Formats}).
     */
    @ExceptionHandler({TypeMismatchException.class, DataAccessException.class})
    Object badInput(Exception error, HttpServletRequest request) throws Exception {
        HttpStatus status = BadInput.statusOf(error);
        if (status == null) {
            return unexpected(error, request);
        }
        if (error instanceof DataAccessException) {
            UnstorableInputEvents.refused(UnstorableInputEvents.DATABASE_REFUSED);
        }
        if (Problems.api(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.of(status, LocaleContextHolder.getLocale()));
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception error, HttpServletRequest request) throws Exception {
        if (error instanceof ErrorResponse
                || AnnotatedElementUtils.hasAnnotation(error.getClass(), ResponseStatus.class)) {
            throw error;
        }
        log.error("unexpected {}\n{}", error.getClass().getName(), frames(error));
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        if (Problems.api(request)) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
            problem.setProperty(CorrelationIdFilter.ATTRIBUTE, correlationId);
            return ResponseEntity.internalServerError().body(problem);
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.INTERNAL_SERVER_ERROR);
        page.addObject("status", HttpStatus.INTERNAL_SERVER_ERROR.value());
        page.addObject(CorrelationIdFilter.ATTRIBUTE, correlationId);
        return page;
    }

    /** Where it happened, cause by cause, without any exception message. */
    static String frames(Throwable error) {
        StringBuilder trace = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            trace.append("caused by ").append(cause.getClass().getName()).append('\n')
                    .append(Arrays.stream(cause.getStackTrace()).limit(30)
                            .map(frame -> "  at " + frame).collect(Collectors.joining("\n"))).append('\n');
        }
        return trace.toString();
    }
}
