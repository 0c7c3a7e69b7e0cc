package fi.placera.organisation.internal;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a staff member belongs to, kept for the rest of the request that read it: one page asks it from several places
 * (who may read what, which teams to offer, whether the asked team is the user's), and it does not change while the
 * page is made (issue 25: the outcome report page read the user's teams three times). A change of the organisation in
 * the same request forgets it all, so that what the request shows after a save is read afresh. Outside a request
 * (scheduled jobs, the generator) every read goes to the database.
 */
final class PerRequest {

    private static final String PREFIX = PerRequest.class.getName() + ".";

    private PerRequest() {
    }

    @SuppressWarnings("unchecked")
    static <T> T remembered(String key, Supplier<T> read) {
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

    static void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
            if (name.startsWith(PREFIX)) {
                request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
            }
        }
    }

}
