package org.xiaoneng.notification.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local SMS gateway: records every request (with its token header and answer) and answers 503 to a number as many
 * times as {@link #failNext} says, 200 otherwise.
 */
final class StubSmsGateway {

    record Received(String to, String text, String requestId, String token, int answer) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    StubSmsGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    void failNext(String to, int times) {
        failures.put(to, new AtomicInteger(times));
    }

    List<Received> to(String to) {
        return received.stream().filter(r -> r.to().equals(to)).toList();
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String to = body.get("to").asString();
        AtomicInteger left = failures.get(to);
        int answer = left != null && left.getAndDecrement() > 0 ? 503 : 200;
        String token = exchange.getRequestHeaders().getFirst("X-Api-Token");
        received.add(new Received(to, body.get("text").asString(), body.get("requestId").asString(),
                token == null ? "" : token, answer));
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }
}
