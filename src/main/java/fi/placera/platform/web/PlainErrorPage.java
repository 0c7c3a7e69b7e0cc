package fi.placera.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * Placera's error page (or problem, for the API) for errors answered where no template or controller runs: by
 * Tomcat before the application ({@link ServerErrorPages}) and by Spring Security's firewall (a request it rejects).
 * It carries the security headers of every page ({@link SecurityHeaders}) and says nothing of the request.
 */
@Component
class PlainErrorPage {

    private final MessageSource messages;

    PlainErrorPage(MessageSource messages) {
        this.messages = messages;
    }

    /** Spring Security's firewall rejects a request (a ";" or an encoded "." or "/" in its path): 400 and this page. */
    @Bean
    RequestRejectedHandler rejected() {
        return (request, response, rejected) -> {
            prepare(request, response, HttpStatus.BAD_REQUEST.value());
            response.getWriter().write(body(request, HttpStatus.BAD_REQUEST.value()));
            response.flushBuffer();
        };
    }

    /** Sets the status, the security headers and the content type. */
    void prepare(HttpServletRequest request, HttpServletResponse response, int status) {
        response.setStatus(status);
        SecurityHeaders.of(request.isSecure()).forEach(response::setHeader);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(api(request) ? "application/problem+json" : "text/html");
    }

    String body(HttpServletRequest request, int status) {
        Locale locale = request.getHeader("Accept-Language") == null ? Languages.FINNISH
                : Languages.supportedOrDefault(request.getLocale());
        return api(request) ? problem(status, locale) : page(status, locale);
    }

    /** The path as sent: a path that cannot be decoded has no decoded form. */
    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
    }

    private String problem(int status, Locale locale) {
        // the title is one of Placera's own messages, which hold no quotes or backslashes
        return "{\"type\":\"about:blank\",\"title\":\"" + messages.getMessage("api.problem", null, locale)
                + "\",\"status\":" + status + "}";
    }

    private String page(int status, Locale locale) {
        String kind = switch (status) {
            case 400 -> "error.bad-request";
            case 403 -> "error.forbidden";
            case 404 -> "error.not-found";
            default -> "error";
        };
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s – Placera</title>
                  <link rel="stylesheet" href="/css/placera.css">
                </head>
                <body>
                <header class="site-header"><div class="site-header__bar"><a class="brand" href="/">Placera</a></div></header>
                <main id="main" tabindex="-1">
                  <h1>%s</h1>
                  <p>%s</p>
                  <p><a href="/">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), text("error.title", locale), text(kind + ".heading", locale),
                text(kind + ".text", locale), text("error.back-home", locale));
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
    }
}
