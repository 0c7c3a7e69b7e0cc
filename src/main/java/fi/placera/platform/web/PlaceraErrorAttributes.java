package fi.placera.platform.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Error responses carry the correlation id and nothing about the inside of the application:
 * no exception class, message, stack trace or binding details.
 */
@Component
class PlaceraErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        attributes.remove("message");
        attributes.remove("trace");
        attributes.remove("exception");
        attributes.remove("errors");
        attributes.put(CorrelationIdFilter.ATTRIBUTE,
                request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
        return attributes;
    }
}
