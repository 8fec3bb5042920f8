package org.xiaoneng.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes an RFC 9457 problem outside Spring MVC (from security filters), translated and with a reference id. */
@Component
class ProblemWriter {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, null, messageKey, locale));
        problem.setTitle(messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errorId", ErrorIds.next());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
