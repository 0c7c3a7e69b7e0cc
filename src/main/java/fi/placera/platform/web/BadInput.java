package fi.placera.platform.web;

import java.sql.SQLException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Which failures are the request's fault rather than Placera's, and the status they answer with. */
final class BadInput {

    /** PostgreSQL's class 22, "data exception": a value it cannot hold (NUL in text, a date out of its range). */
    private static final String DATA_EXCEPTION = "22";

    private BadInput() {
    }

    /** 404 for a path variable that cannot be an id, 400 for another mistyped value or data the database refuses;
     *  null for anything else (a bug). */
    static HttpStatus statusOf(Exception error) {
        if (error instanceof MethodArgumentTypeMismatchException mistyped
                && mistyped.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return HttpStatus.NOT_FOUND;
        }
        if (error instanceof TypeMismatchException) {
            return HttpStatus.BAD_REQUEST;
        }
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(error);
        if (cause instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(DATA_EXCEPTION)) {
            return HttpStatus.BAD_REQUEST;
        }
        return null;
    }
}
