package vn.dvc.kpi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.figures.Ratio;

class OnlineDossierShareTest {

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
