package vn.dvc.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dvc.commons.problem.ProblemException;
import vn.dvc.dossier.entity.Dossier;
import vn.dvc.dossier.rest.dto.DossierEventRequest;

/**
 * The checks a portal integrator expects beyond the field constraints: a known status, readable and plausible
 * times, known unit and service, and the fields that open a dossier.
 */
@ApplicationScoped
public class DossierEventValidator {

    /** Electronic dossiers in Vietnam start well after this; anything earlier is a data error. */
    private static final Instant EARLIEST_PLAUSIBLE = LocalDate.of(2000, 1, 1).atStartOfDay(PortalTime.LOCAL_ZONE).toInstant();
    private static final long FUTURE_TOLERANCE_DAYS = 1;

    private final UnitService units;
    private final ServiceCatalog services;

    public DossierEventValidator(UnitService units, ServiceCatalog services) {
        this.units = units;
        this.services = services;
    }

    /** Parses and checks the event against the dossier as known so far; throws a problem naming the field. */
    public RecordedEvent check(DossierEventRequest request, Dossier dossier) {
        RecordedEvent event = parsed(request);
        Instant latestPlausible = Instant.now().plus(FUTURE_TOLERANCE_DAYS, ChronoUnit.DAYS);
        if (event.occurredAt().isBefore(EARLIEST_PLAUSIBLE) || event.occurredAt().isAfter(latestPlausible)) {
            throw ProblemException.unprocessable("occurredAt", "'" + request.occurredAt() + "' is not a plausible time");
        }
        if (event.status().opensDossier() && dossier.unitCode == null) {
            requirePresent("unitCode", request.unitCode());
            requirePresent("serviceCode", request.serviceCode());
            requirePresent("channel", request.channel());
        }
        if (request.unitCode() != null && !units.exists(request.unitCode())) {
            throw ProblemException.unprocessable("unitCode", "unit " + request.unitCode() + " is not known");
        }
        if (request.receivedAtUnitCode() != null && !units.exists(request.receivedAtUnitCode())) {
            throw ProblemException.unprocessable("receivedAtUnitCode", "unit " + request.receivedAtUnitCode() + " is not known");
        }
        if (request.serviceCode() != null && !services.exists(request.serviceCode())) {
            throw ProblemException.unprocessable("serviceCode", "service " + request.serviceCode() + " is not known");
        }
        return event;
    }

    private static void requirePresent(String field, Object value) {
        if (value == null) {
            throw ProblemException.unprocessable(field, "is required on the event that opens a dossier");
        }
    }

    /** The event as the state rules read it; a bad status or time is a 400 naming the field. */
    public RecordedEvent parsed(DossierEventRequest request) {
        DossierStatus status = DossierStatus.parse(request.status()).orElseThrow(() -> ProblemException.badRequest(
                "status", "'" + request.status() + "' is neither a known status name nor a DVCQG code 1–10"));
        Instant occurredAt = PortalTime.parse(request.occurredAt()).orElseThrow(() -> ProblemException.badRequest(
                "occurredAt", "'" + request.occurredAt() + "' is not an ISO-8601 time"));
        return new RecordedEvent(request.eventId(), status, occurredAt, request.unitCode(), request.serviceCode(),
                request.channel() == null ? null : request.channel().name());
    }
}
