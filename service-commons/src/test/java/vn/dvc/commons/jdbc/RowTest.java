package vn.dvc.commons.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RowTest {

    private final Row row = new Row(Row.columnsOf(new String[] {"dossier_id", "VERSION", "received_day", "paid_online",
            "updated_at", "total"}), new Object[] {"d-1", 7L, Date.valueOf("2022-06-01"), 1,
            LocalDateTime.of(2022, 6, 1, 2, 0), null});

    @Test
    void columnsAreReadByTheirLabelWhateverTheCaseTheServerSendsItIn() {
        assertThat(row.string("dossier_id")).isEqualTo("d-1");
        assertThat(row.longValue("version")).isEqualTo(7);
        assertThat(row.day("received_day")).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(row.bool("paid_online")).isTrue();
        assertThat(row.value("total")).isNull();
    }

    @Test
    void aTimestampAsTheDriverReturnsItIsReadAsUtc() {
        assertThat(row.instant("updated_at")).isEqualTo(Instant.parse("2022-06-01T02:00:00Z"));
    }

    @Test
    void aColumnTheStatementDoesNotSelectIsAnErrorNotANull() {
        assertThatThrownBy(() -> row.string("unit_code")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit_code");
    }
}
