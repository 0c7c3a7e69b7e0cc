package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.internal.KeptInputs;
import fi.placera.identity.internal.KeptInputs.KeptForm;
import fi.placera.platform.web.Problems;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Nothing typed is lost on a session timeout (issue 28 §7, decision 0063): a page form that arrives after the session
 * ended is kept ({@link KeptInputs}) and a cookie holds only its random id; after the next sign-in the user goes back
 * to the page they sent it from, where the form is filled in again — never sent on their behalf.
 */
@Component
class KeptInputFlow {

    /** The hidden field of every page form that says whose it is ({@link OwnerTagFields}). */
    static final String OWNER_FIELD = "_owner";
    static final String COOKIE = "__Host-placera-kept";
    private static final String CSRF_FIELD = "_csrf";
    private static final String SESSION_KEY = "placera.keptInput";
    private static final int MAX_PATH = 2000;
    private final KeptInputs kept;

    KeptInputFlow(KeptInputs kept) {
        this.kept = kept;
    }

    /**
     * Keeps a page form that came after its session ended: a plain form post (no file, not the API, not the login,
     * not an htmx request), sent from a page of this site, carrying a genuine owner tag, of at most
     * {@link KeptInputs#MAX_CHARS}. Anything else is not kept.
     */
    void keepIfPageForm(HttpServletRequest request, HttpServletResponse response) {
        if (!isPlainPageForm(request)) {
            return;
        }
        String tag = request.getParameter(OWNER_FIELD);
        Optional<String> page = pageItCameFrom(request);
        if (tag == null || page.isEmpty()) {
            return;
        }
        Map<String, List<String>> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(CSRF_FIELD) && !name.equals(OWNER_FIELD)) {
                typed.put(name, Arrays.asList(values));
            }
        });
        kept.keep(tag, request.getRequestURI(), page.get(), typed).ifPresent(id -> response.addHeader(
                HttpHeaders.SET_COOKIE, cookie(id.toString(), KeptInputs.KEPT_FOR).toString()));
    }

    /**
     * Where a user who has just signed in goes: back to the page of their kept form when it is theirs, otherwise the
     * start page. The cookie has done its work either way.
     */
    String landing(PlaceraUser user, HttpServletRequest request, HttpServletResponse response) {
        Optional<UUID> id = keptId(request);
        if (id.isEmpty()) {
            return "/";
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
        Optional<String> page = kept.claim(id.get(), user.accountId());
        page.ifPresent(path -> request.getSession().setAttribute(SESSION_KEY, id.get()));
        return page.orElse("/");
    }

    /** The signed-in user's kept form when this is its page, taken (so shown once). */
    Optional<KeptForm> takeFor(PlaceraUser user, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof UUID id)) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        Optional<KeptForm> form = kept.take(id, user.accountId(), request.getRequestURI() + (query == null ? "" : "?" + query));
        form.ifPresent(taken -> session.removeAttribute(SESSION_KEY));
        return form;
    }

    private static boolean isPlainPageForm(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && !Problems.api(request)
                && !path.equals("/login") && !path.startsWith("/mfa")
                && request.getHeader("HX-Request") == null
                && type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")
                && request.getContentLengthLong() >= 0 && request.getContentLengthLong() <= KeptInputs.MAX_CHARS;
    }

    /**
     * The page the form was on, as a path of this site (from the Referer, which the referrer policy sends within the
     * site): never another site's address, never a {@code //} or {@code \} path that a browser would read as one.
     */
    static Optional<String> pageItCameFrom(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null || referer.length() > MAX_PATH) {
            return Optional.empty();
        }
        try {
            URI page = new URI(referer);
            URI here = new URI(request.getRequestURL().toString());
            String path = page.getRawPath();
            if (!page.isAbsolute() || !here.getScheme().equalsIgnoreCase(page.getScheme())
                    || here.getRawAuthority() == null || !here.getRawAuthority().equalsIgnoreCase(page.getRawAuthority())
                    || path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                    || path.startsWith(request.getContextPath() + "/login") || path.startsWith(request.getContextPath() + "/mfa")) {
                return Optional.empty();
            }
            String withQuery = page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
            return withQuery.chars().anyMatch(c -> c < 0x21 || c == 0x7f) ? Optional.empty() : Optional.of(withQuery);
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> keptId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(COOKIE)).findFirst().flatMap(cookie -> {
            try {
                return Optional.of(UUID.fromString(cookie.getValue()));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        });
    }

    /** Like the session cookie (SE4): secure, not readable by scripts, sent on a top-level navigation back to the site. */
    private static ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(COOKIE, value).httpOnly(true).secure(true).sameSite("Lax").path("/")
                .maxAge(maxAge).build();
    }
}
