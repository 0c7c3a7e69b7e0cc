package fi.placera.identity.web;

import fi.placera.audit.AccessAction;
import fi.placera.identity.AccessIntent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The action of the current request ({@link AccessIntent}), set before its handler runs, so that the access decision
 * knows whether the request reads or writes without every caller having to say so (docs/decisions/0030).
 */
@Component
public class RequestIntents implements HandlerInterceptor, WebMvcConfigurer {

    private static final String ATTRIBUTE = RequestIntents.class.getName();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** The current request's action; empty outside a request and for a request that reads as its handler says. */
    public static Optional<AccessAction> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty()
                : Optional.ofNullable((AccessAction) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        AccessIntent declared = handler instanceof HandlerMethod method ? method.getMethodAnnotation(AccessIntent.class)
                : null;
        if (declared != null) {
            request.setAttribute(ATTRIBUTE, declared.value());
        } else if (!SAFE_METHODS.contains(request.getMethod())) {
            request.setAttribute(ATTRIBUTE, AccessAction.UPDATE);
        }
        return true;
    }
}
