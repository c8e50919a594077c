package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.launcher.RestoreGap;

/**
 * The restore drill through the launcher ({@code ./suite backup}, {@code ./suite restore FILE}): a backup taken, more
 * dossier events accepted, the backup restored — the figures lose nothing (every projection is rebuilt from the log),
 * and what dossier-service no longer holds is named record by record: exactly the events accepted after the backup.
 */
class BackupRestoreDrillTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BR-" + run;
    private final String district = province + ".H1";
    private final String service = "BR-" + run + "-S";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    @Test
    void aRestoredBackupLosesNoFigureAndNamesEveryRecordTheOwnerNoLongerHolds() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh", "tier", "PROVINCE"),
                Map.of("code", district, "name", "Huyện", "tier", "DISTRICT", "parentCode", province))).put("/api/v1/units")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục", "field", "Tư pháp",
                        "feeBearing", false, "offerings", List.of(Map.of("tier", "DISTRICT", "onlineMode", "FULL")))))
                .put("/api/v1/services").then().statusCode(200);
        send(received(0, 20));
        awaitReceivedAndResolved(20, 0);

        Path backup = RunningSuite.backup();
        assertThat(backup).exists();

        // after the backup: ten more dossiers, and the first one resolved
        List<Map<String, Object>> after = received(20, 30);
        after.add(Map.of("eventId", dossier(0) + "/k", "dossierId", dossier(0), "status", "RESOLVED",
                "occurredAt", "2022-06-08T10:00:00+07:00"));
        send(after);
        awaitReceivedAndResolved(30, 1);
        String figuresBefore = kpis();

        RestoreGap gap = RunningSuite.restore(backup);

        assertThat(kpis()).as("every figure, rebuilt from the log").isEqualTo(figuresBefore);
        List<RestoreGap.Missing> ours = gap.missing().stream()
                .filter(missing -> missing.dossierId() != null && missing.dossierId().startsWith(province + "-")).toList();
        List<String> expected = new ArrayList<>(List.of(dossier(0)));
        for (int i = 20; i < 30; i++) {
            expected.add(dossier(i));
        }
        assertThat(ours).extracting(RestoreGap.Missing::dossierId).as("the events accepted after the backup, each once")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(gap.missing()).filteredOn(missing -> missing.dossierId() != null && missing.dossierId().startsWith(province + "-"))
                .allSatisfy(missing -> assertThat(missing.topic()).isEqualTo("dossier-events"));
        given().get("/api/v1/dossiers/" + dossier(25)).then().statusCode(404);
        given().get("/api/v1/dossiers/" + dossier(0)).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("RECEIVED"));
        assertThat(backup.resolveSibling(backup.getFileName().toString().replace(".sql.gz", "")).getParent())
                .isDirectoryContaining(file -> file.getFileName().toString().contains(".gap-") && Files.isRegularFile(file));
    }

    private String dossier(int i) {
        return province + "-D" + i;
    }

    private List<Map<String, Object>> received(int from, int to) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            events.add(Map.of("eventId", dossier(i) + "/r", "dossierId", dossier(i), "status", "RECEIVED",
                    "occurredAt", "2022-06-01T09:00:00+07:00", "unitCode", district, "serviceCode", service, "channel", "ONLINE",
                    "dueAt", "2022-06-10T17:00:00+07:00"));
        }
        return events;
    }

    private static void send(List<Map<String, Object>> events) {
        given().contentType(ContentType.JSON).body(events).post("/api/v1/dossier-events/batch").then().statusCode(202);
    }

    private void awaitReceivedAndResolved(long received, long resolved) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            var figures = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                    .get("/api/v1/kpis").then().extract().jsonPath();
            return figures.getLong("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator") == received
                    && figures.getLong("indicators.find { it.code == 'E_RESULT' }.denominator") == resolved;
        });
    }

    private String kpis() {
        return given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/kpis").then().statusCode(200).extract().jsonPath().getList("indicators").toString();
    }
}
