package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.platform.Administrator;
import fi.placera.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the identity module gives every page beyond the login: the signed-in {@link Administrator} as a handler
 * argument (so that the organisation, evaluation and audit pages scope their records without knowing accounts),
 * and the rule that a user whose password an administrator set chooses their own before anything else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdministrationWebConfiguration implements WebMvcConfigurer {

    /** Session attribute: the user signed in with a password an administrator set, and must replace it first. */
    static final String PASSWORD_CHANGE_DUE = "placera.passwordChangeDue";
    private static final String PASSWORD_PAGE = "/account/password";

    private final Problems problems;

    AdministrationWebConfiguration(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AdministratorResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PasswordChangeFirst(problems))
                .excludePathPatterns(PASSWORD_PAGE, "/mfa", "/mfa/**", "/error", "/login", "/logout", "/css/**",
                        "/js/**", "/webjars/**", "/favicon.ico");
    }

    /** The signed-in administrator; anyone else is refused (the security rules already keep them out). */
    private static final class AdministratorResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Administrator.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest request, WebDataBinderFactory binders) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof PlaceraUser user
                    && authentication.getAuthorities().contains(Role.ADMIN.authority())) {
                return new Administrator(user.accountId(), user.getUsername(), user.areaId());
            }
            throw new AccessDeniedException("not an administrator");
        }
    }

    /** Sends a user who owes a new password to the password page; the API answers 403 until then. */
    private record PasswordChangeFirst(Problems problems) implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws Exception {
            HttpSession session = request.getSession(false);
            if (session == null || session.getAttribute(PASSWORD_CHANGE_DUE) == null) {
                return true;
            }
            if (Problems.api(request)) {
                problems.write(request, response, HttpStatus.FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return false;
        }
    }
}
