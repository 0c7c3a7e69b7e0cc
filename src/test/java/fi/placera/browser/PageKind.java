package fi.placera.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What makes two page views "the same page" for the accessibility scan (decision 0047): the path with its ids
 * left out, the names of the query parameters (not {@code lang}), who is looking (the links of the main
 * navigation, which differ by role), phone or desktop width, and the kinds of element in {@code main} (tag, id
 * without numbers or UUIDs, classes, role, type). The words on the page — its language, the client's name, how many
 * rows — are left out; a refused form, an alert or an empty list is another kind of page and is scanned on its own.
 */
final class PageKind {

    private static final String SCRIPT = """
            const plain = text => (text || '')
                .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{id}')
                .replace(/[0-9]+/g, '#');
            const query = [...new URLSearchParams(location.search).keys()].filter(name => name !== 'lang').sort();
            const role = [...document.querySelectorAll('.main-nav a')].map(link => link.getAttribute('href'));
            const kinds = new Set();
            // getAttribute, not .id: a form's .id is its field named "id" when it has one
            for (const element of (document.querySelector('main') || document.body).querySelectorAll('*')) {
              kinds.add(element.tagName + '#' + plain(element.getAttribute('id'))
                  + '.' + [...element.classList].sort().join('.')
                  + '[' + (element.getAttribute('role') || '') + '|' + (element.getAttribute('type') || '') + ']');
            }
            const kind = [plain(location.pathname) + '?' + query.join('&'), role.join(' '),
                window.innerWidth < 768 ? 'phone' : 'desktop', [...kinds].sort().join(' ')].join('\\n');
            // the language and the words too: one call to Chromium instead of three (decision 0055)
            return [kind, document.documentElement.getAttribute('lang'), document.body.innerText];""";

    private PageKind() {
    }

    /**
     * The page's kind, its {@code html[lang]} and the text it shows ({@code innerText}: what is rendered, without
     * the markup, as Selenium's {@code getText} gives it but without walking the page in a Selenium script).
     */
    static View of(JavascriptExecutor page) {
        List<?> view = (List<?>) page.executeScript(SCRIPT);
        return new View(String.valueOf(view.get(0)), (String) view.get(1), String.valueOf(view.get(2)));
    }

    record View(String kind, String language, String text) {
    }
}
