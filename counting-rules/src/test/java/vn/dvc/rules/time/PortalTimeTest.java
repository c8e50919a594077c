package vn.dvc.rules.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalTimeTest {

    @Test
    void theNationalPortalsFormIsLocalTime() {
        assertThat(PortalTime.parse("20220601083000")).contains(Instant.parse("2022-06-01T01:30:00Z"));
        assertThat(PortalTime.parse("2022-06-01T08:30:00")).contains(Instant.parse("2022-06-01T01:30:00Z"));
        assertThat(PortalTime.parse("2022-06-01T08:30:00+07:00")).contains(Instant.parse("2022-06-01T01:30:00Z"));
    }

    @Test
    void anImpossibleDayIsNoTimeNeverTheMonthsLastDay() {
        assertThat(PortalTime.parse("20220231083000")).isEmpty();
        assertThat(PortalTime.parse("20221301083000")).isEmpty();
        assertThat(PortalTime.parse("20220601250000")).isEmpty();
    }
}
