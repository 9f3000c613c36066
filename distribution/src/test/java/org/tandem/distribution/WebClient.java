package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the running distribution: keeps cookies, does not follow
 * redirects (tests look at them), reads the CSRF token of the last page, signs in.
 */
final class WebClient {

    /** What a first start prints: the administrator's one-time password. */
    static final Pattern ONE_TIME = Pattern.compile("with the one-time password (\\S+)");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([^\"]+)\"");

    final String base;
    final HttpClient http;
    private String lastPage = "";

    WebClient(int port) {
        this("http://127.0.0.1:" + port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
    }

    private WebClient(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The same browser (its cookies) on another instance at {@code port} of this host. */
    WebClient at(int port) {
        return new WebClient("http://127.0.0.1:" + port, http);
    }

    /** Waits for the administrator's one-time password on a first start, signs in and sets {@code password}. */
    static WebClient admin(TandemProcess p, int port, String password) throws Exception {
        String oneTime = p.await(ONE_TIME).group(1);
        p.await(Pattern.compile("ready at"));
        WebClient web = new WebClient(port);
        assertEquals(303, web.login("admin", oneTime).statusCode(), "sign-in with the one-time password");
        web.get("/password");
        HttpResponse<String> changed = web.post("/password", form("current", oneTime, "password", password));
        assertEquals(303, changed.statusCode(), changed.body());
        return web;
    }

    HttpResponse<String> login(String name, String password) throws IOException, InterruptedException {
        get("/login");
        return post("/login", form("name", name, "password", password, "nonce", value(NONCE)));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return remember(http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** GETs with the given headers (name, value, ...), e.g. Accept-Language. */
    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return remember(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** POSTs a form, adding the CSRF token of the last page unless the form has one. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (!all.containsKey("csrf") && CSRF.matcher(lastPage).find()) {
            all.put("csrf", value(CSRF));
        }
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return remember(http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Sends JSON (or any text) with {@code method}, and the given headers (name, value, ...). */
    HttpResponse<String> json(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]); // a Content-Type given here replaces the JSON one
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token on the last page. */
    String csrf() {
        return value(CSRF);
    }

    String lastPage() {
        return lastPage;
    }

    static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            lastPage = response.body();
        }
        return response;
    }

    private String value(Pattern pattern) {
        Matcher m = pattern.matcher(lastPage);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " on the last page:\n" + lastPage);
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
