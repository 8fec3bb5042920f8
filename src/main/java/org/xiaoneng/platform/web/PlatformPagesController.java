package org.xiaoneng.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public portal's landing page, the sign-in page and the staff console's home. */
@Controller
class PlatformPagesController {

    static final String PORTAL_HOME = "portal/home";
    static final String LOGIN = "login";
    static final String CONSOLE_HOME = "console/home";

    @GetMapping("/")
    String portalHome() {
        return PORTAL_HOME;
    }

    @GetMapping("/login")
    String login() {
        return LOGIN;
    }

    @GetMapping("/console")
    String consoleHome() {
        return CONSOLE_HOME;
    }
}
