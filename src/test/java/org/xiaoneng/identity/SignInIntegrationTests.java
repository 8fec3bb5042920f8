package org.xiaoneng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.identity.IdentityTestSupport.DEMO_PASSWORD;
import static org.xiaoneng.identity.IdentityTestSupport.TEST_PASSWORD;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.apache.catalina.Context;
import org.hamcrest.Matchers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.IntegrationTest;

/** Signing in with the demo accounts, through the form and with HTTP Basic, and what the platform sends back. */
@IntegrationTest
@RecordApplicationEvents
class SignInIntegrationTests {

    static final String[] DEMO_ACCOUNTS = {"admin", "clerk1", "handler1", "handler2", "reviewer1", "approver1",
        "approver2", "deptadmin1", "supervisor1", "leader1"};

    @Autowired
    MockMvc mvc;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationEvents events;

    @Value("${local.server.port}")
    int port;

    @Test
    void demoAccountsSignInThroughTheFormAndLandOnTheConsole() throws Exception {
        for (String account : new String[] {"clerk1", "deptadmin1", "supervisor1"}) {
            mvc.perform(formLogin("/login").user(account).password(DEMO_PASSWORD))
                    .andExpect(authenticated().withUsername(account))
                    .andExpect(redirectedUrl("/console"));
        }
        assertThat(events.stream(LoginSucceeded.class)).extracting(LoginSucceeded::account, LoginSucceeded::method)
                .contains(tuple("clerk1", "form"));
    }

    @Test
    void everyDemoAccountSignsInWithHttpBasic() throws Exception {
        for (String account : DEMO_ACCOUNTS) {
            mvc.perform(get("/api/v1/identity/me").with(httpBasic(account, DEMO_PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.account").value(account));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithTheFailedMessageAndAudited() throws Exception {
        IdentityTestSupport.createAccount(mvc, "signin-wrong");
        MvcResult result = mvc.perform(formLogin("/login").user("signin-wrong").password("Not-The-One1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(Matchers.containsString("账号或密码错误")));
        assertThat(events.stream(LoginFailed.class))
                .anyMatch(e -> "signin-wrong".equals(e.account()) && e.failedAttempts() == 1
                        && e.reason() == LoginFailed.Reason.BAD_CREDENTIALS && e.method().equals("form"));
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("signin-wrong", "Not-The-One1")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(formLogin("/login").user("signin-wrong").password(TEST_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void anUnknownAccountIsRefusedWithoutRecordingWhatWasTyped() throws Exception {
        mvc.perform(formLogin("/login").user("Secret-Typed-Here1").password("whatever"))
                .andExpect(unauthenticated());
        assertThat(events.stream(LoginFailed.class)).anyMatch(e -> e.account() == null
                && !e.recordId().contains("Secret") && e.actor().account().equals("anonymous"));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        IdentityTestSupport.createAccount(mvc, "signin-gone");
        mvc.perform(post("/api/v1/identity/accounts/signin-gone/deactivate").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(formLogin("/login").user("signin-gone").password(TEST_PASSWORD)).andExpect(unauthenticated());
        mvc.perform(get("/api/v1/identity/me").with(httpBasic("signin-gone", TEST_PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(events.stream(LoginFailed.class))
                .anyMatch(e -> "signin-gone".equals(e.account()) && e.reason() == LoginFailed.Reason.DISABLED);
        mvc.perform(post("/api/v1/identity/accounts/signin-gone/reactivate").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(formLogin("/login").user("signin-gone").password(TEST_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void anApiPostOnASessionNeedsTheCsrfTokenButHttpBasicDoesNot() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("admin").password(DEMO_PASSWORD))
                .andExpect(authenticated()).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        String body = """
                {"username": "%s", "displayName": "CSRF", "password": "Xn-Csrf!2026"}""";
        mvc.perform(post("/api/v1/identity/accounts").session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("csrf-session")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/identity/accounts/csrf-session").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/identity/accounts").session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("csrf-session")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/identity/accounts").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("csrf-basic")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/identity/accounts/csrf-basic"));
    }

    @Test
    void pagesCarryTheSecureHeaders() throws Exception {
        for (String page : new String[] {"/login", "/console/identity/password"}) {
            var request = get(page);
            if (page.startsWith("/console")) {
                request = request.with(httpBasic("clerk1", DEMO_PASSWORD));
            }
            mvc.perform(request)
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Security-Policy",
                            Matchers.allOf(Matchers.containsString("default-src 'self'"),
                                    Matchers.containsString("frame-ancestors 'none'"))));
        }
    }

    @Test
    void sessionsTimeOutAfterThirtyIdleMinutes() throws Exception {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        // the real server, not MockMvc: sign in and ask Tomcat how long the session lives
        var cookies = new CookieManager();
        var client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        String form = "username=clerk1&password=" + URLEncoder.encode(DEMO_PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + matcher.group(1);
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        var tomcat = (TomcatWebServer) webServer();
        var context = (Context) tomcat.getTomcat().getHost().findChildren()[0];
        assertThat(context.getSessionTimeout()).isEqualTo(30);
        String sessionId = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
        assertThat(context.getManager().findSession(sessionId).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Autowired
    WebServerApplicationContext applicationContext;

    private WebServer webServer() {
        return applicationContext.getWebServer();
    }
}
