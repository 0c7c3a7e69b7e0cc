package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import fi.placera.platform.web.CorrelationIdFilter;
import jakarta.servlet.FilterChain;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;

/**
 * The first page after the database died: its view had begun writing bytes when Spring Session's save of the new
 * session failed, and the container then refuses the response's writer. The 503 must be written all the same.
 */
class DatabaseUnavailableFilterTest {

    private final ITemplateEngine templates = mock(ITemplateEngine.class);
    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(templates,
            new AcceptHeaderLocaleResolver());

    @Test
    void aPageWhoseViewHadTakenTheByteStreamStillGets503() throws Exception {
        doAnswer(call -> {
            call.getArgument(2, Writer.class).write("<h1>Temporarily unavailable</h1>");
            return null;
        }).when(templates).process(eq("error/503"), any(IContext.class), any(Writer.class));
        MockHttpServletResponse response = viewTookTheStreamThenTheSessionSaveFailed(request("/login"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<h1>Temporarily unavailable</h1>");
    }

    @Test
    void anApiCallWhoseAnswerHadTakenTheByteStreamStillGets503ProblemDetail() throws Exception {
        MockHttpServletResponse response = viewTookTheStreamThenTheSessionSaveFailed(request("/api/v1/employers"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                        + "\"correlationId\":\"c0ffee\"}");
    }

    private MockHttpServletResponse viewTookTheStreamThenTheSessionSaveFailed(MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setWriterAccessAllowed(false);   // as Tomcat: getOutputStream() has already been called
        FilterChain view = (req, res) -> {
            res.getOutputStream().write("<html>half a login page".getBytes(StandardCharsets.UTF_8));
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        };
        filter.doFilter(request, response, view);
        return response;
    }

    private static MockHttpServletRequest request(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setAttribute(CorrelationIdFilter.ATTRIBUTE, "c0ffee");
        return request;
    }
}
