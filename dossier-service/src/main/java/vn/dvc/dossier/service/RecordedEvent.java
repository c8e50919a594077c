package vn.dvc.dossier.service;

import java.time.Instant;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.rules.dossier.LifecycleEvent;

/** A portal event as the state rules read it: parsed, its times as instants; absent fields are null. */
public record RecordedEvent(String eventId, DossierStatus status, Instant occurredAt, String unitCode,
                            String receivedAtUnitCode, String serviceCode, String channel, Instant dueAt,
                            Instant newDueAt, Boolean inputsDigitised, Boolean feeRequired, Boolean electronicResult,
                            String reason) implements LifecycleEvent {

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
