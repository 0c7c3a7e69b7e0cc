package fi.placera.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for sign-ins that cross sites (Placera and an identity provider): follows redirects
 * (a POST answered by a redirect becomes a GET, as browsers do) and keeps each site's cookies apart by host and port,
 * sending them back whether or not they are {@code Secure}, as browsers do on localhost, and posts a form with the
 * CSRF token of the last page it saw of that site. It remembers every address it
 * visited, so that a test can replay one.
 */
public final class Browser {

    private static final int MAX_REDIRECTS = 20;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
    private final List<URI> visited = new ArrayList<>();
    private final Map<String, String> csrfTokens = new LinkedHashMap<>();

    /** Opens the address and follows its redirects; the last response. */
    public HttpResponse<String> open(String address) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(URI.create(address)).GET());
    }

    /** Posts a form to the address, with the CSRF token of the site's last page, and follows the redirects. */
    public HttpResponse<String> post(String address, Map<String, String> form) throws IOException, InterruptedException {
        URI uri = URI.create(address);
        Map<String, String> fields = new LinkedHashMap<>(form);
        String token = csrfTokens.get(site(uri));
        if (token != null) {
            fields.putIfAbsent("_csrf", token);
        }
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Every address this browser requested, in order. */
    public List<URI> visited() {
        return List.copyOf(visited);
    }

    /** The first visited address whose path starts so. */
    public URI visitedPath(String pathPrefix) {
        return visited.stream().filter(uri -> uri.getPath().startsWith(pathPrefix)).findFirst().orElseThrow();
    }

    private HttpResponse<String> follow(HttpRequest.Builder first) throws IOException, InterruptedException {
        HttpResponse<String> response = send(first);
        for (int redirects = 0; isRedirect(response) && redirects < MAX_REDIRECTS; redirects++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        URI uri = built.uri();
        visited.add(uri);
        Map<String, String> site = cookies.computeIfAbsent(site(uri), key -> new LinkedHashMap<>());
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(built, (name, value) -> true)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (!site.isEmpty()) {
            withCookies.header("Cookie", site.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                site.remove(name);
            } else {
                site.put(name, value);
            }
        }
        Matcher csrf = CSRF.matcher(response.body());
        if (csrf.find()) {
            csrfTokens.put(site(uri), csrf.group(1));
        }
        return response;
    }

    private static String site(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    private static boolean isRedirect(HttpResponse<String> response) {
        return response.statusCode() >= 300 && response.statusCode() < 400
                && response.headers().firstValue("Location").isPresent();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
