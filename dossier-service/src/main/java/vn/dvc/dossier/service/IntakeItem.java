package vn.dvc.dossier.service;

import vn.dvc.commons.web.ItemVerdict;
import vn.dvc.dossier.model.DossierEventRequest;
import vn.dvc.dossier.model.EventOutcome.Outcome;
import vn.dvc.dossier.model.EventOutcome;

/** One event of an intake request on its way through the checks; decided once it has an outcome. */
final class IntakeItem extends ItemVerdict<Outcome> {

    final int index;
    DossierEventRequest request;
    RecordedEvent event;

    IntakeItem(int index) {
        super(Outcome.REJECTED);
        this.index = index;
    }

    void duplicate() {
        decide(Outcome.DUPLICATE);
    }

    void accept() {
        decide(Outcome.ACCEPTED);
    }

    boolean accepted() {
        return outcome() == Outcome.ACCEPTED;
    }

    String eventId() {
        return request == null ? null : request.eventId();
    }

    String dossierId() {
        return request == null ? null : request.dossierId();
    }

    EventOutcome result(boolean inBatch) {
        return new EventOutcome(inBatch ? index : null, eventId(), dossierId(), outcome(), problem());
    }
}
