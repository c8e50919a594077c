package vn.dvc.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.commons.testing.TopicReader;

/** The national portal's sync payload through the real service, database and dossier-events topic. */
@QuarkusTest
class DvcqgResourceTest {

    private static final String APPLICANT = "Nguyễn Văn Thửnghiệm";
    private static final String PHONE = "0987654321";
    private static final String EMAIL = "thunghiem@example.vn";
    private static final String ID_NUMBER = "079200012345";
    private static final String ADDRESS = "Số 9 đường Thử, phường Tân Phú";

    private final PortalEvents portal = new PortalEvents();
    private final String run = portal.run;

    @Inject
    Jdbc jdbc;

    @BeforeEach
    void referenceData() {
        portal.createReferenceData();
    }

    /** A snapshot of the department's dossier, online, with the given status and extra fields. */
    private Map<String, Object> snapshot(String dossier, String status, Object... fields) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("MaHoSo", dossier);
        snapshot.put("MaTTHC", portal.service);
        snapshot.put("DonViXuLy", "000.00.17.H10-" + run);
        snapshot.put("KenhThucHien", "2");
        snapshot.put("TrangThaiHoSo", status);
        snapshot.put("NgayTiepNhan", "20220601083000");
        snapshot.put("NgayHenTra", "20220608170000");
        snapshot.put("DanhSachLePhi", List.of(Map.of("MaPhiLePhi", "LP01", "Gia", 100000)));
        for (int i = 0; i < fields.length; i += 2) {
            snapshot.put((String) fields[i], fields[i + 1]);
        }
        return snapshot;
    }

    private static JsonPath sync(List<?> snapshots) {
        return given().contentType(ContentType.JSON).body(snapshots).post("/api/v1/dvcqg/dossiers").then().statusCode(202)
                .extract().jsonPath();
    }

    private void mapUnitCode() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("dvcqgCode", "000.00.17.H10-" + run, "unitCode", portal.department)))
                .put("/api/v1/dvcqg/unit-codes").then().statusCode(200);
    }

    /** The four snapshots the sync job sends over a dossier's life: received, supplement asked, resolved, returned. */
    private List<Map<String, Object>> lifeOf(String dossier) {
        Map<String, Object> supplement = Map.of("NgayBoSung", "20220602100000", "NgayTiepNhanBoSung", "20220603090000",
                "NgayHenTraMoi", "20220609170000", "NguoiYeuCauBoSung", "Cán bộ Thử");
        return List.of(snapshot(dossier, "2"),
                snapshot(dossier, "5", "DanhSachHoSoBoSung", List.of(Map.of("NgayBoSung", "20220602100000"))),
                snapshot(dossier, "9", "DanhSachHoSoBoSung", List.of(supplement), "NgayKetThucXuLy", "20220607150000",
                        "DanhSachGiayToKetQua", List.of(Map.of("GiayToId", "KQ-1"))),
                snapshot(dossier, "10", "DanhSachHoSoBoSung", List.of(supplement), "NgayKetThucXuLy", "20220607150000",
                        "NgayTra", "20220608090000", "DanhSachGiayToKetQua", List.of(Map.of("GiayToId", "KQ-1"))));
    }

    private static Map<String, Object> stateOf(String dossier) {
        Map<String, Object> state = new LinkedHashMap<>(given().get("/api/v1/dossiers/" + dossier).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        state.keySet().removeAll(List.of("dossierId", "events", "version"));
        return state;
    }

    @Test
    void aDossiersSnapshotsInAnyOrderAndRepeatedGiveTheStateItsEventsGive() {
        mapUnitCode();
        String byEvents = "EV-" + run;
        PortalEvents.postBatch(List.of(
                portal.received(byEvents + "/1", byEvents, "2022-06-01T08:30:00+07:00", "2022-06-08T17:00:00+07:00")
                        .with("inputsDigitised", false).body(),
                portal.event(byEvents + "/2", byEvents, "SUPPLEMENT_REQUESTED", "2022-06-02T10:00:00+07:00").body(),
                portal.event(byEvents + "/3", byEvents, "SUPPLEMENT_RECEIVED", "2022-06-03T09:00:00+07:00")
                        .with("newDueAt", "2022-06-09T17:00:00+07:00").body(),
                portal.event(byEvents + "/4", byEvents, "RESOLVED", "2022-06-07T15:00:00+07:00").with("electronicResult", true).body(),
                portal.event(byEvents + "/5", byEvents, "RETURNED", "2022-06-08T09:00:00+07:00").body())).statusCode(202);
        Map<String, Object> expected = stateOf(byEvents);
        assertThat(expected).containsEntry("status", "RETURNED");

        Random random = new Random(17);
        for (int order = 0; order < 4; order++) {
            String dossier = "SN" + order + "-" + run;
            List<Map<String, Object>> snapshots = new ArrayList<>(lifeOf(dossier));
            if (order == 1) {
                Collections.reverse(snapshots);
            } else if (order > 1) {
                Collections.shuffle(snapshots, random);
            }
            for (Map<String, Object> snapshot : snapshots) {
                sync(List.of(snapshot)).getString("[0].outcome");
            }
            sync(snapshots).getList("outcome", String.class).forEach(outcome -> assertThat(outcome).isEqualTo("DUPLICATE"));
            assertThat(stateOf(dossier)).as("order " + order + ": " + snapshots.stream().map(s -> s.get("TrangThaiHoSo")).toList())
                    .isEqualTo(expected);
        }
    }

    @Test
    void aLaterSnapshotAddsOnlyItsNewStepsAndAnOlderOneLateChangesNothing() {
        mapUnitCode();
        String dossier = "LT-" + run;
        List<Map<String, Object>> life = lifeOf(dossier);
        JsonPath first = sync(List.of(life.get(0)));
        assertThat(first.getString("[0].outcome")).isEqualTo("ACCEPTED");
        assertThat(first.getInt("[0].eventsAccepted")).as("received, and its fee").isEqualTo(2);
        JsonPath later = sync(List.of(life.get(2)));
        assertThat(later.getInt("[0].eventsAccepted")).as("supplement asked, answered, resolved, its electronic result").isEqualTo(4);
        assertThat(later.getInt("[0].eventsDuplicate")).isEqualTo(2);
        JsonPath older = sync(List.of(life.get(1)));
        assertThat(older.getString("[0].outcome")).isEqualTo("DUPLICATE");
        assertThat(stateOf(dossier)).containsEntry("status", "RESOLVED");
    }

    @Test
    void everyStatusCodeIsTakenAsItSays() {
        Map<String, String> statusOf = new LinkedHashMap<>();
        List<Map<String, Object>> snapshots = new ArrayList<>();
        for (int code = 1; code <= 10; code++) {
            String dossier = "ST" + code + "-" + run;
            Map<String, Object> snapshot = snapshot(dossier, String.valueOf(code), "DonViXuLy", portal.department);
            if (code == 1 || code == 3) {
                snapshot.remove("NgayTiepNhan");
            }
            if (code >= 7 || code == 3) {
                snapshot.put("NgayKetThucXuLy", "20220605100000");
            }
            if (code == 10) {
                snapshot.put("NgayTra", "20220606100000");
            }
            snapshots.add(snapshot);
            statusOf.put(dossier, switch (code) {
                case 1 -> null;
                case 3 -> "REJECTED";
                case 7 -> "WITHDRAWN";
                case 8 -> "STOPPED";
                case 9 -> "RESOLVED";
                case 10 -> "RETURNED";
                default -> "RECEIVED";
            });
        }
        List<String> outcomes = sync(snapshots).getList("outcome", String.class);
        assertThat(outcomes.get(0)).isEqualTo("NOT_RECEIVED");
        assertThat(outcomes.subList(1, 10)).containsOnly("ACCEPTED");
        statusOf.forEach((dossier, status) -> {
            if (status == null) {
                given().get("/api/v1/dossiers/" + dossier).then().statusCode(404);
            } else {
                given().get("/api/v1/dossiers/" + dossier).then().statusCode(200).body("status", equalTo(status));
            }
        });
    }

    @Test
    void anOpenSupplementStopsTheClockAndZeroFeesAreNotFeeBearing() {
        String dossier = "SP-" + run;
        sync(List.of(snapshot(dossier, "5", "DonViXuLy", portal.department, "DanhSachLePhi", List.of(Map.of("Gia", 0)),
                "DanhSachHoSoBoSung", List.of(Map.of("NgayBoSung", "20220602100000")))));
        JsonPath state = given().get("/api/v1/dossiers/" + dossier).then().statusCode(200).extract().jsonPath();
        assertThat(state.getString("deadline.clockStoppedSince")).isEqualTo("2022-06-02T10:00:00+07:00");
        assertThat(state.getBoolean("feeRequired")).isFalse();
        assertThat(state.getInt("deadline.supplementRequests")).isEqualTo(1);
    }

    @Test
    void contradictionsAreRefusedPerSnapshotNamingTheFieldAndNothingOfThemIsStored() {
        String good = "OK-" + run;
        String moved = "MV-" + run;
        String back = "BK-" + run;
        sync(List.of(snapshot(moved, "2", "DonViXuLy", portal.department),
                snapshot(back, "9", "DonViXuLy", portal.department, "NgayKetThucXuLy", "20220603100000")));
        JsonPath answer = sync(List.of(snapshot(good, "2", "DonViXuLy", portal.department),
                snapshot(moved, "2", "DonViXuLy", portal.department, "NgayTiepNhan", "20220601093000"),
                snapshot(back, "10", "DonViXuLy", portal.department, "NgayKetThucXuLy", "20220603100000", "NgayTra", "20220605100000",
                        "DanhSachHoSoBoSung", List.of(Map.of("NgayBoSung", "20220604100000")))));
        assertThat(answer.getList("outcome", String.class)).containsExactly("ACCEPTED", "REJECTED", "REJECTED");
        assertThat(answer.getString("[1].problem.violations[0].field")).isEqualTo("NgayTiepNhan");
        assertThat(answer.getInt("[1].problem.status")).isEqualTo(422);
        assertThat(answer.getString("[2].problem.violations[0].field")).isEqualTo("DanhSachHoSoBoSung[0].NgayBoSung");
        given().get("/api/v1/dossiers/" + back).then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("events.status", equalTo(List.of("RECEIVED", "FEE_REQUIRED", "RESOLVED")));

        JsonPath unknown = sync(List.of(snapshot("UK-" + run, "2", "DonViXuLy", "KHONG-CO-" + run, "KenhThucHien", "9")));
        assertThat(unknown.getString("[0].outcome")).isEqualTo("REJECTED");
        assertThat(unknown.getString("[0].problem.violations[0].field")).isEqualTo("KenhThucHien");
        JsonPath unknownUnit = sync(List.of(snapshot("UU-" + run, "9", "DonViXuLy", "KHONG-CO-" + run, "NgayKetThucXuLy", "20220603100000")));
        assertThat(unknownUnit.getString("[0].outcome")).isEqualTo("REJECTED");
        assertThat(unknownUnit.getString("[0].problem.violations[0].field")).isEqualTo("DonViXuLy");
        given().get("/api/v1/dossiers/UU-" + run).then().statusCode(404);
    }

    @Test
    void aProgressUpdateCountsOnceWithTheSnapshotTellingTheSameStep() {
        String dossier = "PG-" + run;
        sync(List.of(snapshot(dossier, "2", "DonViXuLy", portal.department)));
        List<Map<String, Object>> updates = List.of(Map.of("MaHoSo", dossier, "TrangThai", "9", "ThoiDiemXuLy", "20220604100000",
                "NguoiXuLy", APPLICANT), Map.of("MaHoSo", dossier, "TrangThai", "x"));
        JsonPath answer = given().contentType(ContentType.JSON).body(updates).post("/api/v1/dvcqg/progress").then().statusCode(202)
                .extract().jsonPath();
        assertThat(answer.getList("outcome", String.class)).containsExactly("ACCEPTED", "REJECTED");
        assertThat(answer.getString("[1].problem.violations[0].field")).isEqualTo("TrangThai");
        JsonPath resolved = sync(List.of(snapshot(dossier, "9", "DonViXuLy", portal.department, "NgayKetThucXuLy", "20220604100000")));
        assertThat(resolved.getString("[0].outcome")).isEqualTo("DUPLICATE");
    }

    @Test
    void thePortalsReceiptUpdateOfAReceiptASnapshotToldCountsOnce() {
        String dossier = "RC-" + run;
        sync(List.of(snapshot(dossier, "2", "DonViXuLy", portal.department)));
        JsonPath answer = progress(List.of(Map.of("MaHoSo", dossier, "TrangThai", "2", "ThoiDiemXuLy", "20220601083000")));
        assertThat(answer.getString("[0].outcome")).isEqualTo("DUPLICATE");
        assertThat(answer.getString("[0].problem")).isNull();
        JsonPath early = progress(List.of(Map.of("MaHoSo", "RN-" + run, "TrangThai", "2", "ThoiDiemXuLy", "20220601083000")));
        assertThat(early.getString("[0].outcome")).as("a receipt nobody told yet still needs its snapshot").isEqualTo("REJECTED");
        assertThat(early.getList("[0].problem.violations.field", String.class)).contains("NgayHenTra");
    }

    @Test
    void anElectronicResultIsKeptWhetherTheResolutionCameFirstByAnUpdateOrBySnapshot() {
        mapUnitCode();
        Map<String, Object> end = Map.of("TrangThai", "9", "ThoiDiemXuLy", "20220607150000");
        String updateFirst = "UF-" + run;
        sync(List.of(lifeOf(updateFirst).get(0)));
        progress(List.of(with(end, "MaHoSo", updateFirst)));
        sync(List.of(lifeOf(updateFirst).get(3)));
        String snapshotFirst = "SF-" + run;
        sync(List.of(lifeOf(snapshotFirst).get(0)));
        sync(List.of(lifeOf(snapshotFirst).get(3)));
        progress(List.of(with(end, "MaHoSo", snapshotFirst)));
        assertThat(stateOf(updateFirst)).containsEntry("electronicResult", true).isEqualTo(stateOf(snapshotFirst));
    }

    /**
     * The property: a dossier's snapshots (each telling more than the one before: digitised inputs, a supplement, a fee,
     * result documents) and the progress updates of the same steps, sent in any order and any of them twice, leave the
     * same dossier — state, events and their contents — as the canonical order does.
     */
    @Test
    void anyInterleavingOfSnapshotsAndUpdatesWithRepeatsGivesTheSameDossier() {
        mapUnitCode();
        String canonical = "IC-" + run;
        messagesOf(canonical).forEach(this::send);
        Map<String, Object> expected = wholeStateOf(canonical);
        assertThat(expected).containsEntry("status", "RETURNED").containsEntry("electronicResult", true)
                .containsEntry("inputsDigitised", true).containsEntry("feeRequired", true);

        Random random = new Random(20221207);
        int interleavings = 200;
        for (int order = 0; order < interleavings; order++) {
            String dossier = "IL" + order + "-" + run;
            List<Message> messages = new ArrayList<>(messagesOf(dossier));
            for (Message message : List.copyOf(messages)) {
                if (random.nextInt(3) == 0) {
                    messages.add(message);
                }
            }
            Collections.shuffle(messages, random);
            messages.forEach(this::send);
            assertThat(wholeStateOf(dossier)).as("order " + messages.stream().map(Message::label).toList()).isEqualTo(expected);
        }
    }

    /** A message of the sync job: a snapshot or a progress update, with a label for a failure's description. */
    private record Message(String label, boolean snapshot, Map<String, Object> body) {
    }

    private void send(Message message) {
        if (message.snapshot()) {
            sync(List.of(message.body()));
        } else {
            progress(List.of(message.body()));
        }
    }

    private List<Message> messagesOf(String dossier) {
        Map<String, Object> asked = Map.of("NgayBoSung", "20220602100000");
        Map<String, Object> answered = Map.of("NgayBoSung", "20220602100000", "NgayTiepNhanBoSung", "20220603090000",
                "NgayHenTraMoi", "20220609170000");
        List<Map<String, Object>> results = List.of(Map.of("GiayToId", "KQ-1"));
        return List.of(
                new Message("s2", true, snapshot(dossier, "2", "DanhSachLePhi", List.of())),
                new Message("s5", true, snapshot(dossier, "5", "DanhSachHoSoBoSung", List.of(asked), "DanhSachLePhi", List.of(),
                        "TaiLieuNop", List.of(Map.of("DuocSoHoa", true)))),
                new Message("s9", true, snapshot(dossier, "9", "DanhSachHoSoBoSung", List.of(answered), "NgayKetThucXuLy", "20220607150000",
                        "TaiLieuNop", List.of(Map.of("DuocSoHoa", true)), "DanhSachGiayToKetQua", results)),
                new Message("s10", true, snapshot(dossier, "10", "DanhSachHoSoBoSung", List.of(answered), "NgayKetThucXuLy",
                        "20220607150000", "NgayTra", "20220608090000", "HoSoCoThanhPhanSoHoa", 1, "DanhSachGiayToKetQua", results)),
                new Message("p2", false, update(dossier, "2", "20220601083000")),
                new Message("p4", false, update(dossier, "4", "20220601100000")),
                new Message("p5", false, update(dossier, "5", "20220602100000")),
                new Message("p9", false, update(dossier, "9", "20220607150000")),
                new Message("p10", false, update(dossier, "10", "20220608090000")));
    }

    private static Map<String, Object> update(String dossier, String status, String at) {
        return Map.of("MaHoSo", dossier, "TrangThai", status, "ThoiDiemXuLy", at);
    }

    private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(field, value);
        return copy;
    }

    private static JsonPath progress(List<Map<String, Object>> updates) {
        return given().contentType(ContentType.JSON).body(updates).post("/api/v1/dvcqg/progress").then().statusCode(202)
                .extract().jsonPath();
    }

    /** Everything GET /dossiers/{id} says, its events' contents included, with the dossier's own id and the acceptance times left out. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> wholeStateOf(String dossier) {
        String answer = given().get("/api/v1/dossiers/" + dossier).then().statusCode(200).extract().asString().replace(dossier, "<id>");
        Map<String, Object> state = new LinkedHashMap<>(JsonPath.from(answer).getMap(""));
        List<Map<String, Object>> events = (List<Map<String, Object>>) state.get("events");
        state.put("events", events.stream().map(event -> {
            Map<String, Object> kept = new LinkedHashMap<>(event);
            kept.remove("acceptedAt");
            return kept;
        }).toList());
        return state;
    }

    @Test
    void personalDataIsNeitherStoredPublishedNorLogged() throws Exception {
        String dossier = "PD-" + run;
        Map<String, Object> snapshot = snapshot(dossier, "2", "DonViXuLy", portal.department, "ChuHoSo", APPLICANT, "Email", EMAIL,
                "SoDienThoai", PHONE, "DiaChiThuongTru", ADDRESS, "SoGiayToChuHoSo", ID_NUMBER,
                "TaiLieuNop", List.of(Map.of("DuocSoHoa", true, "TenTepDinhKem", "CCCD " + ID_NUMBER + ".pdf")));
        try (TopicReader topic = new TopicReader("dossier-events")) {
            sync(List.of(snapshot, snapshot(dossier + "-bad", "2", "ChuHoSo", APPLICANT, "KenhThucHien", "x")));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> topic.records().stream().anyMatch(r -> dossier.equals(r.key())));
            assertThat(topic.records().stream().map(r -> r.value()).toList())
                    .noneMatch(value -> containsPersonal(value));
        }
        List<Row> columns = jdbc.rows("SELECT table_name AS table_name, column_name AS column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'json')", List.of());
        assertThat(columns).isNotEmpty();
        for (Row column : columns) {
            String table = column.string("table_name");
            String name = column.string("column_name");
            for (String personal : List.of(APPLICANT, PHONE, EMAIL, ID_NUMBER, ADDRESS)) {
                long found = jdbc.one("SELECT COUNT(*) AS found FROM `" + table + "` WHERE `" + name + "` LIKE ?",
                        List.of("%" + personal + "%")).longValue("found");
                assertThat(found).as(table + "." + name + " holds " + personal).isZero();
            }
        }
        assertThat(containsPersonal(Files.readString(Path.of("target/dossier-service-test.log")))).isFalse();
    }

    private static boolean containsPersonal(String text) {
        return text.contains(APPLICANT) || text.contains(PHONE) || text.contains(EMAIL) || text.contains(ID_NUMBER) || text.contains(ADDRESS);
    }
}
