package fi.placera.platform;

/**
 * The one way to say "not found": a record that does not exist, and one the user may not see, which must look exactly
 * the same (a 404 page or an {@code api.not-found} problem, answered by the web layer). Domain and
 * {@code internal} code throws this rather than an HTTP type, so that it does not know it is called over HTTP.
 */
public class NotFound extends RuntimeException {

    public NotFound() {
        // no message and no stack trace: nothing to log, and refusals of probing requests stay cheap
        super(null, null, false, false);
    }
}
