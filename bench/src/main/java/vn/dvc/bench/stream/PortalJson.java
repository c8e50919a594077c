package vn.dvc.bench.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.dvc.bench.stream.PortalItem.DossierEvent;
import vn.dvc.bench.stream.PortalItem.DossierTotal;
import vn.dvc.bench.stream.PortalItem.Payment;
import vn.dvc.bench.stream.PortalItem.ReportSubmission;

/**
 * Writes items as the gateway's endpoints take them (README, "Dossier intake"): a batch as a JSON array, times ISO-8601 at +07:00,
 * absent fields left out. Streams through Jackson's generator: a batch of 1,000 events is a few hundred kilobytes.
 */
public final class PortalJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(LocalClock.ZONE);

    private PortalJson() {
    }

    public static byte[] array(List<? extends PortalItem> items) {
        return write(json -> {
            json.writeStartArray();
            for (PortalItem item : items) {
                writeItem(json, item);
            }
            json.writeEndArray();
        });
    }

    public static byte[] single(PortalItem item) {
        return write(json -> writeItem(json, item));
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    private interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8_192);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeItem(JsonGenerator json, PortalItem item) throws IOException {
        json.writeStartObject();
        if (item instanceof DossierEvent event) {
            field(json, "eventId", event.eventId());
            field(json, "dossierId", event.dossierId());
            field(json, "status", event.status());
            field(json, "occurredAt", time(event.at()));
            field(json, "unitCode", event.unitCode());
            field(json, "receivedAtUnitCode", event.receivedAtUnitCode());
            field(json, "serviceCode", event.serviceCode());
            field(json, "channel", event.channel());
            field(json, "dueAt", event.dueAt() == null ? null : time(event.dueAt()));
            field(json, "newDueAt", event.newDueAt() == null ? null : time(event.newDueAt()));
            field(json, "inputsDigitised", event.inputsDigitised());
            field(json, "feeRequired", event.feeRequired());
            field(json, "electronicResult", event.electronicResult());
            field(json, "reason", event.reason());
        } else if (item instanceof Payment payment) {
            field(json, "transactionId", payment.transactionId());
            field(json, "dossierId", payment.dossierId());
            field(json, "unitCode", payment.unitCode());
            field(json, "field", payment.field());
            field(json, "kind", payment.kind());
            json.writeNumberField("amountVnd", payment.amountVnd());
            field(json, "status", payment.status());
            field(json, "paidAt", time(payment.at()));
            field(json, "provider", payment.provider());
        } else if (item instanceof ReportSubmission report) {
            field(json, "formCode", report.formCode());
            field(json, "indicatorCode", report.indicatorCode());
            field(json, "unitCode", report.unitCode());
            field(json, "period", report.period());
            field(json, "submittedAt", time(report.at()));
            field(json, "channel", report.channel());
        } else if (item instanceof DossierTotal total) {
            field(json, "unitCode", total.unitCode());
            field(json, "from", total.from().toString());
            field(json, "to", total.to().toString());
            json.writeNumberField("total", total.total());
            field(json, "source", "Sổ theo dõi hồ sơ của đơn vị");
        }
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static void field(JsonGenerator json, String name, Boolean value) throws IOException {
        if (value != null) {
            json.writeBooleanField(name, value);
        }
    }
}
