package vn.dvc.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ImportTimesTest {

    private static final OffsetDateTime JUNE_1_0830 = OffsetDateTime.parse("2022-06-01T08:30:00+07:00");

    @Test
    void theFormsOfficeExportsUseAreOneInstant() {
        for (String text : new String[] {"01/06/2022 08:30", "1/6/2022 8:30", "01/06/2022 08:30:00", "01-06-2022 08:30",
                "20220601083000", "2022-06-01T08:30:00", "2022-06-01T08:30:00+07:00", "2022-06-01T01:30:00Z"}) {
            assertThat(ImportTimes.parse(text)).as(text).hasValueSatisfying(time -> assertThat(time.isEqual(JUNE_1_0830)).isTrue());
        }
        assertThat(ImportTimes.parse("01/06/2022")).contains(OffsetDateTime.parse("2022-06-01T00:00:00+07:00"));
    }

    @Test
    void anImpossibleDayOrAnythingElseIsNoTime() {
        for (String text : new String[] {"31/02/2022", "31/02/2022 08:00", "2022-13-01T00:00", "hôm qua", "", "1/6/22 8:30"}) {
            assertThat(ImportTimes.parse(text)).as(text).isEmpty();
        }
        assertThat(ImportTimes.parse(null)).isEmpty();
    }
}
