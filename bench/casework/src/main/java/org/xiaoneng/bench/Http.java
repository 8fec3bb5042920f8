package org.xiaoneng.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK's HTTP client (HTTP/1.1, keep-alive, a fixed pool of platform threads) and a staff session on it.
 *
 * <p>How staff clients authenticate here (platform SecurityConfiguration): either HTTP Basic on every request (no
 * CSRF), or a form sign-in whose session cookie then needs the CSRF token on every state-changing request. Basic
 * checks the bcrypt password hash on every request (~0.1 s of CPU each), so a clerk's desk — the browser — and this
 * bench use the session: sign in once at {@code /login}, read the token the console puts in its {@code hx-headers},
 * send it as a header with the JSON body.
 */
final class Http {

    record Response(int status, String body) {
    }

    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CONSOLE_CSRF = Pattern.compile(
            "hx-headers=\"\\{&quot;([^&]+)&quot;: &quot;([^&]+)&quot;\\}\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient client;
    private final ExecutorService executor;
    private final String base;

    Http(String base, int threads) {
        this.base = base;
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "http-client");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5))
                .executor(executor).build();
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30)).build());
    }

    /** A GET with HTTP Basic, as a script or department system may call /api/v1. */
    Response getBasic(String path, String account, String password) throws IOException, InterruptedException {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json").build());
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    /** Signs {@code account} in with a form, as a browser does, and returns the session with its CSRF token. */
    Session signIn(String account, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page, null);
        String loginToken = group(LOGIN_CSRF, page.body(), 1, "the sign-in form's _csrf field");
        String form = "username=" + enc(account) + "&password=" + enc(password) + "&_csrf=" + enc(loginToken);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + account + " failed: " + login.statusCode() + " " + location);
        }
        cookie = sessionCookie(login, cookie);
        HttpResponse<String> console = client.send(HttpRequest.newBuilder(URI.create(base + "/console"))
                .header("Cookie", "JSESSIONID=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (console.statusCode() != 200) {
            throw new IllegalStateException("the console answered " + console.statusCode() + " to " + account);
        }
        Matcher m = CONSOLE_CSRF.matcher(console.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the console page of " + account);
        }
        return new Session(account, "JSESSIONID=" + cookie, m.group(1), m.group(2));
    }

    /** A signed-in staff member: the session cookie and the CSRF header that goes with it. */
    final class Session {
        final String account;
        private final String cookie;
        private final String csrfHeader;
        private final String csrfToken;

        private Session(String account, String cookie, String csrfHeader, String csrfToken) {
            this.account = account;
            this.cookie = cookie;
            this.csrfHeader = csrfHeader;
            this.csrfToken = csrfToken;
        }

        /** POSTs JSON; {@code headers} are extra name, value pairs. */
        Response post(String path, String json, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Cookie", cookie).header(csrfHeader, csrfToken)
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return send(request.build());
        }
    }

    private static String sessionCookie(HttpResponse<?> response, String previous) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        for (String c : cookies) {
            Matcher m = SESSION.matcher(c);
            if (m.find()) {
                return m.group(1);
            }
        }
        if (previous == null) {
            throw new IllegalStateException("no session cookie from " + response.uri());
        }
        return previous;
    }

    static String group(Pattern pattern, String text, int group, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + what);
        }
        return m.group(group);
    }

    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern FIRST_VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    /** The case's id: the first "id" of a CaseView (records serialise in component order, id first). */
    static long caseId(Response r) {
        return Long.parseLong(group(FIRST_ID, r.body(), 1, "the case id"));
    }

    /** The case's version: the first "version" of a CaseView (nothing nested before it has one). */
    static int caseVersion(Response r) {
        return Integer.parseInt(group(FIRST_VERSION, r.body(), 1, "the case version"));
    }

    static Response expect(Response r, int status, String what) {
        if (r.status() != status) {
            String body = r.body().length() > 300 ? r.body().substring(0, 300) + "..." : r.body();
            throw new IllegalStateException(what + " answered " + r.status() + " (expected " + status + "): " + body);
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
