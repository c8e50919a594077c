package vn.dvc.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DossierStateRulesTest {

    private static final Instant RECEIPT = Instant.parse("2022-06-01T01:30:00Z");

    private static RecordedEvent event(String id, DossierStatus status, Instant at, String unit, String channel) {
        return new RecordedEvent(id, status, at, unit, unit == null ? null : "1.004227", channel);
    }

    @Test
    void aDossierCountsFromItsReceivedEventWithTheChannelFirstSeen() {
        DossierStateRules.DossierState state = DossierStateRules.fold(List.of(
                event("e1", DossierStatus.SUBMITTED, RECEIPT.minusSeconds(3600), "H10", "ONLINE"),
                event("e2", DossierStatus.RECEIVED, RECEIPT, "H10", "DIRECT"),
                event("e3", DossierStatus.PROCESSING, RECEIPT.plusSeconds(60), null, null)));

        assertThat(state.receivedAt()).isEqualTo(RECEIPT);
        assertThat(state.channel()).isEqualTo("ONLINE");
        assertThat(state.unitCode()).isEqualTo("H10");
        assertThat(state.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(state.version()).isEqualTo(3);
    }

    @Test
    void aDossierWithoutReceivedEventIsNotReceived() {
        DossierStateRules.DossierState state = DossierStateRules.fold(List.of(
                event("e1", DossierStatus.SUBMITTED, RECEIPT, "H10", "ONLINE"),
                event("e2", DossierStatus.REJECTED, RECEIPT.plusSeconds(10), null, null)));

        assertThat(state.receivedAt()).isNull();
        assertThat(state.status()).isEqualTo(DossierStatus.REJECTED);
    }

    @Test
    void aResolutionThatArrivesFirstIsHeldUntilTheReceiptComes() {
        DossierStateRules.DossierState held = DossierStateRules.fold(List.of(
                event("e9", DossierStatus.RESOLVED, RECEIPT.plusSeconds(86_400), null, null)));
        DossierStateRules.DossierState completed = DossierStateRules.fold(List.of(
                event("e9", DossierStatus.RESOLVED, RECEIPT.plusSeconds(86_400), null, null),
                event("e2", DossierStatus.RECEIVED, RECEIPT, "H10", "ONLINE")));

        assertThat(held.receivedAt()).isNull();
        assertThat(completed.receivedAt()).isEqualTo(RECEIPT);
        assertThat(completed.status()).isEqualTo(DossierStatus.RESOLVED);
        assertThat(completed.unitCode()).isEqualTo("H10");
    }

    @Test
    void anyArrivalOrderOfTheSameEventsGivesTheSameState() {
        List<RecordedEvent> events = List.of(
                event("a", DossierStatus.RECEIVED, RECEIPT, "H10", "POSTAL"),
                event("b", DossierStatus.PROCESSING, RECEIPT.plusSeconds(5), null, null),
                event("c", DossierStatus.SUPPLEMENT_REQUESTED, RECEIPT.plusSeconds(5), "H11", "ONLINE"),
                event("d", DossierStatus.SUPPLEMENT_RECEIVED, RECEIPT.plusSeconds(500), null, null),
                event("e", DossierStatus.RESOLVED, RECEIPT.plusSeconds(900), null, null),
                event("f", DossierStatus.RETURNED, RECEIPT.plusSeconds(900), null, null));
        DossierStateRules.DossierState expected = DossierStateRules.fold(events);
        Random random = new Random(20220601);

        for (int round = 0; round < 200; round++) {
            List<RecordedEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            assertThat(DossierStateRules.fold(shuffled)).isEqualTo(expected);
        }
        assertThat(expected.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(expected.channel()).isEqualTo("POSTAL");
    }
}
