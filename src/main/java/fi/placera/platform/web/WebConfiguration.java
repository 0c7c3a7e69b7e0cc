package fi.placera.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Languages (fi, sv, en; the choice remembered in a cookie) and the application clock. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Bean
    Clock clock() {
        return Clock.system(HELSINKI);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LinkLanguage.COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSecure(true);
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        // without an Accept-Language header the servlet API reports the JVM's locale: use Finnish then
        resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") == null
                ? Languages.FINNISH
                : Languages.supportedOrDefault(request.getLocale()));
        return resolver;
    }

    /**
     * Spring Boot's resource URL filter, switched off: it sends every link a page builds (a week of 20 clients has
     * hundreds) through the static-resource chain, which looks each up in the packaged jar and caches only hits
     * — most of a page's time in issue 10's benchmark. Placera uses no versioned resource URLs; webjars are still
     * found by their version-less paths when requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver()));
    }

    /** {@code ?lang=sv} on any page switches the language; unsupported values are ignored. */
    private record LanguageSwitch(LocaleResolver resolver) implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Languages.byTag(request.getParameter("lang"))
                    .ifPresent(locale -> resolver.setLocale(request, response, locale));
            return true;
        }
    }
}
