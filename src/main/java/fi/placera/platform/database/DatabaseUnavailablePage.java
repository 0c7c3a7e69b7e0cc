package fi.placera.platform.database;

import fi.placera.platform.web.CorrelationIdFilter;
import fi.placera.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached, a page answers "temporarily unavailable" (HTTP 503, template
 * {@code error/503}, with the correlation id) and the API a problem detail with status 503 — within the pool's
 * connection timeout, never after minutes. It runs before every {@code @ExceptionHandler}, so a database outage
 * never shows as the generic "something went wrong" page; other failures pass on to them. Failures in filters
 * (sessions, security) are turned into the same page by {@link DatabaseUnavailableFilter}.
 */
@Component
class DatabaseUnavailablePage implements HandlerExceptionResolver, Ordered {

    static final int RETRY_AFTER_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePage.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!DatabaseOutage.causedBy(failure)) {
            return null;
        }
        logOutage(failure);
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        if (Problems.api(request)) {
            return problem(response, correlationId);
        }
        ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        page.addObject(CorrelationIdFilter.ATTRIBUTE, correlationId);
        return page;
    }

    @Override
    public int getOrder() {
        // after Spring Boot's DefaultErrorAttributes (which only records the failure), before the @ExceptionHandlers
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** The failure's classes only: a driver's message may quote a statement's values. */
    static void logOutage(Throwable failure) {
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            causes.append(causes.isEmpty() ? "" : " <- ").append(cause.getClass().getName());
        }
        log.warn("database unavailable: answered 503 ({})", causes);
    }

    private static ModelAndView problem(HttpServletResponse response, Object correlationId) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        try {
            // the correlation id is a UUID or a checked token (CorrelationIdFilter), safe inside a JSON string
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"correlationId\":\"" + correlationId + "\"}");
        } catch (IOException e) {
            log.debug("client went away before the 503 was written");
        }
        return new ModelAndView();
    }
}
