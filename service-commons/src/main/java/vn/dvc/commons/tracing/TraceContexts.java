package vn.dvc.commons.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Carries a request's trace across the outbox and Kafka (W3C {@code traceparent} in the outbox record's headers, then
 * in the Kafka record's), and opens the spans of the two hops no library sees: the relay publishing a record and a
 * consumer's transaction applying it. With tracing off (the default: {@code quarkus.otel.sdk.disabled}) every call
 * here is a no-op.
 */
@ApplicationScoped
public class TraceContexts {

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private static final String TRACE_PARENT = "traceparent";

    private final OpenTelemetry telemetry;
    private final Tracer tracer;

    public TraceContexts(OpenTelemetry telemetry) {
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("vn.dvc.suite");
    }

    /** The current trace as headers ({@code traceparent}, {@code tracestate}); empty when there is none. */
    public Map<String, String> currentHeaders() {
        return headersOf(Context.current());
    }

    private Map<String, String> headersOf(Context context) {
        Map<String, String> headers = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(context, headers, Map::put);
        return headers;
    }

    /**
     * Opens the relay's span for one record, a child of the trace its headers carry; answers the span and the headers
     * that make the consumer's span its child.
     */
    public Publishing publishing(String topic, Map<String, String> headers) {
        Context parent = telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), headers, MAP);
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            return new Publishing(Span.getInvalid(), headers);
        }
        Span span = tracer.spanBuilder("outbox publish " + topic).setParent(parent).setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", topic).startSpan();
        Map<String, String> carried = new HashMap<>(headers);
        carried.putAll(headersOf(parent.with(span)));
        return new Publishing(span, carried);
    }

    /** The span of a consumer's transaction that applied a record: from its start to its commit. */
    public void applied(String consumer, ConsumerRecord<String, String> record, Instant started, Instant committed) {
        if (record.headers().lastHeader(TRACE_PARENT) == null) {
            return;
        }
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        Context parent = telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), headers, MAP);
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            return;
        }
        tracer.spanBuilder(consumer + " apply").setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setStartTimestamp(started).setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.destination.partition", record.partition())
                .setAttribute("messaging.kafka.message.offset", record.offset())
                .startSpan().end(committed);
    }

    /** A record's publishing span and the headers to send with it. */
    public record Publishing(Span span, Map<String, String> headers) {

        public void end(RuntimeException failure) {
            if (failure != null) {
                span.setStatus(StatusCode.ERROR, failure.getMessage());
            }
            span.end();
        }
    }
}
