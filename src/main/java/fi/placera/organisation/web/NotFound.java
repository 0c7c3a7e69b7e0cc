package fi.placera.organisation.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An admin page for a record that does not exist: the generic 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {
    NotFound() {
        super(null, null, false, false);
    }
}
