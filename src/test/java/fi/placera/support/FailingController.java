package fi.placera.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only route that fails the way a bug or a database outage would. */
@RestController
public class FailingController {

    /** Text that must never reach the user: an exception message with SQL and a canary value. */
    public static final String SECRET = "canary-131052-308T select * from client";

    @GetMapping({"/test-support/failure", "/api/v1/test-support/failure"})
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
