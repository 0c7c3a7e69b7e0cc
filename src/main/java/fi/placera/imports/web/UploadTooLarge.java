package fi.placera.imports.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the server's limit is refused while the request is read, before any controller runs; the
 * tracker import is Placera's only large upload, so the user is sent back to its page with the localized reason
 * instead of the generic error page. The parts are read here, first of all filters: since Tomcat 11 the first
 * filter that asks for a parameter (the CSRF check's {@code _csrf}) meets the refusal as an error. Nothing is stored
 * before the redirect, so it needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class UploadTooLarge {

    static final String PREVIEW = "/imports/preview";

    @Bean
    FilterRegistrationBean<ReadPartsFirst> uploadTooLargeFilter() {
        FilterRegistrationBean<ReadPartsFirst> registration = new FilterRegistrationBean<>(new ReadPartsFirst());
        registration.addUrlPatterns(PREVIEW);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class ReadPartsFirst extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (isMultipart(request) && tooLarge(request)) {
                response.sendRedirect(request.getContextPath() + "/imports?too-large");
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean isMultipart(HttpServletRequest request) {
            String type = request.getContentType();
            return "POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/");
        }

        /** Reads the parts once (the servlet container keeps them for the controller); true when over the limit. */
        private static boolean tooLarge(HttpServletRequest request) throws IOException, ServletException {
            try {
                request.getParts();
                return false;
            } catch (IllegalStateException refused) {
                for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                    if (cause instanceof SizeException) {
                        return true;
                    }
                }
                throw refused;
            }
        }
    }
}
