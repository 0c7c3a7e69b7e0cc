package fi.placera.platform.database;

import fi.placera.platform.web.CorrelationIdFilter;
import fi.placera.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * While the database cannot be reached, a page answers "temporarily unavailable" (HTTP 503, template
 * {@code error/503}: fi/sv/en, the correlation id, no stack trace) and the API a problem detail with status 503,
 * within the pool's connection timeout (decision 0033). Sessions and the security context live in the database and
 * are read by filters, outside Spring MVC, and Spring Session saves a new session when the response is written: so
 * the answer is written here, outside the session filter, on the raw response, never through the error dispatch.
 * Failures in controllers reach it through {@link DatabaseUnavailablePage}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final String RETRY_AFTER_SECONDS = "10";

    private final ITemplateEngine templates;
    private final LocaleResolver locales;

    DatabaseUnavailableFilter(ITemplateEngine templates, LocaleResolver locales) {
        this.templates = templates;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            logOutage(failure);
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        boolean api = Problems.api(request);
        response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
        Writer body = body(response);
        if (api) {
            // the correlation id is a UUID or a checked token (CorrelationIdFilter), safe inside a JSON string
            body.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"correlationId\":\"" + correlationId + "\"}");
        } else {
            WebContext page = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response), locales.resolveLocale(request),
                    Map.of(CorrelationIdFilter.ATTRIBUTE, correlationId == null ? "" : correlationId));
            templates.process("error/503", page, body);
        }
        body.flush();
    }

    /**
     * The response's writer, or its byte stream when the failed page had already asked for that: the view writes
     * bytes, and Spring Session saves a new session (its first contact with the database) when that view flushes.
     * {@code resetBuffer} drops what was written but not the servlet container's rule that a response has either a
     * writer or a stream, so asking for the writer then failed and the first page after an outage became a 500.
     */
    private static Writer body(HttpServletResponse response) throws IOException {
        try {
            return response.getWriter();
        } catch (IllegalStateException streamInUse) {
            return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        }
    }

    /** The failure's classes only: a driver's message may quote a statement's values. */
    private static void logOutage(Throwable failure) {
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            causes.append(causes.isEmpty() ? "" : " <- ").append(cause.getClass().getName());
        }
        log.warn("database unavailable: answered 503 ({})", causes);
    }
}
