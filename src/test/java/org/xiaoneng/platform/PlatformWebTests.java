package org.xiaoneng.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;

/** The platform's promises to every page and API: language, errors with a reference id, secure headers. */
@IntegrationTest
class PlatformWebTests {

    @Autowired
    MockMvc mvc;

    @Test
    void portalIsPublicAndChineseByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("一道门办完所有手续")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void englishIsChosenByParameterAndRemembered() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("One door for every formality")))
                .andExpect(cookie().value("xn-lang", "en"));
        mvc.perform(get("/").cookie(new Cookie("xn-lang", "en")))
                .andExpect(content().string(containsString("One door for every formality")));
    }

    @Test
    void apiWithoutLoginAnswersProblemJsonInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/anything"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("请先登录。"))
                .andExpect(jsonPath("$.errorId").value(matchesPattern("[0-9A-F]{10}")));
        mvc.perform(get("/api/v1/anything").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(jsonPath("$.detail").value("Please sign in first."));
    }

    @Test
    void aWrongContentTypeIsA415InTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/identity/accounts")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("admin", "Demo@2026"))
                        .contentType("text/plain").content("username=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("不支持该内容格式，请以 JSON（application/json）或表单提交。"));
    }

    @Test
    void aWrongMethodIsA405NamingTheAllowedOnes() throws Exception {
        mvc.perform(delete("/api/v1/public/cases/2026SWJ0000001").param("queryCode", "ABCDEFGH")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void consoleRedirectsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/console"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void healthAndApiDocsArePublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
    }
}
