package vn.dvc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsumerChannelsTest {

    @TempDir
    Path folder;

    @Test
    void theTopicsAndGroupsOfAProfileAreItsOwnWhereItNamesThemAndTheDefaultsElsewhere() throws IOException {
        Path properties = folder.resolve("application.properties");
        Files.writeString(properties, String.join("\n",
                "mp.messaging.incoming.dossier-events.topic=dossier-events",
                "mp.messaging.incoming.dossier-events.group.id=kpi-service.dossier-events",
                "%test.mp.messaging.incoming.dossier-events.group.id=kpi-service-test.dossier-events",
                "mp.messaging.incoming.catalog-events.topic=catalog-events",
                "mp.messaging.incoming.catalog-events.group.id=kpi-service.catalog-events",
                "mp.messaging.outgoing.dlq.topic=dossier-events-dlq"), StandardCharsets.UTF_8);

        assertThat(ConsumerChannels.of(properties, Optional.empty())).isEqualTo(new ConsumerChannels(
                List.of("catalog-events", "dossier-events"), List.of("kpi-service.catalog-events", "kpi-service.dossier-events")));
        assertThat(ConsumerChannels.of(properties, Optional.of("test")).groups())
                .containsExactly("kpi-service-test.dossier-events", "kpi-service.catalog-events");
    }

    @Test
    void aServiceTablesAreTheDerivedAndTheOwnedItsListNames() throws IOException {
        Path tables = folder.resolve("tables.txt");
        Files.writeString(tables, "# a comment\nderived unit_copy\n\nowned payment\nderived processed_event\n", StandardCharsets.UTF_8);

        ProjectionRebuild.ServiceTables listed = ProjectionRebuild.ServiceTables.of(tables);

        assertThat(listed.derived()).containsExactly("unit_copy", "processed_event");
        assertThat(listed.owned()).containsExactly("payment");
    }
}
