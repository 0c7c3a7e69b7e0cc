package fi.placera.testing;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only route that fails the way a bug or a database outage would. */
@RestController
public class FailingController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FailingController.class);

    /** Text that must never reach the user: an exception message with SQL and a canary value. */
    public static final String SECRET = "canary-131052-308T select * from client";

    @GetMapping({"/test-support/failure", "/api/v1/test-support/failure"})
    String fail() {
        log.warn("failing on purpose");
        throw new IllegalStateException(SECRET);
    }
}
