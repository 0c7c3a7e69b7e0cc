package fi.placera.testing;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only pages with known faults (accessibility, a raw message key, a foreign language), to prove the browser
 * harness catches them. */
@RestController
class InaccessiblePageController {

    @GetMapping(value = "/test-support/inaccessible", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"/x.png\">"
                + "<input type=\"text\"></body></html>";
    }

    /** Well-formed, but a message key is shown as such. */
    @GetMapping(value = "/test-support/untranslated", produces = MediaType.TEXT_HTML_VALUE)
    String untranslated() {
        return "<!DOCTYPE html><html lang=\"fi\"><head><title>x</title></head><body><main><h1>x</h1>"
                + "<p>clients.form.first-name</p></main></body></html>";
    }

    /** Well-formed, but in a language Placera does not speak. */
    @GetMapping(value = "/test-support/foreign-language", produces = MediaType.TEXT_HTML_VALUE)
    String foreignLanguage() {
        return "<!DOCTYPE html><html lang=\"de\"><head><title>x</title></head><body><main><h1>Guten Tag</h1>"
                + "</main></body></html>";
    }
}
