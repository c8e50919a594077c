package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a dossier took from data held before, as the national portal's sync tells it (docs/dvcqg-sync.md): a component
 * re-used, one from the citizen's national data store, a VNeID-verified account, a link to the population database —
 * counted by the three indicators and the three Decision 766 parts they feed, computed here by hand; the identity
 * numbers the snapshot carries are never kept.
 */
class DossierDataUsedThroughGatewayTest {

    private static final String IDENTITY_NUMBER = "079123456789";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "DU-" + run;
    private final String district = "DU-" + run + ".H1";
    private final String service = "DU-" + run + "-S";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private Map<String, Object> snapshot(int i) {
        Map<String, Object> snapshot = new HashMap<>(Map.of("MaHoSo", "DU-" + run + "-" + i, "MaTTHC", service,
                "DonViXuLy", district, "KenhThucHien", "2", "TrangThaiHoSo", "2", "NgayTiepNhan", "20220610083000",
                "NgayHenTra", "20220617170000", "DinhDanhCHS", List.of(Map.of("LoaiDinhDanh", "1", "SoDinhDanh", IDENTITY_NUMBER))));
        List<Map<String, Object>> inputs = new ArrayList<>();
        if (i < 4) {
            inputs.add(Map.of("DuocTaiSuDung", i % 2 == 0 ? "1" : "2"));
        }
        if (i == 4 || i == 5) {
            inputs.add(Map.of("DuocLayTuKhoDMQG", "1"));
        }
        snapshot.put("TaiLieuNop", inputs);
        if (i == 6) {
            snapshot.put("TaiKhoanDuocXacThucVoiVNeID", "1");
        }
        if (i == 7) {
            snapshot.put("DSKetNoiCSDL", List.of(Map.of("MaCSDL", "7")));
        }
        if (i == 8) {
            snapshot.put("DSKetNoiCSDL", List.of(Map.of("MaCSDL", "3")));
        }
        return snapshot;
    }

    @Test
    void theDigitisationPartsCountWhatTheSyncSaysAndKeepNoIdentityNumber() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh " + run, "tier", "PROVINCE"),
                Map.of("code", district, "name", "Huyện", "tier", "DISTRICT", "parentCode", province))).put("/api/v1/units")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục", "field", "Hộ tịch",
                "feeBearing", false, "offerings", List.of(Map.of("tier", "DISTRICT", "level", 4))))).put("/api/v1/services")
                .then().statusCode(200);
        List<Map<String, Object>> snapshots = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            snapshots.add(snapshot(i));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().contentType(ContentType.JSON).body(snapshots)
                .post("/api/v1/dvcqg/dossiers").then().extract().jsonPath().getList("outcome").stream()
                .allMatch(outcome -> "ACCEPTED".equals(outcome) || "DUPLICATE".equals(outcome)));

        // 10 received: 4 re-used a component, 2 took one from the data store, resident data in 4 (the 2 from the
        // store, the VNeID account, the population database link; another database's link is not one)
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath kpis = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                    .get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
            assertThat(figure(kpis, "DATA_REUSE")).containsExactly(4, 10);
            assertThat(figure(kpis, "PERSONAL_STORE_LINK")).containsExactly(2, 10);
            assertThat(figure(kpis, "RESIDENT_DATA_USE")).containsExactly(4, 10);
        });
        JsonPath score = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/scores/766").then().statusCode(200).extract().jsonPath();
        // re-use: 40 %, below the 80 % threshold → 2 × 0.4 ÷ 0.8; the store: 4 × 0.2; resident data: 2 × 0.4
        assertThat(part(score, "REUSE").getDouble("points")).isEqualTo(1.0);
        assertThat(part(score, "NATIONAL_STORE_LINK").getDouble("points")).isEqualTo(0.8);
        assertThat(part(score, "RESIDENT_DATA_USED").getDouble("points")).isEqualTo(0.8);
        // no procedure publication tells who may apply: nothing to measure, and it says what is missing
        assertThat(part(score, "PROCEDURES_LINKED_RESIDENT_DATA").getString("points")).isNull();
        assertThat(part(score, "PROCEDURES_LINKED_RESIDENT_DATA").getString("missing")).contains("đối tượng thực hiện");

        JsonPath dossier = given().get("/api/v1/dossiers/DU-" + run + "-4").then().statusCode(200).extract().jsonPath();
        assertThat(dossier.getBoolean("fromPersonalStore")).isTrue();
        assertThat(dossier.getBoolean("residentDataUsed")).isTrue();
        assertThat(dossier.getBoolean("dataReused")).isFalse();
        assertThat(dossier.prettify()).as("the events carry the facts, never whose they are").doesNotContain(IDENTITY_NUMBER);
    }

    private static List<Integer> figure(JsonPath kpis, String code) {
        return List.of(kpis.getInt("indicators.find { it.code == '" + code + "' }.numerator"),
                kpis.getInt("indicators.find { it.code == '" + code + "' }.denominator"));
    }

    private static JsonPath part(JsonPath score, String code) {
        return new JsonPath(score.prettify()).setRootPath("parts.find { it.code == '" + code + "' }");
    }
}
