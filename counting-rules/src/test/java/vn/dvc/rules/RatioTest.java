package vn.dvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void percentIsRoundedHalfUpToTwoDecimals() {
        assertThat(Ratio.of(30_615, 141_618).percent()).isEqualByComparingTo("21.62");
        assertThat(Ratio.of(449, 1_651).percent()).isEqualByComparingTo("27.20");
        // The plan printed 14.06 by truncation; half-up gives 14.07 (docs/counting-rules.md, the seed's figures).
        assertThat(Ratio.of(30_615, 217_622).percent()).isEqualByComparingTo("14.07");
        assertThat(Ratio.of(1, 8).percent()).isEqualByComparingTo("12.50");
        assertThat(Ratio.of(1, 800).percent()).isEqualByComparingTo("0.13");
    }

    @Test
    void percentIsNullWhenNothingWasCounted() {
        assertThat(Ratio.of(0, 0).percent()).isNull();
    }
}
