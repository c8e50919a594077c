package vn.dvc.commons.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code dvc_dependency_up{check="…"}}: 1 while a readiness check passes (the database, the broker, the channels),
 * 0 while it fails — the same checks as {@code /q/health/ready}, run every 10 seconds, so Prometheus can alert on a
 * dependency gone rather than only on a scrape that failed.
 */
@ApplicationScoped
public class ReadinessGauges {

    private final SmallRyeHealthReporter health;
    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> upByCheck = new ConcurrentHashMap<>();

    public ReadinessGauges(SmallRyeHealthReporter health, MeterRegistry registry) {
        this.health = health;
        this.registry = registry;
    }

    @Scheduled(every = "10s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        JsonObject readiness = health.getReadiness().getPayload();
        for (JsonValue check : readiness.getJsonArray("checks")) {
            JsonObject result = check.asJsonObject();
            upByCheck.computeIfAbsent(result.getString("name"), this::gauge)
                    .set("UP".equals(result.getString("status")) ? 1 : 0);
        }
    }

    private AtomicInteger gauge(String check) {
        AtomicInteger up = new AtomicInteger();
        Gauge.builder("dvc.dependency.up", up, AtomicInteger::get).tag("check", check)
                .description("1 while the readiness check passes").register(registry);
        return up;
    }
}
