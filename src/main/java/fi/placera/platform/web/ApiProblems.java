package fi.placera.platform.web;

import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the REST API says no: an RFC 9457 problem (application/problem+json) whose {@code errors} list each
 * refusal with its field, the message key as a stable code, and the message in the caller's language
 * (Accept-Language). The pages show the same messages next to their fields.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** One refusal: the field (null for the whole request), a stable code and the localized message. */
    record ApiError(String field, String code, String message) {
    }

    @ExceptionHandler(Rejection.class)
    ProblemDetail refused(Rejection rejection, Locale locale) {
        String message = messages.getMessage(rejection.messageKey(), rejection.arguments(), rejection.messageKey(), locale);
        return problem(HttpStatus.valueOf(status(rejection)), List.of(new ApiError(rejection.field(), rejection.messageKey(),
                message)), locale);
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException invalid, Locale locale) {
        List<ApiError> errors = invalid.getBindingResult().getAllErrors().stream()
                .map(error -> new ApiError(error instanceof FieldError field ? field.getField() : null,
                        error.getCode(), messages.getMessage(error, locale)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, errors, locale);
    }

    /** Malformed JSON, an unknown field or a value of the wrong type (a date that is no date). */
    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception unreadable, Locale locale) {
        String message = messages.getMessage(new DefaultMessageSourceResolvable("api.unreadable"), locale);
        return problem(HttpStatus.BAD_REQUEST, List.of(new ApiError(null, "api.unreadable", message)), locale);
    }

    private ProblemDetail problem(HttpStatus status, List<ApiError> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(new DefaultMessageSourceResolvable("api.problem"), locale));
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    /** A stale version is a conflict (409); every other refusal is a bad request (400). */
    private static int status(Rejection rejection) {
        return AggregateWrites.CONFLICT.equals(rejection.messageKey()) ? 409 : 400;
    }
}
