package org.xiaoneng.notification.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xiaoneng.notification.Channel;

import tools.jackson.databind.ObjectMapper;

/**
 * SMS through an HTTP gateway ({@code xiaoneng.notification.sms.url}): a JSON {@code POST} of {@code to}, {@code text}
 * and {@code requestId} (the row's stable message id, for the gateway to recognise a retry), with the token in a
 * header. Any answer other than 2xx is a failed attempt. Off when no URL is set.
 */
@Component
class SmsSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

    private final NotificationProperties.Sms sms;
    private final ObjectMapper json;
    private final HttpClient http;

    SmsSender(NotificationProperties properties, ObjectMapper json) {
        this.sms = properties.sms();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(sms.timeout()).build();
        if (!sms.enabled()) {
            log.info("No SMS gateway configured (xiaoneng.notification.sms.url): SMS notifications will be SKIPPED");
        }
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean enabled() {
        return sms.enabled();
    }

    @Override
    public void send(OutgoingMessage message) throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", message.address());
        body.put("text", message.title() + "\n" + message.body());
        body.put("requestId", message.messageId().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sms.url()))
                .timeout(sms.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (sms.token() != null) {
            request.header(sms.tokenHeader(), sms.token());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("SMS gateway answered " + response.statusCode());
        }
    }
}
