package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.internal.KeptInputs;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds the owner tag ({@link KeptInputFlow#OWNER_FIELD}) to every page form that gets Spring Security's CSRF field
 * (so every {@code th:action} form that posts) of a signed-in user, beside that field: composed with Spring
 * Security's processor, which keeps doing the CSRF part.
 */
final class OwnerTagFields implements RequestDataValueProcessor {

    private final RequestDataValueProcessor csrf;
    private final ObjectProvider<KeptInputs> kept;

    OwnerTagFields(RequestDataValueProcessor csrf, ObjectProvider<KeptInputs> kept) {
        this.csrf = csrf;
        this.kept = kept;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        return csrf.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return csrf.processFormFieldValue(request, name, value, type);
    }

    /** The CSRF field of a posting form, and the owner tag when a user is signed in (not halfway through it). */
    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = csrf.getExtraHiddenFields(request);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (fields == null || fields.isEmpty() || authentication == null
                || !(authentication.getPrincipal() instanceof PlaceraUser user)
                || MfaLogin.pendingUser(authentication).isPresent()) {
            return fields;
        }
        Map<String, String> withOwner = new LinkedHashMap<>(fields);
        withOwner.put(KeptInputFlow.OWNER_FIELD, kept.getObject().ownerTag(user.accountId()));
        return withOwner;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return csrf.processUrl(request, url);
    }
}
