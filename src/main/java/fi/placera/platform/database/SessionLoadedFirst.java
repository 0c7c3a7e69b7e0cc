package fi.placera.platform.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the request's session, which lives in the database, before anything of the answer is written. Loaded lazily
 * (the CSRF token of a form asks for it while the page is being rendered), a database outage would surface halfway
 * through a page already on its way to the browser, too late for {@link DatabaseUnavailableFilter} to answer 503.
 * Runs right after Spring Session's filter ({@code HIGHEST_PRECEDENCE + 50}) and before Spring Security's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class SessionLoadedFirst extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestedSessionId() != null) {
            request.getSession(false);
        }
        chain.doFilter(request, response);
    }
}
