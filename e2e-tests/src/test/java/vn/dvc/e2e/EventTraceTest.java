package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.dvc.e2e.OtlpReceiver.ReceivedSpan;

/**
 * One dossier event's whole path in one trace, exported by OTLP from every process: the gateway's span, dossier-service
 * handling the request, the outbox relay publishing the record, and kpi-service's transaction applying it — each a
 * descendant of the one before.
 */
class EventTraceTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void oneTraceFollowsAnEventFromTheGatewayToTheKpiConsumersTransaction() {
        String province = "TR-" + run;
        String department = province + ".SO";
        String service = "1.000002-" + run;
        RunningSuite.gateway();
        RunningSuite.provinceWithADepartmentAndAService(province, department, service);
        String traceId = HexFormat.of().formatHex(randomBytes(16));

        // the portal's own trace, continued by the suite
        given().header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .contentType(ContentType.JSON)
                .body("{\"eventId\":\"tr-" + run + "\",\"dossierId\":\"tr-d-" + run + "\",\"status\":\"RECEIVED\","
                        + "\"occurredAt\":\"2022-12-01T08:00:00+07:00\",\"unitCode\":\"" + department + "\",\"serviceCode\":\""
                        + service + "\",\"channel\":\"ONLINE\",\"dueAt\":\"2022-12-08T17:00:00+07:00\"}")
                .post("/api/v1/dossier-events").then().statusCode(202);

        OtlpReceiver traces = RunningSuite.traces();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> find(traces.trace(traceId),
                span -> span.service().equals("kpi-service") && span.name().equals("kpi-dossier-events apply")).isPresent());
        List<ReceivedSpan> trace = traces.trace(traceId);
        trace.stream().sorted((a, b) -> Long.compare(a.startNanos(), b.startNanos())).forEach(span -> System.out.printf(
                "trace %s: %-18s %-18s %-32s %8.2f ms  span %s parent %s%n", traceId, span.service(), span.kind(), span.name(),
                span.millis(), span.spanId(), span.parentSpanId()));

        ReceivedSpan gateway = find(trace, span -> span.service().equals("gateway") && span.kind().contains("SERVER")).orElseThrow();
        ReceivedSpan intake = find(trace, span -> span.service().equals("dossier-service") && span.kind().contains("SERVER")).orElseThrow();
        ReceivedSpan publish = find(trace, span -> span.name().equals("outbox publish dossier-events")).orElseThrow();
        ReceivedSpan applied = find(trace, span -> span.name().equals("kpi-dossier-events apply")).orElseThrow();
        Map<String, ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, span -> span));

        assertThat(descends(intake, gateway, byId)).as("dossier-service's span under the gateway's").isTrue();
        assertThat(descends(publish, intake, byId)).as("the relay's span under the intake's").isTrue();
        assertThat(applied.parentSpanId()).as("kpi's transaction under the relay's publishing").isEqualTo(publish.spanId());
        assertThat(publish.service()).isEqualTo("dossier-service");
    }

    private static boolean descends(ReceivedSpan span, ReceivedSpan ancestor, Map<String, ReceivedSpan> byId) {
        for (ReceivedSpan at = span; at != null; at = byId.get(at.parentSpanId())) {
            if (at.parentSpanId().equals(ancestor.spanId())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ReceivedSpan> find(List<ReceivedSpan> spans, Predicate<ReceivedSpan> wanted) {
        return spans.stream().filter(wanted).findFirst();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
