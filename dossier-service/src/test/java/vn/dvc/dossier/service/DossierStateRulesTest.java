package vn.dvc.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.contracts.dossier.DossierStatus.APOLOGY_ISSUED;
import static vn.dvc.contracts.dossier.DossierStatus.DIGITISED;
import static vn.dvc.contracts.dossier.DossierStatus.EXTENDED;
import static vn.dvc.contracts.dossier.DossierStatus.PROCESSING;
import static vn.dvc.contracts.dossier.DossierStatus.REJECTED;
import static vn.dvc.contracts.dossier.DossierStatus.RESOLVED;
import static vn.dvc.contracts.dossier.DossierStatus.RETURNED;
import static vn.dvc.contracts.dossier.DossierStatus.STOPPED;
import static vn.dvc.contracts.dossier.DossierStatus.SUBMITTED;
import static vn.dvc.contracts.dossier.DossierStatus.SUPPLEMENT_RECEIVED;
import static vn.dvc.contracts.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.dvc.contracts.dossier.DossierStatus.WITHDRAWN;
import static vn.dvc.contracts.dossier.Timeliness.EARLY;
import static vn.dvc.contracts.dossier.Timeliness.LATE;
import static vn.dvc.contracts.dossier.Timeliness.ON_TIME;
import static vn.dvc.dossier.service.Events.event;
import static vn.dvc.dossier.service.Events.local;
import static vn.dvc.dossier.service.Events.received;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.dossier.Closure;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.contracts.dossier.Rating;
import vn.dvc.dossier.service.DossierStateRules.DossierState;

/** Counting rules v1 (docs/counting-rules.md), one edge at a time; times are local, Asia/Ho_Chi_Minh. */
class DossierStateRulesTest {

    private static DossierState fold(Events... events) {
        return DossierStateRules.fold(Arrays.stream(events).map(Events::recorded).toList());
    }

    private static List<AnomalyKind> kinds(DossierState state) {
        return state.anomalies().stream().map(Anomaly::kind).toList();
    }

    @Nested
    class Receipt {

        @Test
        void aDossierCountsFromItsReceivedEventWithTheChannelFirstSeen() {
            DossierState state = fold(
                    event("e1", SUBMITTED, "2022-06-01T07:30").unit("H10", "ONLINE"),
                    received("e2", "2022-06-01T08:30", "2022-06-08T17:00").unit("H10", "DIRECT"),
                    event("e3", PROCESSING, "2022-06-01T08:31"));

            assertThat(state.receivedAt()).isEqualTo(local("2022-06-01T08:30"));
            assertThat(state.submittedAt()).isEqualTo(local("2022-06-01T07:30"));
            assertThat(state.channel()).isEqualTo("ONLINE");
            assertThat(state.unitCode()).isEqualTo("H10");
            assertThat(state.status()).isEqualTo(PROCESSING);
            assertThat(state.open()).isTrue();
            assertThat(state.version()).isEqualTo(3);
        }

        @Test
        void submittedThenRefusedNeverCountsAndIsNoAnomaly() {
            DossierState state = fold(
                    event("e1", SUBMITTED, "2022-06-01T08:30").unit("H10", "ONLINE"),
                    event("e2", REJECTED, "2022-06-01T09:00").reason("thiếu giấy tờ"));

            assertThat(state.receivedAt()).isNull();
            assertThat(state.open()).isFalse();
            assertThat(state.ending().closure()).isEqualTo(Closure.REJECTED);
            assertThat(state.anomalies()).isEmpty();
        }

        @Test
        void aResolutionThatArrivesFirstIsHeldAndFlaggedUntilTheReceiptComes() {
            Events resolution = event("e9", RESOLVED, "2022-06-03T10:00");

            DossierState held = fold(resolution);
            DossierState completed = fold(resolution, received("e2", "2022-06-01T08:30", "2022-06-08T17:00"));

            assertThat(held.receivedAt()).isNull();
            assertThat(kinds(held)).containsExactly(AnomalyKind.NEVER_RECEIVED);
            assertThat(completed.receivedAt()).isEqualTo(local("2022-06-01T08:30"));
            assertThat(completed.status()).isEqualTo(RESOLVED);
            assertThat(completed.unitCode()).isEqualTo("H10");
            assertThat(completed.ending().timeliness()).isEqualTo(EARLY);
            assertThat(completed.anomalies()).isEmpty();
        }

