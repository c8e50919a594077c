package vn.dvc.dossier.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.contracts.Topic;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.dossier.entity.Dossier;
import vn.dvc.dossier.entity.DossierEvent;
import vn.dvc.dossier.repository.DossierEventRepository;
import vn.dvc.dossier.repository.DossierRepository;
import vn.dvc.dossier.rest.dto.DossierEventRequest;
import vn.dvc.dossier.rest.dto.EventOutcome;
import vn.dvc.dossier.rest.dto.EventOutcome.Outcome;

/**
 * Takes one portal event: once per event id (the event table is the inbox), checked, stored, folded with the
 * dossier's other events into its state, and the new state put in the outbox for {@code dossier-events} — all in
 * one transaction, so a rejected event changes nothing.
 */
@ApplicationScoped
public class DossierIntake {

    private final EntityManager entityManager;
    private final DossierRepository dossiers;
    private final DossierEventRepository events;
    private final DossierEventValidator validator;
    private final Outbox outbox;
    private final ObjectMapper json;

    public DossierIntake(EntityManager entityManager, DossierRepository dossiers, DossierEventRepository events,
                         DossierEventValidator validator, Outbox outbox, ObjectMapper json) {
        this.entityManager = entityManager;
        this.dossiers = dossiers;
        this.events = events;
        this.validator = validator;
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional
    public EventOutcome accept(DossierEventRequest request) {
        if (events.findByIdOptional(request.eventId()).isPresent()) {
            return new EventOutcome(request.eventId(), request.dossierId(), Outcome.DUPLICATE);
        }
        Dossier dossier = lockOrCreate(request.dossierId());
        RecordedEvent event = validator.check(request, dossier);
        if (!claimEventId(request, event)) {
            return new EventOutcome(request.eventId(), request.dossierId(), Outcome.DUPLICATE);
        }
        List<RecordedEvent> history = new ArrayList<>();
        for (DossierEvent stored : events.ofDossier(dossier.dossierId)) {
            history.add(stored.eventId.equals(event.eventId()) ? event : recordedOf(stored));
        }
        DossierStateRules.DossierState state = DossierStateRules.fold(history);
        apply(dossier, state);
        outbox.append(Topic.DOSSIER_EVENTS.name(), dossier.dossierId, new DossierStateChanged(
                UUID.randomUUID().toString(), Instant.now(), dossier.dossierId, state.version(), event.eventId(),
                state.unitCode(), state.serviceCode(), state.channel(),
                state.status() == null ? null : state.status().name(), state.receivedAt()));
        return new EventOutcome(request.eventId(), request.dossierId(), Outcome.ACCEPTED);
    }

    /** Creates the dossier row if needed, then locks it: events of one dossier are folded one request at a time. */
    private Dossier lockOrCreate(String dossierId) {
        entityManager.createNativeQuery("INSERT IGNORE INTO dossier (dossier_id, version, updated_at) VALUES (?1, 0, ?2)")
                .setParameter(1, dossierId)
                .setParameter(2, Instant.now())
                .executeUpdate();
        return dossiers.findForUpdate(dossierId).orElseThrow();
    }

    /** Inserts the event unless its id is taken (by a concurrent request); answers whether it was inserted. */
    private boolean claimEventId(DossierEventRequest request, RecordedEvent event) {
        return entityManager.createNativeQuery("INSERT IGNORE INTO dossier_event "
                        + "(event_id, dossier_id, status, occurred_at, accepted_at, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, request.eventId())
                .setParameter(2, request.dossierId())
                .setParameter(3, event.status().name())
                .setParameter(4, event.occurredAt())
                .setParameter(5, Instant.now())
                .setParameter(6, toJson(request))
                .executeUpdate() == 1;
    }

    private void apply(Dossier dossier, DossierStateRules.DossierState state) {
        dossier.version = state.version();
        dossier.unitCode = state.unitCode();
        dossier.serviceCode = state.serviceCode();
        dossier.channel = state.channel();
        dossier.status = state.status() == null ? null : state.status().name();
        dossier.receivedAt = state.receivedAt();
        dossier.updatedAt = Instant.now();
    }

    private RecordedEvent recordedOf(DossierEvent stored) {
        try {
            return validator.parsed(json.readValue(stored.payload, DossierEventRequest.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event " + stored.eventId + " is unreadable", e);
        }
    }

    private String toJson(DossierEventRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + request.eventId(), e);
        }
    }
}
