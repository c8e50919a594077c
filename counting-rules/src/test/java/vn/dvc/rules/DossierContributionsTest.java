package vn.dvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.Closure;
import vn.dvc.contracts.dossier.Timeliness;

/** Counting rules v1 as summary-row contributions, one edge at a time. */
class DossierContributionsTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2022, 6, 1);
    private static final LocalDate JUNE_8 = LocalDate.of(2022, 6, 8);
    private static final LocalDate JUNE_10 = LocalDate.of(2022, 6, 10);

    static DossierFact received(Channel channel, LocalDate day) {
        return new DossierFact("d", 1, "H10", "s", channel, day, false, false, null, null, null, false, false, null, "PROVINCE", false,
                DossierFact.DataUsed.NONE, false, false);
    }

    static DossierFact ended(Closure closure, LocalDate endDay, Timeliness timeliness, boolean eResult, boolean apologised,
                             LocalDate overdueDay) {
        return new DossierFact("d", 2, "H10", "s", Channel.DIRECT, JUNE_1, true, true, closure, endDay, timeliness, eResult,
                apologised, overdueDay, "PROVINCE", false, DossierFact.DataUsed.NONE, false, false);
    }

    private static Contribution at(Measure measure, LocalDate day) {
        return new Contribution("H10", measure, day, 1);
    }

    @Test
    void anOnlineDossierCountsAsReceivedAndAsReceivedOnline() {
        assertThat(DossierContributions.of(received(Channel.ONLINE, JUNE_1)))
                .containsExactly(at(Measure.RECEIVED, JUNE_1), at(Measure.RECEIVED_ONLINE, JUNE_1));
    }

    @Test
    void aCounterOrPostalDossierCountsOnlyAsReceived() {
        assertThat(DossierContributions.of(received(Channel.POSTAL, JUNE_1))).containsExactly(at(Measure.RECEIVED, JUNE_1));
    }

    @Test
    void aDossierNotYetReceivedCountsNothing() {
        assertThat(DossierContributions.of(received(Channel.ONLINE, null))).isEmpty();
        assertThat(DossierContributions.of(null)).isEmpty();
    }

    @Test
    void aResolvedDossierCountsOnItsEndDayWithItsTimelinessAndResult() {
        assertThat(DossierContributions.of(ended(Closure.RESOLVED, JUNE_8, Timeliness.EARLY, true, false, null))).containsExactly(
                at(Measure.RECEIVED, JUNE_1), at(Measure.RECEIVED_DIGITISED, JUNE_1),
                at(Measure.RECEIVED_FEE_BEARING, JUNE_1), at(Measure.ENDED, JUNE_8), at(Measure.RESOLVED, JUNE_8),
                at(Measure.RESOLVED_EARLY, JUNE_8), at(Measure.RESOLVED_E_RESULT, JUNE_8),
                at(Measure.RESOLVED_SATISFYING, JUNE_8));
    }

    @Test
    void aLateDossierIsOverdueFromItsDueDayUntilItsEndAndItsApologyCounts() {
        assertThat(DossierContributions.of(ended(Closure.RESOLVED, JUNE_10, Timeliness.LATE, false, true, JUNE_8)))
                .contains(at(Measure.RESOLVED_LATE, JUNE_10), at(Measure.RESOLVED_LATE_APOLOGISED, JUNE_10),
                        at(Measure.OVERDUE_FROM, JUNE_8), at(Measure.OVERDUE_UNTIL, JUNE_10),
                        at(Measure.OVERDUE_FROM_APOLOGISED, JUNE_8), at(Measure.OVERDUE_UNTIL_APOLOGISED, JUNE_10))
                .doesNotContain(at(Measure.RESOLVED_ON_TIME, JUNE_10));
    }

    @Test
    void dataTakenFromWhatIsHeldBeforeCountsOnTheDayOfReceipt() {
        DossierFact reusing = received(Channel.ONLINE, JUNE_1).withDataUsed(new DossierFact.DataUsed(true, false, true));

        assertThat(DossierContributions.of(reusing)).contains(at(Measure.RECEIVED_DATA_REUSED, JUNE_1),
                        at(Measure.RECEIVED_RESIDENT_DATA, JUNE_1))
                .noneMatch(c -> c.measure() == Measure.RECEIVED_FROM_PERSONAL_STORE);
        assertThat(DossierContributions.of(received(Channel.ONLINE, JUNE_1)))
                .noneMatch(c -> c.measure() == Measure.RECEIVED_DATA_REUSED || c.measure() == Measure.RECEIVED_RESIDENT_DATA);
        assertThat(DossierContributions.of(received(Channel.ONLINE, null).withDataUsed(new DossierFact.DataUsed(true, true, true))))
                .as("a dossier not received counts nowhere").isEmpty();
    }

    @Test
    void aDossierResolvedInTimeSatisfiesUnlessRatedUnsatisfiedOrComplainedOf() {
        assertThat(DossierContributions.of(ended(Closure.RESOLVED, JUNE_8, Timeliness.EARLY, false, false, null)))
                .contains(at(Measure.RESOLVED_SATISFYING, JUNE_8));
        assertThat(DossierContributions.of(ended(Closure.RESOLVED, JUNE_8, Timeliness.ON_TIME, false, false, null)
                .withDissatisfied(true))).noneMatch(c -> c.measure() == Measure.RESOLVED_SATISFYING);
        assertThat(DossierContributions.of(ended(Closure.RESOLVED, JUNE_10, Timeliness.LATE, false, false, JUNE_8)))
                .as("late").noneMatch(c -> c.measure() == Measure.RESOLVED_SATISFYING);
        assertThat(DossierContributions.of(ended(Closure.WITHDRAWN, JUNE_8, null, false, false, null)))
                .as("not resolved").noneMatch(c -> c.measure() == Measure.RESOLVED_SATISFYING);
    }

    @Test
    void anOpenOverdueDossierHasNoEnd() {
        DossierFact open = new DossierFact("d", 2, "H10", "s", Channel.ONLINE, JUNE_1, false, false, null, null, null,
                false, false, JUNE_8, "PROVINCE", false, DossierFact.DataUsed.NONE, false, false);

        assertThat(DossierContributions.of(open)).contains(at(Measure.OVERDUE_FROM, JUNE_8))
                .noneMatch(c -> c.measure() == Measure.OVERDUE_UNTIL || c.measure() == Measure.ENDED);
    }

    @Test
    void aWithdrawnDossierEndsWithoutBeingResolved() {
        assertThat(DossierContributions.of(ended(Closure.WITHDRAWN, JUNE_8, null, false, false, null)))
                .contains(at(Measure.ENDED, JUNE_8))
                .noneMatch(c -> c.measure().name().startsWith("RESOLVED"));
    }

    @Test
    void aResolvedDossierWithoutDueTimeIsOnTime() {
        assertThat(DossierContributions.of(ended(Closure.RESOLVED, JUNE_8, null, false, false, null)))
                .contains(at(Measure.RESOLVED_ON_TIME, JUNE_8));
    }

    @Test
    void aReceivedDossierUsesItsServicesOfferingAtItsTierOnceAndOnlineWhenOnline() {
        assertThat(DossierContributions.usesOf(received(Channel.ONLINE, JUNE_1)))
                .containsExactly(new OfferingUse("H10", JUNE_1, "s", "PROVINCE", 1, 1));
        assertThat(DossierContributions.usesOf(received(Channel.DIRECT, JUNE_1)))
                .containsExactly(new OfferingUse("H10", JUNE_1, "s", "PROVINCE", 1, 0));
        assertThat(DossierContributions.usesOf(received(Channel.ONLINE, null))).isEmpty();
        assertThat(OfferingTier.ofUnitTier(Tier.DEPARTMENT)).isEqualTo("PROVINCE");
        assertThat(OfferingTier.ofUnitTier(Tier.COMMUNE)).isEqualTo("COMMUNE");
    }

    @Test
    void aFeeBearingDossierPaidOnlineCountsOnItsReceiptDay() {
        DossierFact paid = ended(Closure.RESOLVED, JUNE_8, Timeliness.EARLY, false, false, null).withPaidOnline(true);

        assertThat(DossierContributions.of(paid)).contains(at(Measure.RECEIVED_FEE_BEARING, JUNE_1),
                at(Measure.RECEIVED_FEE_PAID_ONLINE, JUNE_1));
        assertThat(DossierContributions.of(paid.withPaidOnline(false)))
                .noneMatch(c -> c.measure() == Measure.RECEIVED_FEE_PAID_ONLINE);
    }

    @Test
    void aSuccessfulPaymentCountsWithItsAmountAndItsRefundRetractsIt() {
        PaymentFact success = new PaymentFact("T", 2, "d", "H10", "FEE", 999_999_999_999_999L, "SUCCESS", JUNE_1);
        PaymentFact refunded = new PaymentFact("T", 3, "d", "H10", "FEE", 999_999_999_999_999L, "REFUNDED", JUNE_1);

        assertThat(PaymentContributions.of(success)).containsExactly(at(Measure.PAYMENTS, JUNE_1),
                new Contribution("H10", Measure.PAYMENT_AMOUNT_VND, JUNE_1, 999_999_999_999_999L));
        assertThat(PaymentContributions.delta(success, refunded)).containsExactly(
                new Contribution("H10", Measure.PAYMENTS, JUNE_1, -1),
                new Contribution("H10", Measure.PAYMENT_AMOUNT_VND, JUNE_1, -999_999_999_999_999L));
    }

    @Test
    void aNewerStateRetractsTheOldContributionAndAddsTheNew() {
        DossierFact before = received(Channel.ONLINE, JUNE_1);
        DossierFact after = received(Channel.ONLINE, JUNE_1.plusDays(1));

        List<Contribution> delta = DossierContributions.delta(before, after);

        assertThat(delta).containsExactlyInAnyOrder(
                new Contribution("H10", Measure.RECEIVED, JUNE_1.plusDays(1), 1),
                new Contribution("H10", Measure.RECEIVED_ONLINE, JUNE_1.plusDays(1), 1),
                new Contribution("H10", Measure.RECEIVED, JUNE_1, -1),
                new Contribution("H10", Measure.RECEIVED_ONLINE, JUNE_1, -1));
    }
}
