package vn.dvc.payment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.payment.model.PaymentStatus;
import vn.dvc.payment.service.PaymentTransitions.Change;
import vn.dvc.problem.Violation;

class PaymentTransitionsTest {

    private static ReportedPayment report(PaymentStatus status, long amount) {
        return new ReportedPayment("T1", "D1", "VPDK", "Đất đai", "LAND_OBLIGATION", amount, status,
                Instant.parse("2022-06-01T03:00:00Z"), "VNPAY");
    }

    @Test
    void aNewTransactionIsTakenAndTheSameReportAgainIsADuplicate() {
        assertThat(PaymentTransitions.judge(null, report(PaymentStatus.SUCCESS, 100)).change()).isEqualTo(Change.NEW);
        assertThat(PaymentTransitions.judge(report(PaymentStatus.SUCCESS, 100), report(PaymentStatus.SUCCESS, 100))
                .change()).isEqualTo(Change.DUPLICATE);
    }

    @Test
    void theStatusOnlyMovesForwardAndAStatusBehindTheStoredOneIsALateReportChangingNothing() {
        assertThat(PaymentTransitions.judge(report(PaymentStatus.FAILED, 100), report(PaymentStatus.SUCCESS, 100))
                .change()).isEqualTo(Change.UPDATE);
        assertThat(PaymentTransitions.judge(report(PaymentStatus.SUCCESS, 100), report(PaymentStatus.REFUNDED, 100))
                .change()).isEqualTo(Change.UPDATE);
        assertThat(PaymentTransitions.judge(report(PaymentStatus.REFUNDED, 100), report(PaymentStatus.SUCCESS, 100))
                .change()).isEqualTo(Change.DUPLICATE);
        assertThat(PaymentTransitions.judge(report(PaymentStatus.SUCCESS, 100), report(PaymentStatus.FAILED, 100))
                .change()).isEqualTo(Change.DUPLICATE);
        assertThat(PaymentTransitions.judge(report(PaymentStatus.SUCCESS, 100), report(PaymentStatus.FAILED, 101))
                .conflicts()).extracting(Violation::field).containsExactly("amountVnd");
    }

    @Test
    void whatATransactionIsNeverChanges() {
        ReportedPayment elsewhere = new ReportedPayment("T1", "D2", "OTHER", "Hộ tịch", "FEE", 101,
                PaymentStatus.SUCCESS, Instant.parse("2022-06-01T03:00:00Z"), "MOMO");

        assertThat(PaymentTransitions.judge(report(PaymentStatus.SUCCESS, 100), elsewhere).conflicts())
                .extracting(Violation::field)
                .containsExactly("amountVnd", "unitCode", "kind", "field", "provider", "dossierId");
    }

    @Test
    void everyArrivalOrderOfAStatusHistoryEndsInTheSameStatus() {
        for (List<PaymentStatus> order : permutations(List.of(PaymentStatus.FAILED, PaymentStatus.SUCCESS,
                PaymentStatus.REFUNDED))) {
            ReportedPayment state = null;
            for (PaymentStatus status : order) {
                ReportedPayment reported = report(status, 100);
                Change change = PaymentTransitions.judge(state, reported).change();
                if (change == Change.NEW || change == Change.UPDATE) {
                    state = reported;
                }
            }
            assertThat(state.status()).as("arrival order %s", order).isEqualTo(PaymentStatus.REFUNDED);
        }
    }

    private static List<List<PaymentStatus>> permutations(List<PaymentStatus> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<PaymentStatus>> all = new ArrayList<>();
        for (PaymentStatus first : items) {
            List<PaymentStatus> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<PaymentStatus> tail : permutations(rest)) {
                List<PaymentStatus> permutation = new ArrayList<>(Arrays.asList(first));
                permutation.addAll(tail);
                all.add(permutation);
            }
        }
        return all;
    }
}
