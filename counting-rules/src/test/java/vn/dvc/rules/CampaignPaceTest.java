package vn.dvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.dvc.rules.Ratio;

class CampaignPaceTest {

    @Test
    void theEndIsProjectedAtTheRecentPaceAndTheNeededRunRateReachesTheTarget() {
        // 10 of 40 online now; a week ago 6 of 24: the week added 4 of 16. Twenty days remain.
        CampaignPace.Projection pace = CampaignPace.of(Ratio.of(10, 40), Ratio.of(6, 24), 7, 20, new BigDecimal("50"));

        // End: (10 + 4/7·20) / (40 + 16/7·20) = 21.43 / 85.71 = 25.00%; 50% of 85.71 is 42.86, 32.86 more in 20 days.
        assertThat(pace.projectedPercent()).isEqualByComparingTo("25.00");
        assertThat(pace.neededPerDay()).isEqualByComparingTo("1.64");
    }

    @Test
    void aTargetAlreadyReachedNeedsNothingAndAnEndedCampaignProjectsWhereItStands() {
        CampaignPace.Projection reached = CampaignPace.of(Ratio.of(30, 40), Ratio.of(20, 30), 7, 10, new BigDecimal("50"));
        CampaignPace.Projection ended = CampaignPace.of(Ratio.of(30, 40), Ratio.of(20, 30), 7, 0, new BigDecimal("50"));

        assertThat(reached.neededPerDay()).isEqualByComparingTo("0");
        assertThat(ended.neededPerDay()).isNull();
        assertThat(ended.projectedPercent()).isEqualByComparingTo("75.00");
    }
}
