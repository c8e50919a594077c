package vn.dvc.dossier.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dvc.commons.web.JsonItems;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.dossier.model.DossierEventRequest;
import vn.dvc.problem.Problem;
import vn.dvc.problem.Violation;
import vn.dvc.rules.time.PortalTime;

/**
 * Reads one portal event and checks it on its own: well-formed (400 naming the fields) and plausible (422): times
 * from this century up to tomorrow, a due time after the event that sets it and within a few years of it, the due
 * time of a receipt and of an extension present. Checks that need the stored data are in {@link IntakeChecks}.
 */
@ApplicationScoped
public class DossierEventValidator {

    /** Electronic dossiers in Vietnam start well after this; anything earlier is a data error. */
    private static final Instant EARLIEST_PLAUSIBLE = LocalDate.of(2000, 1, 1).atStartOfDay(PortalTime.LOCAL_ZONE).toInstant();
    private static final long FUTURE_TOLERANCE_DAYS = 1;
    /** No administrative procedure runs this long; a due time further out is a typing error. */
    private static final long LONGEST_PLAUSIBLE_DAYS = 5 * 366;

    private final ObjectMapper json;
    private final JsonItems items;

    public DossierEventValidator(ObjectMapper json, JsonItems items) {
        this.json = json;
        this.items = items;
    }

    /** Reads the item into {@code item.request} and {@code item.event}, or rejects it. */
    void read(JsonNode node, IntakeItem item) {
        JsonItems.Item<DossierEventRequest> read = items.read(node, DossierEventRequest.class);
        item.request = read.value();
        if (!read.readable()) {
            item.reject(read.problem());
            return;
        }
        List<Violation> malformed = new ArrayList<>();
        Optional<RecordedEvent> event = parse(item.request, malformed);
        if (!malformed.isEmpty()) {
            item.reject(Problem.invalid(malformed));
            return;
        }
        List<Violation> implausible = implausibilities(event.orElseThrow());
        if (!implausible.isEmpty()) {
            item.reject(Problem.unprocessable(implausible));
            return;
        }
        item.event = event.get();
    }

    /** Reads a stored event back; it passed {@link #read} when it came in. */
    RecordedEvent reread(String payload) {
        try {
            List<Violation> ignored = new ArrayList<>();
            return parse(json.readValue(payload, DossierEventRequest.class), ignored).orElseThrow();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored dossier event is unreadable", e);
        }
    }

    String toJson(DossierEventRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write dossier event " + request.eventId(), e);
        }
    }

    private static Optional<RecordedEvent> parse(DossierEventRequest request, List<Violation> malformed) {
        Optional<DossierStatus> status = DossierStatus.parse(request.status());
        if (request.status() != null && status.isEmpty()) {
            malformed.add(new Violation("status", "'" + request.status() + "' is neither a known status name nor a DVCQG code 1–10"));
        }
        Optional<Instant> occurredAt = time("occurredAt", request.occurredAt(), malformed);
        Optional<Instant> dueAt = time("dueAt", request.dueAt(), malformed);
        Optional<Instant> newDueAt = time("newDueAt", request.newDueAt(), malformed);
        if (status.isEmpty() || occurredAt.isEmpty() || !malformed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RecordedEvent(request.eventId(), status.get(), occurredAt.get(), request.unitCode(),
                request.receivedAtUnitCode(), request.serviceCode(),
                request.channel() == null ? null : request.channel().name(), dueAt.orElse(null),
                newDueAt.orElse(null), request.inputsDigitised(), request.feeRequired(), request.electronicResult(),
                request.reason()));
    }

    private static Optional<Instant> time(String field, String text, List<Violation> malformed) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Instant> time = PortalTime.parse(text);
        if (time.isEmpty()) {
            malformed.add(new Violation(field, "'" + text + "' is not an ISO-8601 time (or yyyyMMddHHmmss, local)"));
        }
        return time;
    }

    private static List<Violation> implausibilities(RecordedEvent event) {
        List<Violation> violations = new ArrayList<>();
        Instant latest = Instant.now().plus(FUTURE_TOLERANCE_DAYS, ChronoUnit.DAYS);
        if (event.occurredAt().isBefore(EARLIEST_PLAUSIBLE) || event.occurredAt().isAfter(latest)) {
            return List.of(new Violation("occurredAt", "is not a plausible time (before 2000 or after tomorrow)"));
        }
        switch (event.status()) {
            case RECEIVED -> checkDue("dueAt", event.dueAt(), event, true, violations);
            case EXTENDED -> checkDue("dueAt", event.dueAt(), event, true, violations);
            case APOLOGY_ISSUED -> checkDue("newDueAt", event.newDueAt(), event, false, violations);
            default -> {
            }
        }
        violations.sort(Comparator.comparing(Violation::field));
        return violations;
    }

    private static void checkDue(String field, Instant due, RecordedEvent event, boolean required,
                                 List<Violation> violations) {
        if (due == null) {
            if (required) {
                violations.add(new Violation(field, "is required on a " + event.status() + " event"));
            }
            return;
        }
        if (!due.isAfter(event.occurredAt())) {
            violations.add(new Violation(field, "must be after occurredAt: a due time cannot precede the event that sets it"));
        } else if (due.isAfter(event.occurredAt().plus(LONGEST_PLAUSIBLE_DAYS, ChronoUnit.DAYS))) {
            violations.add(new Violation(field, "is more than 5 years after occurredAt"));
        }
    }
}
