package fi.placera.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the running application over real HTTP: keeps cookies
 * (including {@code Secure} ones, as browsers do on localhost), follows no redirects, and fills in
 * the CSRF token of the last page it saw.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            fields.putIfAbsent("_csrf", csrfToken);
        }
        return postExactly(path, fields);
    }

    /** Posts exactly these fields, without adding the CSRF token. */
    public HttpResponse<String> postExactly(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return send(formPost(path, fields));
    }

    /**
     * Posts a form as a browser does from a page: with the page's address as the Referer ({@code pageAddress} is a
     * path of this site, or a whole address for a page elsewhere) and the CSRF token of the last page seen.
     */
    public HttpResponse<String> postFrom(String pageAddress, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            fields.putIfAbsent("_csrf", csrfToken);
        }
        String referer = pageAddress.startsWith("http") ? pageAddress : base + pageAddress;
        return send(formPost(path, fields).header("Referer", referer));
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Posts a JSON body, as an API client does, with any extra headers (e.g. the CSRF token) as name, value pairs. */
    public HttpResponse<String> postJson(String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** The first login step only: the password form. Returns the response to its POST. */
    public HttpResponse<String> logInWithPassword(String username, String password)
            throws IOException, InterruptedException {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    /**
     * A whole login as a demo account: password, then a fresh code from the authenticator. Returns the
     * last response (the redirect after the code, or the refusal of the password step).
     */
    public HttpResponse<String> logIn(String username, DemoUsers users) throws IOException, InterruptedException {
        HttpResponse<String> password = logInWithPassword(username, DemoUsers.PASSWORD);
        if (!password.headers().firstValue("Location").orElse("").endsWith("/mfa")) {
            return password;
        }
        get("/mfa");
        return post("/mfa", Map.of("code", users.nextTotpCode()));
    }

    /** The same browser talking to another node (another port): the same cookies, so the same session. */
    public WebSession continuedOn(int port) {
        WebSession other = new WebSession(port);
        other.cookies.putAll(cookies);
        other.csrfToken = csrfToken;
        return other;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(this::remember);
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals);
        String value = pair.substring(equals + 1);
        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
