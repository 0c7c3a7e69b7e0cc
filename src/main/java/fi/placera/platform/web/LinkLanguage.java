package fi.placera.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * A page reached through a one-time link (an invitation, a questionnaire to answer) speaks the link's language — the
 * client's recorded one — whatever the browser or an older language cookie says, and keeps it through the redirects
 * that follow (login, authenticator, recovery codes) by the language cookie. The language switch still wins: a page
 * asked for with a language we speak ({@code ?lang=}) keeps that one, and a form sent from a page keeps the language
 * the page was shown in (its cookie). A {@code lang} we do not speak counts as no choice (docs/decisions/0040).
 */
@Component
public class LinkLanguage {

    /** The cookie in which the chosen language is kept (the resolver in {@link WebConfiguration}). */
    public static final String COOKIE = "__Host-placera-lang";

    private final LocaleResolver resolver;

    LinkLanguage(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    /** Shows this request's page, and the next ones, in the link's language unless the person chose another. */
    public void speak(Locale linkLanguage, HttpServletRequest request, HttpServletResponse response) {
        if (chosen(request)) {
            return;
        }
        resolver.setLocale(request, response, linkLanguage);
        LocaleContextHolder.setLocale(linkLanguage);
    }

    private static boolean chosen(HttpServletRequest request) {
        boolean switched = Languages.byTag(request.getParameter("lang")).isPresent();
        boolean sentFromAPage = !"GET".equals(request.getMethod()) && WebUtils.getCookie(request, COOKIE) != null;
        return switched || sentFromAPage;
    }
}
