package fi.placera.platform.web;

import fi.placera.platform.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Where {@link NotFound} becomes HTTP 404: an {@code api.not-found} problem for the REST API, the error page for the
 * pages (through the container's error dispatch, as every other 404 of the application).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundAnswers {

    private final Problems problems;

    NotFoundAnswers(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        if (Problems.api(request)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.of(HttpStatus.NOT_FOUND, locale));
        }
        response.sendError(HttpStatus.NOT_FOUND.value());
        return null;
    }
}
