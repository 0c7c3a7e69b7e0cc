package fi.placera.testing;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only page with known accessibility faults, to prove the browser harness catches them. */
@RestController
class InaccessiblePageController {

    @GetMapping(value = "/test-support/inaccessible", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"/x.png\">"
                + "<input type=\"text\"></body></html>";
    }
}
