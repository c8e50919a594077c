package vn.dvc.dossier.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvc.contracts.dossier.DossierStateChanged.Apology;
import vn.dvc.contracts.dossier.DossierStateChanged.Deadline;
import vn.dvc.contracts.dossier.DossierStateChanged.Ending;
import vn.dvc.contracts.dossier.DossierStateChanged.Flags;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.contracts.dossier.Rating;
import vn.dvc.rules.dossier.ApologyRule;
import vn.dvc.rules.dossier.DeadlineClock;
import vn.dvc.rules.dossier.DossierEnding;
import vn.dvc.rules.dossier.ResolutionTimeliness;

/**
 * Derives a dossier's state from the set of its events (docs/counting-rules.md, "Dossier lifecycle" and counting rules v1):
 * events sorted by their own time, ties broken by lifecycle order and then event id, so the same set always gives
 * the same state whatever order it arrived in.
 * <ul>
 *   <li>unit, service and channel: as given when the dossier was first seen;</li>
 *   <li>received: the time of the first {@code RECEIVED} event; a dossier without one is not received (held);</li>
 *   <li>end, due time in force, timeliness, apology: {@link DossierEnding}, {@link DeadlineClock},
 *       {@link ResolutionTimeliness}, {@link ApologyRule} — nothing after the end moves the clock;</li>
 *   <li>status: that of the last event that is not an annotation (extension, apology, digitisation, electronic result,
 *       fee);</li>
 *   <li>digitised inputs, electronic result, fee: said by the receipt (the result) or by an annotation of its own,
 *       whichever comes — so a fact told later, or told once by a step and once by a snapshot, counts the same.</li>
 * </ul>
 */
public final class DossierStateRules {

    static final Comparator<RecordedEvent> EVENT_ORDER = Comparator.comparing(RecordedEvent::occurredAt)
            .thenComparing(RecordedEvent::status)
            .thenComparing(RecordedEvent::eventId);

    /** A dossier that only got this far before receipt is waiting, not orphaned. */
    private static final Set<DossierStatus> BEFORE_RECEIPT = EnumSet.of(DossierStatus.SUBMITTED,
            DossierStatus.REJECTED, DossierStatus.WITHDRAWN);

    private DossierStateRules() {
    }

    public static DossierState fold(List<RecordedEvent> events) {
        List<RecordedEvent> ordered = events.stream().sorted(EVENT_ORDER).toList();
        DossierEnding.End end = DossierEnding.of(ordered).orElse(null);
        Folding folding = new Folding(end);
        ordered.forEach(folding::take);
        return folding.state(ordered);
    }

    /** The running fold over one dossier's ordered events. */
    private static final class Folding {

        private final DossierEnding.End end;
        private final DeadlineClock clock = new DeadlineClock();
        private final List<Anomaly> anomalies = new ArrayList<>();
        private String unitCode;
        private String receivedAtUnitCode;
        private String serviceCode;
        private String channel;
        private DossierStatus status;
        private Instant submittedAt;
        private Instant receivedAt;
        private Boolean feeRequired;
        private boolean dataReused;
        private boolean fromPersonalStore;
        private boolean residentDataUsed;
        private Rating rating;
        private boolean feedbackRaised;
        private boolean electronicCertifiedCopy;
        private boolean inputsDigitised;
        private boolean electronicResult;
        private Apology apology;

        Folding(DossierEnding.End end) {
            this.end = end;
        }

