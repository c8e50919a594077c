package vn.dvc.commons.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MultiRowInsertTest {

    @Test
    void theRowIsRepeatedAndTheUpsertClauseKept() {
        MultiRowInsert insert = MultiRowInsert.of("INSERT INTO kpi_daily (unit_code, measure, day, value) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE value = value + VALUES(value)").orElseThrow();

        assertThat(insert.forRows(3)).isEqualTo("INSERT INTO kpi_daily (unit_code, measure, day, value) VALUES "
                + "(?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?) ON DUPLICATE KEY UPDATE value = value + VALUES(value)");
    }

    @Test
    void insertIgnoreAndConstantsInTheRowWork() {
        assertThat(MultiRowInsert.of("insert ignore into dossier (dossier_id, version) values (?, 0)").orElseThrow()
                .forRows(2)).isEqualTo("insert ignore into dossier (dossier_id, version) values (?, 0), (?, 0)");
    }

    @Test
    void otherStatementsAreLeftToAPlainBatch() {
        assertThat(MultiRowInsert.of("UPDATE kpi_dossier SET paid_online = ? WHERE dossier_id = ?")).isEmpty();
        assertThat(MultiRowInsert.of("INSERT INTO t (a) SELECT a FROM u WHERE b = ?")).isEmpty();
    }
}
