package vn.dvc.dossier.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.dossier.entity.Dossier;

/** The dossier table is mapped once: the entity's columns are exactly the table's, as the migrations made it. */
@QuarkusTest
class EntityColumnsTest {

    @Inject
    Jdbc jdbc;

    @Test
    void theDossierEntityNamesEveryColumnOfItsTableAndNoOther() {
        List<String> table = jdbc.rows("SELECT column_name AS name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = 'dossier'", List.of()).stream()
                .map(row -> row.string("name")).toList();

        assertThat(EntityColumns.of(Dossier.class).names()).containsExactlyInAnyOrderElementsOf(table);
    }

    @Test
    void anInstantIsGivenAsATimestampAndTheValuesFollowTheNames() {
        Dossier dossier = new Dossier();
        dossier.dossierId = "D-1";
        dossier.receivedAt = Instant.parse("2022-06-10T01:30:00Z");
        EntityColumns<Dossier> columns = EntityColumns.of(Dossier.class);

        List<?> values = columns.valuesOf(dossier);

        assertThat(values).hasSameSizeAs(columns.names());
        assertThat(values.get(columns.names().indexOf("dossier_id"))).isEqualTo("D-1");
        assertThat(values.get(columns.names().indexOf("received_at"))).isEqualTo(Timestamp.from(dossier.receivedAt));
        assertThat(values.get(columns.names().indexOf("ended_at"))).isNull();
    }
}
