package vn.dvc.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A measurement system's receiver inside the test JVM ({@code POST /emc}): it answers 503 to the first attempts of
 * each Idempotency-Key (or to everything while refusing), then 200 — and keeps every attempt for the test to read.
 */
final class EmcReceiver {

    /** One attempt as it arrived, and what it was answered. */
    record Attempt(String idempotencyKey, String authorization, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final AtomicInteger refuseFirst = new AtomicInteger(0);
    private final AtomicBoolean refuseAll = new AtomicBoolean(false);
    private final AtomicBoolean echo = new AtomicBoolean(false);

    EmcReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/emc", exchange -> {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int attempt = seen.computeIfAbsent(String.valueOf(key), k -> new AtomicInteger()).incrementAndGet();
            int status = refuseAll.get() || attempt <= refuseFirst.get() ? 503 : 200;
            attempts.add(new Attempt(key, exchange.getRequestHeaders().getFirst("Authorization"), body, status));
            String text = status == 200 ? "{\"accepted\":true}" : "{\"error\":\"busy\"}";
            if (echo.get()) {
                // a careless receiver: it answers the request's headers back, then a megabyte of log
                text = "Authorization: " + exchange.getRequestHeaders().getFirst("Authorization") + "\n{\"token\":\""
                        + exchange.getRequestHeaders().getFirst("Authorization").replace("Bearer ", "") + "\"}\n" + "x".repeat(1 << 20);
            }
            byte[] answer = text.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/emc";
    }

    void refuseFirstAttempts(int count) {
        refuseFirst.set(count);
    }

    void echoRequests(boolean echoing) {
        echo.set(echoing);
    }

    void refuseEverything(boolean refuse) {
        refuseAll.set(refuse);
    }

    List<Attempt> attemptsOf(String keyPrefix) {
        return attempts.stream().filter(attempt -> attempt.idempotencyKey() != null
                && attempt.idempotencyKey().startsWith(keyPrefix)).toList();
    }
}