        void take(RecordedEvent event) {
            unitCode = unitCode == null ? event.unitCode() : unitCode;
            receivedAtUnitCode = receivedAtUnitCode == null ? event.receivedAtUnitCode() : receivedAtUnitCode;
            serviceCode = serviceCode == null ? event.serviceCode() : serviceCode;
            channel = channel == null ? event.channel() : channel;
            feeRequired = feeRequired == null ? event.feeRequired() : feeRequired;
            if (!event.status().isAnnotation()) {
                status = event.status();
            }
            if (end != null && event.occurredAt().isAfter(end.at())) {
                if (end.resolved() && event.status() == DossierStatus.RECEIVED && receivedAt == null) {
                    flag(AnomalyKind.RECEIVED_AFTER_END, event);
                } else if (end.resolved() && event.status().isHandling()) {
                    flag(AnomalyKind.EVENT_AFTER_RESOLUTION, event);
                }
                takeAnnotation(event);
                return;
            }
            clock.advance(event);
            switch (event.status()) {
                case SUBMITTED -> submittedAt = submittedAt == null ? event.occurredAt() : submittedAt;
                case RECEIVED -> {
                    if (receivedAt == null) {
                        receivedAt = event.occurredAt();
                        inputsDigitised |= Boolean.TRUE.equals(event.inputsDigitised());
                    }
                }
                case RESOLVED -> electronicResult |= Boolean.TRUE.equals(event.electronicResult());
                case EXTENDED -> {
                    if (!event.hasReason()) {
                        flag(AnomalyKind.EXTENSION_WITHOUT_REASON, event);
                    }
                }
                case SUPPLEMENT_REQUESTED -> {
                    if (clock.supplementRequests() == 2) {
                        flag(AnomalyKind.REPEATED_SUPPLEMENT_REQUEST, event);
                    }
                }
                case APOLOGY_ISSUED -> takeApology(event);
                default -> takeAnnotation(event);
            }
        }

        private void takeAnnotation(RecordedEvent event) {
            switch (event.status()) {
                case DIGITISED -> inputsDigitised = true;
                case ELECTRONIC_RESULT -> electronicResult = true;
                case FEE_REQUIRED -> feeRequired = true;
                case DATA_REUSED -> dataReused = true;
                case FROM_PERSONAL_STORE -> fromPersonalStore = true;
                case RESIDENT_DATA_USED -> residentDataUsed = true;
                case FEEDBACK_RAISED -> feedbackRaised = true;
                case E_CERTIFIED_COPY -> electronicCertifiedCopy = true;
                default -> rating = event.status().rating().orElse(rating);
            }
        }

        private void takeApology(RecordedEvent event) {
            Instant dueThen = clock.dueInForceAt(event.occurredAt());
            if (event.newDueAt() == null) {
                flag(AnomalyKind.APOLOGY_WITHOUT_NEW_TIME, event);
            }
            if (ApologyRule.tooLate(event.occurredAt(), dueThen)) {
                flag(AnomalyKind.APOLOGY_TOO_LATE, event);
            }
            boolean compliant = ApologyRule.compliant(event.occurredAt(), event.newDueAt(), dueThen)
                    || (apology != null && apology.compliant());
            apology = new Apology(event.occurredAt(), event.newDueAt(), compliant);
        }

        private void flag(AnomalyKind kind, RecordedEvent event) {
            anomalies.add(new Anomaly(kind, event.eventId(), event.occurredAt()));
        }

        DossierState state(List<RecordedEvent> ordered) {
            if (receivedAt == null) {
                ordered.stream().filter(event -> !BEFORE_RECEIPT.contains(event.status())).findFirst()
                        .ifPresent(orphan -> flag(AnomalyKind.NEVER_RECEIVED, orphan));
            }
            Deadline deadline = clock.deadline(end != null);
            Ending ending = end == null ? null : new Ending(end.closure(), end.at(),
                    ResolutionTimeliness.of(end, clock.dueInForce(), clock.supplementRequests()).orElse(null));
            Flags flags = new Flags(inputsDigitised, electronicResult, Boolean.TRUE.equals(feeRequired), dataReused,
                    fromPersonalStore, residentDataUsed || fromPersonalStore, rating, feedbackRaised,
                    electronicCertifiedCopy);
            return new DossierState(unitCode, receivedAtUnitCode, serviceCode, channel, status, submittedAt,
                    receivedAt, deadline, ending, apology, flags, List.copyOf(anomalies), ordered.size());
        }
    }

    /** The state of one dossier; {@code version} is the number of its distinct events. */
    public record DossierState(String unitCode, String receivedAtUnitCode, String serviceCode, String channel,
                               DossierStatus status, Instant submittedAt, Instant receivedAt, Deadline deadline,
                               Ending ending, Apology apology, Flags flags, List<Anomaly> anomalies, long version) {

        /** Received and not ended: counts as open. */
        public boolean open() {
            return receivedAt != null && ending == null;
        }

        public Optional<Instant> dueAtInForce() {
            return Optional.ofNullable(deadline).map(Deadline::dueAtInForce);
        }
    }
}
