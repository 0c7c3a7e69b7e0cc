package fi.placera.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors Tomcat answers itself, before any filter of Placera runs (a path with an encoded NUL or dot segment, a
 * session id in the URL): the same security headers as every other response and Placera's own error page (a problem
 * for the API), not Tomcat's. The host's error report valve is replaced by {@link PlaceraErrorReport}; errors that
 * Placera answered itself have a body already and pass untouched.
 */
@Component
class ServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    ServerErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new PlaceraErrorReport(messages));
            if (host instanceof StandardHost standardHost) {
                // so that the host does not add Tomcat's own valve when it starts
                standardHost.setErrorReportValveClass(PlaceraErrorReport.class.getName());
            }
        });
    }

    /** After Spring Boot's own customizer, which adds Tomcat's valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Placera's error page, written by Tomcat's error report valve. */
    static final class PlaceraErrorReport extends ErrorReportValve {

        private final MessageSource messages;

        PlaceraErrorReport(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.resetBuffer();
                SecurityHeaders.of(request.isSecure()).forEach(response::setHeader);
                Locale locale = request.getHeader("Accept-Language") == null ? Languages.FINNISH
                        : Languages.supportedOrDefault(request.getLocale());
                boolean api = request.getDecodedRequestURI() != null
                        && request.getDecodedRequestURI().startsWith("/api/");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/problem+json" : "text/html");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? problem(status, locale) : page(status, locale));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException notWritable) {
                // the connection is gone or the response already committed: nothing more can be said
            }
        }

        private String problem(int status, Locale locale) {
            // the title is one of Placera's own messages, which hold no quotes or backslashes
            return "{\"type\":\"about:blank\",\"title\":\"" + messages.getMessage("api.problem", null, locale)
                    + "\",\"status\":" + status + "}";
        }

        private String page(int status, Locale locale) {
            String kind = status == HttpServletResponse.SC_NOT_FOUND ? "error.not-found"
                    : status == HttpServletResponse.SC_BAD_REQUEST ? "error.bad-request"
                    : status == HttpServletResponse.SC_FORBIDDEN ? "error.forbidden" : "error";
            String heading = text(kind.equals("error") ? "error.heading" : kind + ".heading", locale);
            String explanation = text(kind.equals("error") ? "error.text" : kind + ".text", locale);
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
                    """.formatted(locale.getLanguage(), text("error.title", locale), heading, explanation,
                    text("error.back-home", locale));
        }

        private String text(String key, Locale locale) {
            return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
        }
    }
}
