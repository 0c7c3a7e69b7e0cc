package fi.placera.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before any filter of Placera runs (a path with an encoded NUL): the same security
 * headers as every other response and Placera's own error page (a problem for the API), not Tomcat's. The host's
 * error report valve is replaced by {@link PlacerasErrorReport}; errors that Placera answered itself have a body
 * already and pass untouched. Requests that Spring Security's firewall rejects (a session id or an encoded dot
 * segment in the path) get the same page from {@link PlainErrorPage#rejected}.
 */
@Component
class ServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final PlainErrorPage page;

    ServerErrorPages(PlainErrorPage page) {
        this.page = page;
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
            host.getPipeline().addValve(new PlacerasErrorReport(page));
            if (host instanceof StandardHost standardHost) {
                // so that the host does not add Tomcat's own valve when it starts
                standardHost.setErrorReportValveClass(PlacerasErrorReport.class.getName());
            }
        });
    }

    /** After Spring Boot's own customizer, which adds Tomcat's valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Placera's error page, written by Tomcat's error report valve. */
    static final class PlacerasErrorReport extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(PlacerasErrorReport.class);
        /** A segment of a route's own: a word of lower-case letters and hyphens, or the API's version. */
        private static final Pattern ROUTE_WORD = Pattern.compile("[a-z-]+|v[0-9]+");

        private final PlainErrorPage page;

        PlacerasErrorReport(PlainErrorPage page) {
            this.page = page;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            if (status >= 500) {
                logServerError(request, status, throwable);
            }
            try {
                response.resetBuffer();
                Writer writer = response.getReporter();
                if (writer != null) {
                    page.prepare(request, response, status);
                    writer.write(page.body(request, status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException notWritable) {
                // the connection is gone or the response already committed: nothing more can be said
            }
        }

        /**
         * A server error that no part of Placera answered (it escaped every filter, or was only a status): what
         * reached Tomcat and where, by the failure's classes and frames only (a driver's message may quote a
         * statement's values), and the path without its ids and tokens (a link's token is a secret).
         */
        private static void logServerError(Request request, int status, Throwable throwable) {
            log.warn("{} {} answered {} by the server's error page\n{}", request.getMethod(),
                    route(request.getRequestURI()), status,
                    throwable == null ? "no exception" : UnexpectedErrors.frames(throwable));
        }

        /** The path's own words, and "*" for each other segment (an employer's id, a link's token). */
        static String route(String path) {
            return path == null ? "" : Arrays.stream(path.split("/", -1))
                    .map(segment -> segment.isEmpty() || ROUTE_WORD.matcher(segment).matches() ? segment : "*")
                    .collect(Collectors.joining("/"));
        }
    }
}
