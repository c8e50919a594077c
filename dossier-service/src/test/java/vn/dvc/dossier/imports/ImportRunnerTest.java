package vn.dvc.dossier.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.dossier.repository.ImportStore;

/** An import whose reading keeps ending in a crash is failed at start-up instead of being read again: no crash loop. */
@QuarkusTest
class ImportRunnerTest {

    @Inject
    ImportRunner runner;

    @Inject
    ImportStore store;

    @Inject
    ImportFiles files;

    @Inject
    Jdbc jdbc;

    /** An import left RUNNING, as a crash leaves it, whose runs have ended in a crash {@code attempts} times. */
    private String interrupted(int attempts) {
        String id = UUID.randomUUID().toString();
        byte[] csv = "Mã đơn vị,Từ ngày,Đến ngày,Tổng số\n".getBytes(StandardCharsets.UTF_8);
        ImportFiles.Saved saved = files.save(id, new ByteArrayInputStream(csv), 0);
        store.create(id, "dossier-totals", ImportFormat.CSV, "crash.csv", saved.sha256(), saved.size(),
                new vn.dvc.access.identity.Caller("test", "ops", null));
        jdbc.update("UPDATE history_import SET status = 'RUNNING', attempts = ? WHERE id = ?", List.of(attempts, id));
        return id;
    }

    @Test
    void afterTheLastAllowedCrashTheImportFailsAndItsFileGoes() {
        String crashedOften = interrupted(3);
        String crashedOnce = interrupted(1);

        runner.resumeUnfinished(new StartupEvent());

        ImportProgress failed = store.find(crashedOften).orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportProgress.Status.FAILED);
        assertThat(failed.failure()).contains("gián đoạn đột ngột 3 lần");
        assertThat(Files.exists(files.pathOf(crashedOften))).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> store.find(crashedOnce).orElseThrow().status()
                == ImportProgress.Status.DONE);
        assertThat(store.find(crashedOnce).orElseThrow().attempts()).as("the crashed run and the one that finished").isEqualTo(2);
        assertThat(Files.exists(files.pathOf(crashedOnce))).isFalse();
        given().get("/api/v1/imports/" + crashedOften).then().statusCode(200);
    }
}
