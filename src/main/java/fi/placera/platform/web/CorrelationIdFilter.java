package fi.placera.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: taken from a well-formed {@code X-Request-Id} header
 * (set by a load balancer) or generated. It goes into every log line (MDC), the response header
 * and the error page, so a user's report can be matched with the logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = "correlationId";
    public static final String MDC_KEY = "correlation_id";
    private static final String REQUEST_HEADER = "X-Request-Id";
    private static final String RESPONSE_HEADER = "X-Correlation-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = correlationIdOf(request);
        request.setAttribute(ATTRIBUTE, correlationId);
        response.setHeader(RESPONSE_HEADER, correlationId);
        MDC.put(MDC_KEY, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static String correlationIdOf(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String id) {
            return id;
        }
        String header = request.getHeader(REQUEST_HEADER);
        // a header that is not a plain token could smuggle text into the logs: replace it
        return header != null && WELL_FORMED.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
