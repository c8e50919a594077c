package vn.dvc.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.commons.outbox.OutboxMessage;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.DossierStateChanged.Apology;
import vn.dvc.contracts.dossier.DossierStateChanged.Deadline;
import vn.dvc.contracts.dossier.DossierStateChanged.Ending;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.dossier.entity.Dossier;
import vn.dvc.dossier.entity.Unit;
import vn.dvc.dossier.repository.DossierEventStore.FlaggedEvent;
import vn.dvc.dossier.repository.DossierEventStore;
import vn.dvc.dossier.repository.UnitRepository;
import vn.dvc.dossier.service.DossierStateRules.DossierState;

/**
 * Folds locked dossiers' whole event histories again and stores the result: the dossier rows (one multi-row
 * statement for the whole request), their flagged events, and one {@link DossierStateChanged} per dossier in the
 * outbox, in the caller's transaction — on the live or the history lane ({@link StateLanes}).
 */
@ApplicationScoped
public class DossierStates {

    private final UnitRepository units;
    private final DossierEventStore store;
    private final Outbox outbox;
    private final Callers callers;

    public DossierStates(UnitRepository units, DossierEventStore store, Outbox outbox, Callers callers) {
        this.units = units;
        this.store = store;
        this.outbox = outbox;
        this.callers = callers;
    }

    /**
     * @param histories        every event of each dossier, stored ones and new ones alike
     * @param acceptedByDossier the events this request added, by dossier
     */
    void refold(Map<String, List<RecordedEvent>> histories, Map<String, List<String>> acceptedByDossier) {
        Map<String, DossierState> folded = new LinkedHashMap<>();
        histories.forEach((dossierId, events) -> folded.put(dossierId, DossierStateRules.fold(events)));
        Map<String, Unit> unitsByCode = units.findByCodes(folded.values().stream().map(DossierState::unitCode)
                .filter(Objects::nonNull).distinct().toList());
        Instant now = Instant.now();
        String sourceKey = callers.current().keyId();
        List<FlaggedEvent> flagged = new ArrayList<>();
        List<OutboxMessage> messages = new ArrayList<>();
        List<Dossier> changed = new ArrayList<>(folded.size());
        for (Map.Entry<String, DossierState> entry : folded.entrySet()) {
            Dossier dossier = new Dossier();
            dossier.dossierId = entry.getKey();
            DossierState state = entry.getValue();
            Unit unit = state.unitCode() == null ? null : unitsByCode.get(state.unitCode());
            apply(state, unit == null ? null : unit.tier, dossier, now);
            state.anomalies().forEach(anomaly -> flagged.add(new FlaggedEvent(dossier.dossierId, anomaly.kind().name(),
                    anomaly.eventId(), anomaly.occurredAt(), state.unitCode())));
            List<String> accepted = acceptedByDossier.get(dossier.dossierId);
            List<Instant> acceptedTimes = timesOf(accepted, histories.get(dossier.dossierId));
            messages.add(new OutboxMessage(StateLanes.topicFor(acceptedTimes, now).name(), dossier.dossierId,
                    outbox.toJson(snapshotOf(dossier, state, accepted, acceptedTimes, sourceKey, now))));
            changed.add(dossier);
        }
        store.saveStates(changed);
        store.replaceAnomalies(folded.keySet(), flagged);
        outbox.appendAll(messages);
    }

    private static void apply(DossierState state, Tier unitTier, Dossier dossier, Instant now) {
        Deadline deadline = state.deadline();
        Ending ending = state.ending();
        Apology apology = state.apology();
        dossier.version = state.version();
        dossier.unitCode = state.unitCode();
        dossier.unitTier = unitTier;
        dossier.receivedAtUnitCode = state.receivedAtUnitCode();
        dossier.serviceCode = state.serviceCode();
        dossier.channel = state.channel() == null ? null : Channel.valueOf(state.channel());
        dossier.status = state.status();
        dossier.submittedAt = state.submittedAt();
        dossier.receivedAt = state.receivedAt();
        dossier.dueAt = deadline == null ? null : deadline.dueAt();
        dossier.dueAtInForce = deadline == null ? null : deadline.dueAtInForce();
        dossier.clockStoppedSince = deadline == null ? null : deadline.clockStoppedSince();
        dossier.extensions = deadline == null ? 0 : deadline.extensions();
        dossier.supplementRequests = deadline == null ? 0 : deadline.supplementRequests();
        dossier.closure = ending == null ? null : ending.closure().name();
        dossier.endedAt = ending == null ? null : ending.endedAt();
        dossier.timeliness = ending == null || ending.timeliness() == null ? null : ending.timeliness().name();
        dossier.apologyIssuedAt = apology == null ? null : apology.issuedAt();
        dossier.apologyNewDueAt = apology == null ? null : apology.newDueAt();
        dossier.apologyCompliant = apology != null && apology.compliant();
        dossier.inputsDigitised = state.flags().inputsDigitised();
        dossier.electronicResult = state.flags().electronicResult();
        dossier.feeRequired = state.flags().feeRequired();
        dossier.dataReused = state.flags().dataReused();
        dossier.fromPersonalStore = state.flags().fromPersonalStore();
        dossier.residentDataUsed = state.flags().residentDataUsed();
        dossier.rating = state.flags().rating();
        dossier.feedbackRaised = state.flags().feedbackRaised();
        dossier.electronicCertifiedCopy = state.flags().electronicCertifiedCopy();
        dossier.openNow = state.open();
        dossier.updatedAt = now;
    }

    private static List<Instant> timesOf(List<String> accepted, List<RecordedEvent> history) {
        Map<String, Instant> times = new HashMap<>();
        history.forEach(event -> times.put(event.eventId(), event.occurredAt()));
        return accepted.stream().map(times::get).toList();
    }

    private static DossierStateChanged snapshotOf(Dossier dossier, DossierState state, List<String> accepted,
                                                  List<Instant> acceptedTimes, String sourceKey, Instant now) {
        return new DossierStateChanged(UUID.randomUUID().toString(), now, dossier.dossierId, state.version(),
                accepted.get(accepted.size() - 1), state.unitCode(), state.serviceCode(),
                dossier.channel, state.status(), state.receivedAt(),
                List.copyOf(accepted), dossier.unitTier,
                state.receivedAtUnitCode(), state.submittedAt(), state.deadline(), state.ending(), state.apology(),
                state.flags(), acceptedTimes, sourceKey, state.anomalies().stream().map(anomaly ->
                        new DossierStateChanged.Anomaly(anomaly.kind().name(), anomaly.eventId(), anomaly.occurredAt())).toList());
    }
}
