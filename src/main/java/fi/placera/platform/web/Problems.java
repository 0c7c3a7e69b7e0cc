package fi.placera.platform.web;

import tools.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The REST API's answers that are not data: RFC 9457 problems (application/problem+json) titled in the caller's
 * language. The security filters use {@link #write} for 401 and 403, where no controller runs.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final ObjectMapper json;

    Problems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Whether the request is for the REST API, which answers with status codes and JSON, never a page or redirect. */
    public static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Writes a problem with this status, in the language the request asks for (Finnish by default). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Languages.FINNISH
                : Languages.supportedOrDefault(request.getLocale());
        ProblemDetail problem = of(status, locale);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem); // JSON is UTF-8 by definition
    }

    /** A problem titled after its status: why the request was not served. */
    ProblemDetail of(HttpStatus status, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(new DefaultMessageSourceResolvable(titleKey(status)), locale));
        return problem;
    }

    private static String titleKey(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "api.unauthenticated";
            case FORBIDDEN -> "api.forbidden";
            case NOT_FOUND -> "api.not-found";
            case CONFLICT -> "api.conflict";
            default -> "api.problem";
        };
    }
}
