package fi.placera.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A value no person types and PostgreSQL cannot store — a NUL character, a date in the year 99999999 — is refused like
 * any bad input, and it is also a security event (LG7: a validation-bypass attempt) on {@code placera.security}: one
 * per request and reason, naming the route's pattern and never the value, which is the attacker's text.
 */
final class UnstorableInputEvents {

    static final String NUL = "nul_character";
    static final String ABSURD_DATE = "date_out_of_range";
    static final String DATABASE_REFUSED = "database_refused_value";

    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");
    private static final String LOGGED = UnstorableInputEvents.class.getName() + ".";

    private UnstorableInputEvents() {
    }

    static void refused(String reason) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object route = null;
        if (request != null) {
            if (request.getAttribute(LOGGED + reason, RequestAttributes.SCOPE_REQUEST) != null) {
                return;
            }
            request.setAttribute(LOGGED + reason, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
        SECURITY.atWarn().addKeyValue("event", "unstorable_input").addKeyValue("reason", reason)
                .addKeyValue("route", route).log("security event unstorable_input");
    }
}