        @Test
        void digitisationLaterAndAnElectronicResultAreKept() {
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", DIGITISED, "2022-06-02T08:30"),
                    event("e3", RESOLVED, "2022-06-05T08:30").withElectronicResult());

            assertThat(state.flags().inputsDigitised()).isTrue();
            assertThat(state.flags().electronicResult()).isTrue();
            assertThat(state.flags().feeRequired()).isTrue();
            assertThat(state.status()).isEqualTo(RESOLVED);
        }

        @Test
        void factsToldByAnnotationsOfTheirOwnCountAsFactsToldByTheirSteps() {
            DossierState bySteps = fold(
                    received("a1", "2022-06-01T08:30", "2022-06-08T17:00").withDigitisedInputs(),
                    event("a2", RESOLVED, "2022-06-05T08:30").withElectronicResult());
            DossierState byAnnotations = fold(
                    received("b1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("b2", DossierStatus.DIGITISED, "2022-06-01T08:30"),
                    event("b3", DossierStatus.FEE_REQUIRED, "2022-06-01T08:30"),
                    event("b4", RESOLVED, "2022-06-05T08:30"),
                    event("b5", DossierStatus.ELECTRONIC_RESULT, "2022-06-05T08:30"));

            assertThat(byAnnotations.flags()).isEqualTo(bySteps.flags());
            assertThat(byAnnotations.status()).isEqualTo(RESOLVED);
            assertThat(byAnnotations.ending()).isEqualTo(bySteps.ending());
            assertThat(byAnnotations.deadline()).isEqualTo(bySteps.deadline());
        }

        @Test
        void dataTakenFromWhatIsHeldBeforeIsKeptAndAComponentFromTheStoreIsResidentData() {
            DossierState none = fold(received("c1", "2022-06-01T08:30", "2022-06-08T17:00"));
            DossierState fromStore = fold(
                    received("d1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("d2", DossierStatus.DATA_REUSED, "2022-06-01T08:30"),
                    event("d3", DossierStatus.FROM_PERSONAL_STORE, "2022-06-01T08:30"));
            DossierState vneid = fold(
                    event("v2", DossierStatus.RESIDENT_DATA_USED, "2022-06-01T08:30"),
                    received("v1", "2022-06-01T08:30", "2022-06-08T17:00"));

            assertThat(List.of(none.flags().dataReused(), none.flags().fromPersonalStore(), none.flags().residentDataUsed()))
                    .containsOnly(false);
            assertThat(List.of(fromStore.flags().dataReused(), fromStore.flags().fromPersonalStore(),
                    fromStore.flags().residentDataUsed())).containsOnly(true);
            assertThat(List.of(vneid.flags().dataReused(), vneid.flags().fromPersonalStore(), vneid.flags().residentDataUsed()))
                    .containsExactly(false, false, true);
            assertThat(vneid.anomalies()).isEmpty();
        }

        @Test
        void theLatestRatingByItsOwnTimeIsTheDossiersWhateverOrderTheyCameIn() {
            DossierState changedLater = fold(
                    event("r2", DossierStatus.RATED_SATISFIED, "2022-06-12T09:00"),
                    received("r0", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("r1", DossierStatus.RATED_UNSATISFIED, "2022-06-10T09:00"),
                    event("r3", DossierStatus.RESOLVED, "2022-06-07T10:00"));
            DossierState complainedOf = fold(
                    received("f0", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("f1", DossierStatus.FEEDBACK_RAISED, "2022-06-03T09:00"),
                    event("f2", DossierStatus.E_CERTIFIED_COPY, "2022-06-03T10:00"));

            assertThat(changedLater.flags().rating()).isEqualTo(Rating.SATISFIED);
            assertThat(changedLater.flags().feedbackRaised()).isFalse();
            assertThat(changedLater.status()).as("a rating is no step").isEqualTo(RESOLVED);
            assertThat(changedLater.anomalies()).isEmpty();
            assertThat(complainedOf.flags().rating()).isNull();
            assertThat(complainedOf.flags().feedbackRaised()).isTrue();
            assertThat(complainedOf.flags().electronicCertifiedCopy()).isTrue();
            assertThat(changedLater.flags().electronicCertifiedCopy()).isFalse();
        }
    }

    @Nested
    class End {

        @Test
        void theResolutionTimeIsTheEndAndTheReturnDoesNotMoveIt() {
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", RESOLVED, "2022-06-08T16:00"),
                    event("e3", RETURNED, "2022-06-09T09:00"));

            assertThat(state.ending().endedAt()).isEqualTo(local("2022-06-08T16:00"));
            assertThat(state.ending().timeliness()).isEqualTo(ON_TIME);
            assertThat(state.status()).isEqualTo(RETURNED);
        }

        @Test
        void aReturnWithoutResolutionEndsItAtTheReturn() {
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e3", RETURNED, "2022-06-09T09:00"));

            assertThat(state.ending().closure()).isEqualTo(Closure.RESOLVED);
            assertThat(state.ending().timeliness()).isEqualTo(LATE);
        }

        @Test
        void withdrawalAndStopEndWithoutResolving() {
            DossierState withdrawn = fold(received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", WITHDRAWN, "2022-06-02T08:30").reason("công dân rút"));
            DossierState stopped = fold(received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", STOPPED, "2022-06-10T08:30").reason("dừng"));

            assertThat(withdrawn.ending().closure()).isEqualTo(Closure.WITHDRAWN);
            assertThat(withdrawn.ending().timeliness()).isNull();
            assertThat(withdrawn.open()).isFalse();
            assertThat(stopped.ending().closure()).isEqualTo(Closure.STOPPED);
            assertThat(stopped.ending().timeliness()).isNull();
        }

        @Test
        void handlingAfterTheResolutionIsFlaggedAndChangesNothing() {
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", RESOLVED, "2022-06-05T08:30"),
                    event("e3", PROCESSING, "2022-06-06T08:30"),
                    event("e4", EXTENDED, "2022-06-06T09:00").due("2022-06-20T17:00").reason("chờ xác minh"));

            assertThat(kinds(state)).containsExactly(AnomalyKind.EVENT_AFTER_RESOLUTION, AnomalyKind.EVENT_AFTER_RESOLUTION);
            assertThat(state.deadline().dueAtInForce()).isEqualTo(local("2022-06-08T17:00"));
            assertThat(state.deadline().extensions()).isZero();
            assertThat(state.ending().timeliness()).isEqualTo(EARLY);
        }

        @Test
        void aReceiptAfterTheResolutionIsFlaggedAsResolvedBeforeReceivedAndTheDossierStaysUnreceived() {
            DossierState state = fold(
                    event("e1", RESOLVED, "2022-06-03T08:30"),
                    received("e2", "2022-06-05T08:30", "2022-06-12T17:00"));

            assertThat(kinds(state)).containsExactly(AnomalyKind.RECEIVED_AFTER_END, AnomalyKind.NEVER_RECEIVED);
            assertThat(state.receivedAt()).isNull();
        }
    }

    @Nested
    class DueTimeInForce {

        @Test
        void anExtensionReplacesTheDueTimeAndOneWithoutReasonIsAppliedButFlagged() {
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", EXTENDED, "2022-06-07T08:00").due("2022-06-15T17:00"),
                    event("e3", RESOLVED, "2022-06-14T10:00"));

            assertThat(state.deadline().dueAt()).isEqualTo(local("2022-06-08T17:00"));
            assertThat(state.deadline().dueAtInForce()).isEqualTo(local("2022-06-15T17:00"));
            assertThat(state.deadline().extensions()).isEqualTo(1);
            assertThat(state.ending().timeliness()).isEqualTo(EARLY);
            assertThat(kinds(state)).containsExactly(AnomalyKind.EXTENSION_WITHOUT_REASON);
        }

        @Test
        void aSupplementPausePushesTheDueTimeByTheTimeTheClockStoodStill() {
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", SUPPLEMENT_REQUESTED, "2022-06-02T08:00").reason("thiếu bản sao"),
                    event("e3", SUPPLEMENT_RECEIVED, "2022-06-04T08:00"),
                    event("e4", RESOLVED, "2022-06-10T16:00"));

            assertThat(state.deadline().dueAtInForce()).isEqualTo(local("2022-06-10T17:00"));
            assertThat(state.ending().timeliness()).isEqualTo(ON_TIME);
        }

        @Test
        void aPauseNeverAnsweredEndsAtTheNextStatus() {
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", SUPPLEMENT_REQUESTED, "2022-06-02T08:00"),
                    event("e3", PROCESSING, "2022-06-03T08:00"));

            assertThat(state.deadline().dueAtInForce()).isEqualTo(local("2022-06-09T17:00"));
            assertThat(state.deadline().clockStoppedSince()).isNull();
        }

        @Test
        void aPauseStillRunningLeavesTheClockStopped() {
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", SUPPLEMENT_REQUESTED, "2022-06-02T08:00"),
                    event("e3", APOLOGY_ISSUED, "2022-06-03T08:00").newDue("2022-06-12T17:00"));

            assertThat(state.deadline().clockStoppedSince()).isEqualTo(local("2022-06-02T08:00"));
            assertThat(state.deadline().dueAtInForce()).isEqualTo(local("2022-06-08T17:00"));
            assertThat(state.open()).isTrue();
        }

