package vn.dvc.dossier.service;

import vn.dvc.commons.problem.Problem;
import vn.dvc.dossier.rest.dto.DossierEventRequest;
import vn.dvc.dossier.rest.dto.EventOutcome;
import vn.dvc.dossier.rest.dto.EventOutcome.Outcome;

/** One event of an intake request on its way through the checks; decided once it has an outcome. */
final class IntakeItem {

    final int index;
    DossierEventRequest request;
    RecordedEvent event;
    private Outcome outcome;
    private Problem problem;

    IntakeItem(int index) {
        this.index = index;
    }

    boolean pending() {
        return outcome == null;
    }

    void reject(Problem why) {
        outcome = Outcome.REJECTED;
        problem = why;
    }

    void duplicate() {
        outcome = Outcome.DUPLICATE;
    }

    void accept() {
        outcome = Outcome.ACCEPTED;
    }

    boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }

    String eventId() {
        return request == null ? null : request.eventId();
    }

    String dossierId() {
        return request == null ? null : request.dossierId();
    }

    EventOutcome result(boolean inBatch) {
        return new EventOutcome(inBatch ? index : null, eventId(), dossierId(), outcome, problem);
    }
}
