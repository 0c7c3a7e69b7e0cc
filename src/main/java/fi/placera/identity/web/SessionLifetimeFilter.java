package fi.placera.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session 10 hours after it began however active it is (ASVS 7.3.2); the 30-minute idle
 * limit is the session store's own timeout.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(10);
    private final Clock clock;
    private final InvalidSessionStrategy ended;

    SessionLifetimeFilter(Clock clock, InvalidSessionStrategy ended) {
        this.clock = clock;
        this.ended = ended;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && Instant.ofEpochMilli(session.getCreationTime()).plus(ABSOLUTE_LIFETIME)
                .isBefore(clock.instant())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            ended.onInvalidSessionDetected(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
