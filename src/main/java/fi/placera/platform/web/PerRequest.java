package fi.placera.platform.web;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value kept for the rest of the request that read it, for what one page asks from several places and what cannot
 * change while the page is made unless the request itself changes it (decision 0095: a staff member's teams). The
 * owner forgets its values when the request changes what they were read from. Outside a request (scheduled jobs, the
 * generator, the command line) every call reads afresh.
 */
public final class PerRequest {

    private static final String PREFIX = PerRequest.class.getName() + ".";

    private PerRequest() {
    }

    /** The value kept under {@code key} in this request, read and kept first if there is none. */
    @SuppressWarnings("unchecked")
    public static <T> T remembered(String key, Supplier<T> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read.get();
        }
        String name = PREFIX + key;
        T known = (T) request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = read.get();
            request.setAttribute(name, known, RequestAttributes.SCOPE_REQUEST);
        }
        return known;
    }

    /** Forgets every value of this request whose key begins with {@code keyPrefix}. */
    public static void forget(String keyPrefix) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
            if (name.startsWith(PREFIX + keyPrefix)) {
                request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
            }
        }
    }
}