        @Test
        void twoSupplementRequestsMakeItLateEvenBeforeTheDueTime() {
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", SUPPLEMENT_REQUESTED, "2022-06-02T08:00"),
                    event("e3", SUPPLEMENT_RECEIVED, "2022-06-02T10:00"),
                    event("e4", SUPPLEMENT_REQUESTED, "2022-06-03T08:00"),
                    event("e5", SUPPLEMENT_RECEIVED, "2022-06-03T10:00"),
                    event("e6", RESOLVED, "2022-06-04T08:00"));

            assertThat(state.deadline().supplementRequests()).isEqualTo(2);
            assertThat(state.deadline().dueAtInForce()).isEqualTo(local("2022-06-08T21:00"));
            assertThat(state.ending().timeliness()).isEqualTo(LATE);
            assertThat(kinds(state)).containsExactly(AnomalyKind.REPEATED_SUPPLEMENT_REQUEST);
        }
    }

    @Nested
    class Timeliness {

        @Test
        void earlyIsAnEarlierLocalDayNotAnEarlierUtcDay() {
            // 06:30 on the due day is 23:30 UTC the day before: still the due day, so on time, not early.
            DossierState sameLocalDay = fold(received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", RESOLVED, "2022-06-08T06:30"));
            DossierState dayBefore = fold(received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", RESOLVED, "2022-06-07T23:59"));

            assertThat(sameLocalDay.ending().timeliness()).isEqualTo(ON_TIME);
            assertThat(dayBefore.ending().timeliness()).isEqualTo(EARLY);
        }

        @Test
        void exactlyAtTheDueTimeIsOnTimeAndASecondLaterIsLate() {
            DossierState atDue = fold(received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", RESOLVED, "2022-06-08T17:00"));
            DossierState after = fold(received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", RESOLVED, "2022-06-08T17:00:01"));

            assertThat(atDue.ending().timeliness()).isEqualTo(ON_TIME);
            assertThat(after.ending().timeliness()).isEqualTo(LATE);
        }
    }

    @Nested
    class Apology {

        @Test
        void anApologyTwoDaysAheadWithANewTimeIsCompliantButDoesNotMoveTheDueTime() {
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", APOLOGY_ISSUED, "2022-06-06T17:00").newDue("2022-06-12T17:00").reason("quá tải"),
                    event("e3", RESOLVED, "2022-06-10T09:00"));

            assertThat(state.apology().compliant()).isTrue();
            assertThat(state.apology().newDueAt()).isEqualTo(local("2022-06-12T17:00"));
            assertThat(state.deadline().dueAtInForce()).isEqualTo(local("2022-06-08T17:00"));
            assertThat(state.ending().timeliness()).isEqualTo(LATE);
            assertThat(state.anomalies()).isEmpty();
        }

        @Test
        void anApologyLessThanADayAheadOrWithoutANewTimeIsNotCompliant() {
            DossierState tooLate = fold(received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", APOLOGY_ISSUED, "2022-06-07T17:00:01").newDue("2022-06-12T17:00"));
            DossierState exactlyADay = fold(received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", APOLOGY_ISSUED, "2022-06-07T17:00").newDue("2022-06-12T17:00"));
            DossierState noNewTime = fold(received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", APOLOGY_ISSUED, "2022-06-05T17:00"));

            assertThat(tooLate.apology().compliant()).isFalse();
            assertThat(kinds(tooLate)).containsExactly(AnomalyKind.APOLOGY_TOO_LATE);
            assertThat(exactlyADay.apology().compliant()).isTrue();
            assertThat(noNewTime.apology().compliant()).isFalse();
            assertThat(kinds(noNewTime)).containsExactly(AnomalyKind.APOLOGY_WITHOUT_NEW_TIME);
        }

        @Test
        void theDueTimeThenInForceCountsAPauseRunningAtThatMoment() {
            // Due 06-08 17:00; paused since 06-06 17:00, so at 06-08 12:00 the due time then in force is 06-10 12:00.
            DossierState state = fold(
                    received("e1", "2022-06-01T08:30", "2022-06-08T17:00"),
                    event("e2", SUPPLEMENT_REQUESTED, "2022-06-06T17:00"),
                    event("e3", APOLOGY_ISSUED, "2022-06-08T12:00").newDue("2022-06-15T17:00"));

            assertThat(state.apology().compliant()).isTrue();
        }
    }

    @Nested
    class AnyOrder {

        @Test
        void anyArrivalOrderOfTheSameDossierSetGivesTheSameStates() {
            List<RecordedEvent> events = new ArrayList<>();
            Map<String, List<Events>> dossiers = Map.of(
                    "D1", List.of(received("a1", "2022-06-01T08:30", "2022-06-08T17:00").unit("H10", "POSTAL"),
                            event("a2", PROCESSING, "2022-06-01T08:35"),
                            event("a3", SUPPLEMENT_REQUESTED, "2022-06-01T08:35").unit("H11", "ONLINE"),
                            event("a4", SUPPLEMENT_RECEIVED, "2022-06-03T08:35"),
                            event("a5", RESOLVED, "2022-06-09T09:00"),
                            event("a6", RETURNED, "2022-06-09T09:00")),
                    "D2", List.of(event("b1", SUBMITTED, "2022-06-01T08:00").unit("H10", "ONLINE"),
                            received("b2", "2022-06-01T08:30", "2022-06-03T17:00"),
                            event("b3", EXTENDED, "2022-06-02T08:00").due("2022-06-06T17:00"),
                            event("b4", APOLOGY_ISSUED, "2022-06-02T08:00").newDue("2022-06-06T17:00"),
                            event("b5", PROCESSING, "2022-06-07T08:00")),
                    "D3", List.of(event("c1", RESOLVED, "2022-06-05T08:00"),
                            event("c2", WITHDRAWN, "2022-06-04T08:00"),
                            received("c3", "2022-06-01T08:30", "2022-06-03T17:00")));
            Map<String, String> dossierOf = new TreeMap<>();
            dossiers.forEach((dossier, list) -> list.forEach(event -> {
                events.add(event.recorded());
                dossierOf.put(event.id(), dossier);
            }));
            Map<String, DossierState> expected = foldByDossier(events, dossierOf);
            Random random = new Random(20220601);

            for (int round = 0; round < 500; round++) {
                List<RecordedEvent> shuffled = new ArrayList<>(events);
                Collections.shuffle(shuffled, random);
                assertThat(foldByDossier(shuffled, dossierOf)).isEqualTo(expected);
            }
            assertThat(expected.get("D1").status()).isEqualTo(RETURNED);
            assertThat(expected.get("D1").channel()).isEqualTo("POSTAL");
            assertThat(expected.get("D2").ending()).isNull();
            assertThat(expected.get("D3").ending().closure()).isEqualTo(Closure.RESOLVED);
        }

        private static Map<String, DossierState> foldByDossier(List<RecordedEvent> events, Map<String, String> dossierOf) {
            return events.stream().collect(Collectors.groupingBy(event -> dossierOf.get(event.eventId()), TreeMap::new,
                    Collectors.collectingAndThen(Collectors.toList(), DossierStateRules::fold)));
        }
    }
}
