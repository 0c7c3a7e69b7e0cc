package fi.placera.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * How the REST API says no: an RFC 9457 problem (application/problem+json) whose {@code errors} list each
 * refusal with its field, the message key as a stable code, and the message in the caller's language
 * (Accept-Language). The pages show the same messages next to their fields. Ordered before
 * {@link UnexpectedErrors}, whose catch-all would otherwise answer first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final MessageSource messages;
    private final Problems problems;

    ApiProblems(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    /** One refusal: the field (null for the whole request), a stable code and the localized message. */
    record ApiError(String field, String code, String message) {
    }

    @ExceptionHandler(Rejection.class)
    ProblemDetail refused(Rejection rejection, Locale locale) {
        HttpStatus status = AggregateWrites.CONFLICT.equals(rejection.messageKey()) ? HttpStatus.CONFLICT
                : HttpStatus.BAD_REQUEST;
        return problem(status, List.of(error(rejection.field(), rejection.messageKey(), rejection.arguments(), locale)),
                locale);
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException invalid, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, invalid.getBindingResult().getAllErrors().stream()
                .map(error -> error(error, locale)).toList(), locale);
    }

    /** Malformed JSON, an unknown field or a value of the wrong type (a date that is no date), named by its path. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        if (unreadable.getCause() instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            String code = mapping instanceof UnrecognizedPropertyException ? "api.unknown-field" : "api.wrong-type";
            return problem(HttpStatus.BAD_REQUEST, List.of(error(path(mapping), code, null, locale)), locale);
        }
        return problem(HttpStatus.BAD_REQUEST, List.of(error(null, "api.unreadable", null, locale)), locale);
    }

    /** A parameter that is not what it should be: an id in the path that is no id is a record that does not exist
     *  (404, as for a missing one); another parameter of the wrong type is named in a 400. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mistyped(MethodArgumentTypeMismatchException mistyped, Locale locale) {
        if (BadInput.statusOf(mistyped) == HttpStatus.NOT_FOUND) {
            return problems.of(HttpStatus.NOT_FOUND, locale);
        }
        return problem(HttpStatus.BAD_REQUEST, List.of(error(mistyped.getName(), "api.wrong-type", null, locale)),
                locale);
    }

    /** Not found (a client the caller may not see looks exactly like one that does not exist), and the like. */
    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail status(ResponseStatusException exception, Locale locale) {
        return problems.of(HttpStatus.valueOf(exception.getStatusCode().value()), locale);
    }

    /** A body that is not JSON (415), or a response type the API does not make (406). */
    @ExceptionHandler(HttpMediaTypeException.class)
    ProblemDetail mediaType(HttpMediaTypeException exception, Locale locale) {
        return problems.of(HttpStatus.valueOf(exception.getStatusCode().value()), locale);
    }

    private ProblemDetail problem(HttpStatus status, List<ApiError> errors, Locale locale) {
        ProblemDetail problem = problems.of(status, locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    private ApiError error(String field, String code, Object[] arguments, Locale locale) {
        return new ApiError(field, code, messages.getMessage(code, arguments, code, locale));
    }

    /** A form's refusal: its message key is the code. */
    private ApiError error(ObjectError error, Locale locale) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
        return new ApiError(field, error.getCode(), messages.getMessage(error, locale));
    }

    /** Where in the JSON: {@code content.preferredWork}, {@code topics[1]}. */
    private static String path(DatabindException mapping) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : mapping.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
