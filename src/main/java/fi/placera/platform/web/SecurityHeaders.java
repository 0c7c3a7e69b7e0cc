package fi.placera.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every response. Spring Security writes them for everything that reaches the application
 * (identity's SecurityConfiguration uses {@link #CONTENT_SECURITY_POLICY}); {@link ServerErrorPages} writes the same
 * ones on the errors Tomcat answers before any filter runs.
 */
public final class SecurityHeaders {

    /** No inline script or style anywhere; nothing may frame Placera. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    public static final long STRICT_TRANSPORT_SECONDS = 31_536_000;

    private SecurityHeaders() {
    }

    /** The headers, as Spring Security writes them with Placera's settings (HSTS only over HTTPS, as it does). */
    static Map<String, String> of(boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-XSS-Protection", "0");
        headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        headers.put("Pragma", "no-cache");
        headers.put("Expires", "0");
        if (secure) {
            headers.put("Strict-Transport-Security", "max-age=" + STRICT_TRANSPORT_SECONDS + " ; includeSubDomains");
        }
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "same-origin");
        return headers;
    }
}
