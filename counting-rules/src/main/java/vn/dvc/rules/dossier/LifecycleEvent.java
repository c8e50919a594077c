package vn.dvc.rules.dossier;

import java.time.Instant;
import vn.dvc.contracts.dossier.DossierStatus;

/** What the lifecycle rules read of one event of a dossier: its status, when it happened, the due time it gave. */
public interface LifecycleEvent {

    DossierStatus status();

    Instant occurredAt();

    /** The due time a RECEIVED or EXTENDED event sets; null otherwise. */
    Instant dueAt();
}
