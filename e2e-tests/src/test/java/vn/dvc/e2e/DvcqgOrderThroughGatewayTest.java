package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The national portal's sync job as it really sends: snapshots and progress updates of the same dossiers, in any order
 * and some twice. Two departments get the same dossiers' messages — one in the order they happened, the other shuffled
 * (its first dossier the exact sequence that lost an electronic result: the resolution's update before the returned
 * snapshot) — and every figure of the two is the same.
 */
class DvcqgOrderThroughGatewayTest {

    private static final int DOSSIERS = 12;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String inOrder = "H10-" + run;
    private final String shuffled = "H20-" + run;
    private final String service = "1.004227-" + run;

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    @Test
    void theSameMessagesInAnyOrderGiveTheSameFigures() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh", "tier", "PROVINCE"),
                Map.of("code", inOrder, "name", "Sở A", "tier", "DEPARTMENT", "parentCode", province),
                Map.of("code", shuffled, "name", "Sở B", "tier", "DEPARTMENT", "parentCode", province))).put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục", "field", "Tư pháp", "feeBearing", true,
                "offerings", List.of(Map.of("tier", "DEPARTMENT", "level", 4))))).put("/api/v1/services").then().statusCode(200);

        for (int i = 0; i < DOSSIERS; i++) {
            messagesOf(inOrder, "A" + i + "-" + run, i).forEach(DvcqgOrderThroughGatewayTest::send);
        }
        Random random = new Random(32);
        for (int i = 0; i < DOSSIERS; i++) {
            String dossier = "B" + i + "-" + run;
            List<Message> messages = new ArrayList<>(messagesOf(shuffled, dossier, i));
            if (i == 0) {
                List<Message> exact = List.of(messages.get(0), find(messages, "p9"), find(messages, "s10"));
                exact.forEach(DvcqgOrderThroughGatewayTest::send);
                given().get("/api/v1/dossiers/" + dossier).then().statusCode(200).body("electronicResult", org.hamcrest.Matchers.equalTo(true));
                assertThat(send(find(messages, "p2"))).as("the receipt's update after its snapshot").isEqualTo("DUPLICATE");
            }
            for (Message message : List.copyOf(messages)) {
                if (random.nextBoolean()) {
                    messages.add(message);
                }
            }
            Collections.shuffle(messages, random);
            messages.forEach(DvcqgOrderThroughGatewayTest::send);
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, List<Object>> a = figuresOf(inOrder);
            assertThat(a.get("E_RESULT")).as("every resolved dossier's result counted").containsExactly(DOSSIERS / 2, DOSSIERS / 2);
            assertThat(figuresOf(shuffled)).isEqualTo(a);
        });
    }

    /** A dossier's messages: received (fee, digitised later), a supplement, and for every other one resolved with its result and returned. */
    private List<Message> messagesOf(String unit, String dossier, int index) {
        Map<String, Object> asked = Map.of("NgayBoSung", "20220602100000");
        Map<String, Object> answered = Map.of("NgayBoSung", "20220602100000", "NgayTiepNhanBoSung", "20220603090000",
                "NgayHenTraMoi", "20220609170000");
        List<Message> messages = new ArrayList<>(List.of(
                new Message("s2", true, snapshot(unit, dossier, "2", "DanhSachLePhi", List.of(Map.of("Gia", 50000)))),
                new Message("s5", true, snapshot(unit, dossier, "5", "DanhSachHoSoBoSung", List.of(asked),
                        "TaiLieuNop", List.of(Map.of("DuocSoHoa", true)))),
                new Message("p2", false, update(dossier, "2", "20220601083000")),
                new Message("p5", false, update(dossier, "5", "20220602100000"))));
        if (index % 2 == 0) {
            messages.add(new Message("s10", true, snapshot(unit, dossier, "10", "DanhSachHoSoBoSung", List.of(answered),
                    "NgayKetThucXuLy", "20220607150000", "NgayTra", "20220608090000", "DanhSachGiayToKetQua", List.of(Map.of("GiayToId", "KQ")))));
            messages.add(new Message("p9", false, update(dossier, "9", "20220607150000")));
            messages.add(new Message("p10", false, update(dossier, "10", "20220608090000")));
        }
        return messages;
    }

    private record Message(String label, boolean snapshot, Map<String, Object> body) {
    }

    private static Message find(List<Message> messages, String label) {
        return messages.stream().filter(message -> message.label().equals(label)).findFirst().orElseThrow();
    }

    /** Sends a message; answers its outcome. */
    private static String send(Message message) {
        return given().contentType(ContentType.JSON).body(List.of(message.body()))
                .post(message.snapshot() ? "/api/v1/dvcqg/dossiers" : "/api/v1/dvcqg/progress").then().statusCode(202)
                .extract().jsonPath().getString("[0].outcome");
    }

    private Map<String, Object> snapshot(String unit, String dossier, String status, Object... fields) {
        Map<String, Object> snapshot = new LinkedHashMap<>(Map.of("MaHoSo", dossier, "MaTTHC", service, "DonViXuLy", unit,
                "KenhThucHien", "2", "TrangThaiHoSo", status, "NgayTiepNhan", "20220601083000", "NgayHenTra", "20220608170000",
                "ChuHoSo", "Nguyễn Văn Thử"));
        for (int i = 0; i < fields.length; i += 2) {
            snapshot.put((String) fields[i], fields[i + 1]);
        }
        return snapshot;
    }

    private static Map<String, Object> update(String dossier, String status, String at) {
        return Map.of("MaHoSo", dossier, "TrangThai", status, "ThoiDiemXuLy", at);
    }

    /** Every indicator of the unit for June 2022: its numerator and denominator. */
    private static Map<String, List<Object>> figuresOf(String unit) {
        List<Map<String, Object>> indicators = given().queryParam("unit", unit).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/kpis").then().statusCode(200).extract().jsonPath().getList("indicators");
        Map<String, List<Object>> figures = new LinkedHashMap<>();
        indicators.forEach(indicator -> figures.put((String) indicator.get("code"), java.util.Arrays.asList(
                indicator.get("numerator"), indicator.get("denominator"))));
        return figures;
    }
}
