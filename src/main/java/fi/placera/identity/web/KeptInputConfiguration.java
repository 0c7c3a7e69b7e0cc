package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.internal.KeptInputs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Wires the kept input of an ended session into the pages (decision 0063): every posting form carries its owner's
 * tag, and the page a kept form came from gets it back once, for the layout to fill in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class KeptInputConfiguration implements WebMvcConfigurer {

    /** Spring Security's bean that Thymeleaf asks for a form's hidden fields. */
    private static final String FORM_FIELDS_BEAN = "requestDataValueProcessor";
    private final KeptInputFlow flow;

    KeptInputConfiguration(KeptInputFlow flow) {
        this.flow = flow;
    }

    /** Wraps Spring Security's CSRF processor rather than replacing it: both fields end up in every posting form. */
    @Bean
    static BeanPostProcessor ownerTagOnEveryForm(ObjectProvider<KeptInputs> kept) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return FORM_FIELDS_BEAN.equals(name) && bean instanceof RequestDataValueProcessor csrf
                        ? new OwnerTagFields(csrf, kept) : bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KeptFormBack(flow)).excludePathPatterns("/css/**", "/js/**", "/webjars/**",
                "/favicon.ico", "/api/**");
    }

    /** A page rendered for a signed-in user gets their kept form when it is that form's page. */
    private record KeptFormBack(KeptInputFlow flow) implements HandlerInterceptor {
        @Override
        public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                ModelAndView page) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (page == null || !"GET".equals(request.getMethod()) || page.getViewName() == null
                    || page.getViewName().startsWith("redirect:") || authentication == null
                    || !(authentication.getPrincipal() instanceof PlaceraUser user)) {
                return;
            }
            flow.takeFor(user, request).ifPresent(form -> {
                page.addObject("keptInput", form.parametersJson());
                page.addObject("keptInputAction", form.actionPath());
            });
        }
    }
}
