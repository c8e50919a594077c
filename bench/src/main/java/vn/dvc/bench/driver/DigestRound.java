package vn.dvc.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.UnitSpec;

/**
 * The reminders' daily digest for every unit of the province (README "Reminders"): each unit subscribed with a webhook
 * to a receiver in this JVM, its digest time a minute ago; then the time until reporting-service has made every
 * unit's digest (the making job's own span: from the first digest stored to the last) and until every one with
 * something to tell has reached the receiver. Digests go out on working days only: on a weekend, nothing to measure.
 */
public final class DigestRound {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private DigestRound() {
    }

    public static Map<String, Object> measure(GatewayClient gateway, Province province) {
        Map<String, Object> figures = new LinkedHashMap<>();
        ZonedDateTime now = ZonedDateTime.now(LOCAL);
        if (Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(now.getDayOfWeek()) || now.toLocalTime().isBefore(LocalTime.of(0, 2))) {
            figures.put("measured", false);
            figures.put("why", "not a working day (or just after midnight): no digest is due");
            return figures;
        }
        Set<String> delivered = ConcurrentHashMap.newKeySet();
        HttpServer receiver = receiver(delivered);
        try {
            String digestAt = now.toLocalTime().minusMinutes(1).format(DateTimeFormatter.ofPattern("HH:mm"));
            List<UnitSpec> units = province.units();
            for (UnitSpec unit : units) {
                subscribe(gateway, unit.code(), Map.of("webhookUrl", "http://127.0.0.1:" + receiver.getAddress().getPort()
                        + "/hook", "webhookSecret", "bench-secret-0123456789", "digestAt", digestAt));
            }
            long subscribed = System.nanoTime();
            Instant deadline = Instant.now().plus(TIMEOUT);
            Made made = made(gateway, province.root().code());
            while (made.units() < units.size() && Instant.now().isBefore(deadline)) {
                ReferenceData.pause(Duration.ofSeconds(1));
                made = made(gateway, province.root().code());
            }
            double allMadeSeconds = (System.nanoTime() - subscribed) / 1e9;
            long toSend = made.withSomethingToTell();
            while (delivered.size() < toSend && Instant.now().isBefore(deadline)) {
                ReferenceData.pause(Duration.ofMillis(200));
            }
            figures.put("measured", true);
            figures.put("units", units.size());
            figures.put("digestsMade", made.units());
            figures.put("withSomethingToTell", toSend);
            figures.put("deliveredToWebhook", delivered.size());
            figures.put("makingSpanSeconds", round((made.lastMadeAt().toEpochMilli() - made.firstMadeAt().toEpochMilli()) / 1e3));
            figures.put("subscribedToAllMadeSeconds", round(allMadeSeconds));
            figures.put("subscribedToAllDeliveredSeconds", round((System.nanoTime() - subscribed) / 1e9));
            return figures;
        } finally {
            receiver.stop(0);
        }
    }

    private static void subscribe(GatewayClient gateway, String unit, Map<String, Object> subscription) {
        for (int attempt = 0; attempt < 20; attempt++) {
            GatewayClient.Answer answer = gateway.put("ops", "/reminders/subscriptions/" + unit, GatewayClient.toJson(subscription));
            if (answer.ok()) {
                return;
            }
            ReferenceData.pause(Duration.ofSeconds(answer.retryAfter() == null ? 1 : Long.parseLong(answer.retryAfter())));
        }
        throw new IllegalStateException("The subscription of " + unit + " was refused");
    }

    /** Every unit's digest of today made so far under the root (its slots listed newest first, 500 a page). */
    private static Made made(GatewayClient gateway, String root) {
        Set<String> units = new java.util.HashSet<>();
        long withSomething = 0;
        Instant first = null;
        Instant last = null;
        for (int page = 0; ; page++) {
            GatewayClient.Answer answer = gateway.get("ops", "/reminders/deliveries?unit=" + root + "&size=500&page=" + page);
            if (!answer.ok()) {
                break;
            }
            JsonNode rows = answer.json();
            for (JsonNode row : rows) {
                if (!row.path("type").asText().equals("DIGEST")) {
                    continue;
                }
                units.add(row.path("unit").asText());
                withSomething += row.path("status").asText().equals("NOTHING") ? 0 : 1;
                Instant at = Instant.parse(row.path("createdAt").asText());
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
            if (rows.size() < 500) {
                break;
            }
        }
        return new Made(units.size(), withSomething, first == null ? Instant.EPOCH : first, last == null ? Instant.EPOCH : last);
    }

    private record Made(int units, long withSomethingToTell, Instant firstMadeAt, Instant lastMadeAt) {
    }

    private static HttpServer receiver(Set<String> delivered) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                exchange.getRequestBody().readAllBytes();
                if (key != null && key.contains(":DIGEST:")) {
                    delivered.add(key);
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
