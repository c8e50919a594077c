package vn.dvc.kpi.emc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import vn.dvc.kpi.model.EmcPage;
import vn.dvc.kpi.model.EmcRow;
import vn.dvc.kpi.service.IndicatorViews;
import vn.dvc.kpi.store.EmcPushStore.Claimed;
import vn.dvc.kpi.store.EmcPushStore.Queued;
import vn.dvc.kpi.store.EmcPushStore;
import vn.dvc.problem.Causes;
import vn.dvc.problem.ProblemException;

/**
 * Pushes each unit's indicators to the measurement system (docs/emc-push.md): a slot's deliveries are queued once,
 * durably, with the figures as they stood; each is sent with its own Idempotency-Key until a 2xx answer, refused ones
 * again after an exponential, jittered wait, and given up (a metric, the bulletin) after a day. At least once: a
 * delivery whose sender died is sent again when its lease ends, with the same key, for the receiver to drop.
 */
@ApplicationScoped
@Startup
public class EmcPusher {

    private static final Logger LOG = Logger.getLogger(EmcPusher.class);
    private static final int UNITS_PER_PAGE = 200;

    private final EmcPushSettings settings;
    private final EmcPushStore store;
    private final IndicatorViews views;
    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Counter> attempts = new LinkedHashMap<>();

    public EmcPusher(EmcPushSettings settings, EmcPushStore store, IndicatorViews views, ObjectMapper json,
                     MeterRegistry registry) {
        this.settings = settings;
        this.store = store;
        this.views = views;
        this.json = json;
        for (String outcome : List.of("delivered", "refused", "failed")) {
            attempts.put(outcome, Counter.builder("dvc_emc_push_attempts_total")
                    .description("Deliveries to the measurement system, by outcome (failed = given up)")
                    .tag("outcome", outcome).register(registry));
        }
        Gauge.builder("dvc_emc_push_failed_last_day", () -> store.failedSince(Instant.now().minus(Duration.ofDays(1))))
                .description("Deliveries given up in the last 24 hours").register(registry);
    }

    @Scheduled(every = "1m", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void queueTheDailySlot() {
        if (!settings.scheduled() || settings.url().isEmpty()) {
            return;
        }
        Instant slot = settings.schedule().latestSlot(Instant.now());
        if (store.slotQueued(slot)) {
            return;
        }
        try {
            int queued = queue(slot, "SCHEDULED", null, settings.schedule().periodsOf(slot));
            LOG.infof("Measurement-system push for %s queued: %d deliveries", slot, queued);
        } catch (RuntimeException failure) {
            if (!Causes.isDuplicateKey(failure)) {
                LOG.warnf("The push for %s was not queued (next try in a minute): %s", slot, failure.getMessage());
            }
        }
    }

    /** An ops push now, outside the schedule: its own slot (now), so its deliveries are new ones. */
    public Pushed pushNow(String unitCode, List<PushSchedule.Period> periods) {
        if (settings.url().isEmpty()) {
            throw ProblemException.unprocessable("url", "no receiver is configured (kpi.emc-push.url)");
        }
        Instant slot = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<PushSchedule.Period> asked = periods.isEmpty() ? settings.schedule().periodsOf(slot) : periods;
        return new Pushed(slot, queue(slot, "ON_DEMAND", unitCode, asked));
    }

    private int queue(Instant slot, String kind, String unitCode, List<PushSchedule.Period> periods) {
        List<Queued> deliveries = new ArrayList<>();
        FieldNames names = new FieldNames(settings.fieldNames());
        for (PushSchedule.Period period : periods) {
            for (int page = 0; ; page++) {
                EmcPage rows = views.emc(unitCode, period.from(), period.to(), page, UNITS_PER_PAGE);
                Map<String, List<EmcRow>> byUnit = new LinkedHashMap<>();
                rows.rows().forEach(row -> byUnit.computeIfAbsent(row.unitCode(), unit -> new ArrayList<>()).add(row));
                byUnit.forEach((unit, unitRows) -> deliveries.add(new Queued(keyOf(unit, period, slot), unit, period,
                        payloadOf(names, unit, period, slot, unitRows))));
                if ((long) (page + 1) * UNITS_PER_PAGE >= rows.totalUnits()) {
                    break;
                }
            }
        }
        store.queue(slot, kind, deliveries, Instant.now(), settings.giveUpAfter());
        return deliveries.size();
    }

    static String keyOf(String unitCode, PushSchedule.Period period, Instant slot) {
        return "dvc-emc:" + unitCode + ":" + period.from() + ":" + period.to() + ":" + slot;
    }

    private String payloadOf(FieldNames names, String unitCode, PushSchedule.Period period, Instant slot, List<EmcRow> rows) {
        ObjectNode payload = json.createObjectNode();
        payload.put("unitCode", unitCode);
        payload.put("from", period.from().toString());
        payload.put("to", period.to().toString());
        payload.put("slot", slot.toString());
        payload.set("rows", json.valueToTree(rows));
        try {
            return json.writeValueAsString(names.apply(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A push payload could not be written", e);
        }
    }

    @Scheduled(every = "${kpi.emc-push.poll-every:5s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        if (settings.url().isEmpty()) {
            return;
        }
        List<Claimed> due = store.claimDue(Instant.now(), settings.batch(), settings.timeout().multipliedBy(3));
        due.forEach(this::deliver);
    }

    private void deliver(Claimed delivery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url().orElseThrow()))
                .timeout(settings.timeout()).header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", delivery.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()));
        settings.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        Integer status = null;
        String answer;
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            answer = ReceiverAnswers.kept(ReceiverAnswers.read(response.body()), settings.token());
        } catch (HttpTimeoutException timeout) {
            answer = "no answer within " + settings.timeout().toSeconds() + " s";
        } catch (ConnectException refused) {
            answer = "connection refused";
        } catch (IOException failure) {
            answer = "no answer: the connection failed";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        Instant now = Instant.now();
        if (status != null && status / 100 == 2) {
            store.delivered(delivery.id(), now, status, answer);
            attempts.get("delivered").increment();
            return;
        }
        Instant next = now.plus(settings.backoff().after(delivery.attempts() + 1, ThreadLocalRandom.current()::nextDouble));
        boolean giveUp = next.isAfter(delivery.giveUpAt());
        store.refused(delivery.id(), now, status, answer, next, giveUp);
        attempts.get(giveUp ? "failed" : "refused").increment();
        if (giveUp) {
            LOG.warnf("Push %s given up after %d attempts (last answer %s)", delivery.idempotencyKey(),
                    delivery.attempts() + 1, status == null ? answer : status);
        }
    }

    /**
     * A receiver reached over plain http would be sent the token and the figures in clear: outside development and
     * tests ({@code kpi.emc-push.allow-plain-http}) the service does not start with one.
     */
    void requireHttps(@Observes StartupEvent started) {
        if (plainHttpRefused(settings.url(), settings.allowPlainHttp())) {
            throw new IllegalStateException("kpi.emc-push.url must be an https:// address (the token and the figures "
                    + "would travel in clear); set kpi.emc-push.allow-plain-http=true only for a test receiver");
        }
    }

    static boolean plainHttpRefused(Optional<String> url, boolean allowPlainHttp) {
        return url.filter(address -> !address.regionMatches(true, 0, "https://", 0, 8)).isPresent() && !allowPlainHttp;
    }

    public record Pushed(Instant slot, int queued) {
    }
}
