package fi.placera.platform.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Runs before every {@code @ExceptionHandler}, so that a database outage in a controller never becomes the generic
 * "something went wrong" page (500): it hands the failure on, out of Spring MVC, to {@link DatabaseUnavailableFilter},
 * which answers 503. Rendering the answer here would not work: the session lives in the database, and Spring Session
 * saves it when the response is written. Other failures pass on to the usual handlers.
 */
@Component
class DatabaseUnavailablePage implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (DatabaseOutage.causedBy(failure)) {
            throw new DatabaseUnavailable(failure);
        }
        return null;
    }

    @Override
    public int getOrder() {
        // after Spring Boot's DefaultErrorAttributes (which only records the failure), before the @ExceptionHandlers
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** The failure, on its way to {@link DatabaseUnavailableFilter}. */
    static final class DatabaseUnavailable extends RuntimeException {
        DatabaseUnavailable(Exception cause) {
            super(cause);
        }
    }
}
