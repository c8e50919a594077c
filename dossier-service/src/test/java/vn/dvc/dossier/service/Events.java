package vn.dvc.dossier.service;

import java.time.Instant;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.rules.time.PortalTime;

/** Test events in local time, as a portal officer would read them. */
record Events(String id, DossierStatus status, Instant at, String unit, String channel, Instant due, Instant newDue,
              Boolean digitised, Boolean electronicResult, String reason) {

    static Events event(String id, DossierStatus status, String localTime) {
        return new Events(id, status, local(localTime), null, null, null, null, null, null, null);
    }

    static Events received(String id, String localTime, String localDue) {
        return new Events(id, DossierStatus.RECEIVED, local(localTime), "H10", "ONLINE", local(localDue), null, null,
                null, null);
    }

    static Instant local(String localTime) {
        return localTime == null ? null : PortalTime.parse(localTime).orElseThrow();
    }

    Events unit(String code, String via) {
        return new Events(id, status, at, code, via, due, newDue, digitised, electronicResult, reason);
    }

    Events due(String localDue) {
        return new Events(id, status, at, unit, channel, local(localDue), newDue, digitised, electronicResult, reason);
    }

    Events newDue(String localDue) {
        return new Events(id, status, at, unit, channel, due, local(localDue), digitised, electronicResult, reason);
    }

    Events withDigitisedInputs() {
        return new Events(id, status, at, unit, channel, due, newDue, true, electronicResult, reason);
    }

    Events withElectronicResult() {
        return new Events(id, status, at, unit, channel, due, newDue, digitised, true, reason);
    }

    Events reason(String text) {
        return new Events(id, status, at, unit, channel, due, newDue, digitised, electronicResult, text);
    }

    RecordedEvent recorded() {
        return new RecordedEvent(id, status, at, unit, null, unit == null ? null : "1.004227", channel, due, newDue,
                digitised, unit == null ? null : Boolean.TRUE, electronicResult, reason);
    }
}
