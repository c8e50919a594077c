package vn.dvc.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private final Path root = Path.of("/opt/suite");

    @Test
    void defaultsWorkOnAFreshMachine() {
        LauncherSettings settings = LauncherSettings.from(root, Map.of());

        assertThat(settings.runDir()).isEqualTo(Path.of("/opt/suite/.run"));
        assertThat(settings.database()).isEqualTo(new Endpoint("127.0.0.1", 3306));
        assertThat(settings.kafka()).isEqualTo(new Endpoint("127.0.0.1", 9092));
        assertThat(settings.portOf(SuiteService.GATEWAY)).isEqualTo(8080);
        assertThat(settings.portOf(SuiteService.PAYMENT)).isEqualTo(8084);
    }

    @Test
    void externalServersReplaceTheEmbeddedOnes() {
        LauncherSettings settings = LauncherSettings.from(root, Map.of(
                "SUITE_EXTERNAL_DB", "db.internal:3307", "SUITE_EXTERNAL_KAFKA", "kafka.internal:19092",
                "SUITE_PORT_OFFSET", "100"));

        assertThat(settings.database()).isEqualTo(new Endpoint("db.internal", 3307));
        assertThat(settings.kafka()).isEqualTo(new Endpoint("kafka.internal", 19092));
        assertThat(settings.portOf(SuiteService.DOSSIER)).isEqualTo(8181);
    }

    @Test
    void aMalformedSettingIsAClearError() {
        assertThatThrownBy(() -> LauncherSettings.from(root, Map.of("SUITE_DB_PORT", "db")))
                .isInstanceOf(LauncherException.class).hasMessage("SUITE_DB_PORT must be a number, was 'db'");
        assertThatThrownBy(() -> LauncherSettings.from(root, Map.of("SUITE_EXTERNAL_KAFKA", "kafka")))
                .isInstanceOf(LauncherException.class).hasMessage("'kafka' is not host:port");
    }
}
