package vn.dvc.kpi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void percentIsRoundedHalfUpToTwoDecimals() {
        assertThat(Ratio.of(30_615, 141_618).percent()).isEqualByComparingTo("21.62");
        assertThat(Ratio.of(449, 1_651).percent()).isEqualByComparingTo("27.20");
        // The plan printed 14.06 by truncation; half-up gives 14.07 (domain.md, the seed's figures).
        assertThat(Ratio.of(30_615, 217_622).percent()).isEqualByComparingTo("14.07");
        assertThat(Ratio.of(1, 8).percent()).isEqualByComparingTo("12.50");
        assertThat(Ratio.of(1, 800).percent()).isEqualByComparingTo("0.13");
    }

    @Test
    void percentIsNullWhenNothingWasCounted() {
        assertThat(Ratio.of(0, 0).percent()).isNull();
    }

    @Test
    void onlineDossierShareIsOnlineOverAllReceived() {
        Ratio share = new OnlineDossierShare().compute(Map.of(Measure.RECEIVED, 141_618L, Measure.RECEIVED_ONLINE, 30_615L));

        assertThat(share.numerator()).isEqualTo(30_615);
        assertThat(share.denominator()).isEqualTo(141_618);
        IndicatorValue value = IndicatorValue.of(OnlineDossierShare.CODE, share, new BigDecimal("50.0"));
        assertThat(value.met()).isFalse();
        assertThat(IndicatorValue.of(OnlineDossierShare.CODE, Ratio.of(1, 2), new BigDecimal("50.0")).met()).isTrue();
        assertThat(IndicatorValue.of(OnlineDossierShare.CODE, Ratio.of(0, 0), new BigDecimal("50.0")).met()).isNull();
    }
}
