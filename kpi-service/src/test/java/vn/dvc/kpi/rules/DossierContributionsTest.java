package vn.dvc.kpi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierContributionsTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2022, 6, 1);

    @Test
    void anOnlineDossierCountsAsReceivedAndAsReceivedOnline() {
        assertThat(DossierContributions.of(new DossierFact("d", 1, "H10", "s", "ONLINE", JUNE_1))).containsExactly(
                new Contribution("H10", Measure.RECEIVED, JUNE_1, 1),
                new Contribution("H10", Measure.RECEIVED_ONLINE, JUNE_1, 1));
    }

    @Test
    void aCounterOrPostalDossierCountsOnlyAsReceived() {
        assertThat(DossierContributions.of(new DossierFact("d", 1, "H10", "s", "POSTAL", JUNE_1)))
                .containsExactly(new Contribution("H10", Measure.RECEIVED, JUNE_1, 1));
    }

    @Test
    void aDossierNotYetReceivedCountsNothing() {
        assertThat(DossierContributions.of(new DossierFact("d", 1, "H10", "s", "ONLINE", null))).isEmpty();
        assertThat(DossierContributions.of(null)).isEmpty();
    }

    @Test
    void aNewerStateRetractsTheOldContributionAndAddsTheNew() {
        DossierFact before = new DossierFact("d", 1, "H10", "s", "ONLINE", JUNE_1);
        DossierFact after = new DossierFact("d", 2, "H10", "s", "ONLINE", JUNE_1.plusDays(1));

        List<Contribution> delta = DossierContributions.delta(before, after);

        assertThat(delta).containsExactlyInAnyOrder(
                new Contribution("H10", Measure.RECEIVED, JUNE_1.plusDays(1), 1),
                new Contribution("H10", Measure.RECEIVED_ONLINE, JUNE_1.plusDays(1), 1),
                new Contribution("H10", Measure.RECEIVED, JUNE_1, -1),
                new Contribution("H10", Measure.RECEIVED_ONLINE, JUNE_1, -1));
    }
}
