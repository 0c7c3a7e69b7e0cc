package fi.placera.browser;

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
            return [plain(location.pathname) + '?' + query.join('&'), role.join(' '),
                window.innerWidth < 768 ? 'phone' : 'desktop', [...kinds].sort().join(' ')].join('\\n');""";

    private PageKind() {
    }

    static String of(JavascriptExecutor page) {
        return String.valueOf(page.executeScript(SCRIPT));
    }
}
