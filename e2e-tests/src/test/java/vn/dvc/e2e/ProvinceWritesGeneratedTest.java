package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.access.Role;
import vn.dvc.access.RoutePolicy;
import vn.dvc.access.RouteRule;

/**
 * A province's keys write only their province. Every write operation of the merged OpenAPI is sent, with a portal or ops
 * key held to province A, once naming A's units and once naming B's: B's is refused — 403, or its item REJECTED with a
 * 403 — naming the field, A's is not; and every figure of B is the same afterwards. A write operation the OpenAPI
 * gains without a case here fails the test. A file of history with rows of both provinces: A's rows taken, B's refused.
 */
class ProvinceWritesGeneratedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final Province a = new Province("PA" + run);
    private final Province b = new Province("PB" + run);
    private final String service = "TT.PW" + run;

    /** A province of the test: its root, a department and a district. */
    record Province(String root, String department, String district) {
        Province(String root) {
            this(root, root + ".SO", root + ".H01");
        }
    }

    /** A write as it is sent for one province's units: path, query, body; and the fields naming units. */
    record Write(String method, String path, Map<String, String> query, Object body, ContentType type) {
        static Write json(String method, String path, Object body) {
            return new Write(method, path, Map.of(), body, ContentType.JSON);
        }
    }

    /** A write operation's case: the key role sending it, the write for a province, the fields it names a unit by. */
    record Case(Role role, Function<Province, Write> write, Set<String> fields) {
    }

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private Map<String, Case> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("POST /dossier-events", new Case(Role.PORTAL, p -> Write.json("POST", "/dossier-events", received(p, "S1")), Set.of("unitCode")));
        cases.put("POST /dossier-events/batch", new Case(Role.PORTAL, p -> Write.json("POST", "/dossier-events/batch",
                List.of(received(p, "S2"), Map.of("eventId", p.root() + "-D0/RESOLVED", "dossierId", p.root() + "-D0", "status", "RESOLVED",
                        "occurredAt", "2022-06-05T10:00:00+07:00"))), Set.of("unitCode", "dossierId")));
        cases.put("POST /dvcqg/dossiers", new Case(Role.PORTAL, p -> Write.json("POST", "/dvcqg/dossiers", List.of(Map.of("MaHoSo",
                p.root() + "-SN" + run, "MaTTHC", service, "DonViXuLy", p.department(), "KenhThucHien", "2", "TrangThaiHoSo", "2",
                "NgayTiepNhan", "20220601083000", "NgayHenTra", "20220608170000"))), Set.of("DonViXuLy")));
        cases.put("POST /dvcqg/progress", new Case(Role.PORTAL, p -> Write.json("POST", "/dvcqg/progress", List.of(Map.of("MaHoSo",
                p.root() + "-D0", "TrangThai", "4", "ThoiDiemXuLy", "20220602083000"))), Set.of("MaHoSo")));
        cases.put("POST /dossier-ratings", new Case(Role.PORTAL, p -> Write.json("POST", "/dossier-ratings", List.of(Map.of("Id",
                p.root() + "-DG" + run, "MaHoSo", p.root() + "-D0", "DanhGia", "HÀI LÒNG", "ThoiGianDanhGia", "20220606083000"))),
                Set.of("MaHoSo")));
        cases.put("POST /feedback-items", new Case(Role.PORTAL, p -> Write.json("POST", "/feedback-items", List.of(Map.of("id",
                p.root() + "-PA" + run, "unitCode", p.department(), "receivedAt", "2022-06-02T08:30:00"))), Set.of("unitCode")));
        cases.put("POST /procedure-publications", new Case(Role.PORTAL, p -> Write.json("POST", "/procedure-publications",
                List.of(Map.of("id", p.root() + "-CB" + run, "procedureCode", service, "unitCode", p.root(), "decisionNumber", "1/QĐ",
                        "decidedOn", "2022-06-01", "change", "ADDED"))), Set.of("unitCode")));
        cases.put("PUT /dvcqg/unit-codes", new Case(Role.OPS, p -> Write.json("PUT", "/dvcqg/unit-codes",
                List.of(Map.of("dvcqgCode", "000.00." + p.root(), "unitCode", p.department()))), Set.of("[0].unitCode")));
        cases.put("POST /imports", new Case(Role.PORTAL, p -> new Write("POST", "/imports", Map.of("kind", "dossier-events"),
                "Mã hồ sơ,Trạng thái,Thời điểm,Đơn vị xử lý,Mã TTHC,Kênh,Hạn xử lý\n" + p.root() + "-IM" + run
                        + ",RECEIVED,01/06/2022 08:30," + p.department() + "," + service + ",ONLINE,08/06/2022 17:00\n", ContentType.TEXT),
                Set.of("unitCode")));
        cases.put("DELETE /imports/{id}", new Case(Role.OPS, p -> new Write("DELETE", "/imports/" + importOf(p), Map.of(), null, null), Set.of("id")));
        cases.put("PUT /services", new Case(Role.OPS, p -> Write.json("PUT", "/services", List.of(Map.of("code", service, "name",
                "Thủ tục thử " + run, "field", "Tư pháp", "feeBearing", true, "offerings", List.of(Map.of("tier", "DISTRICT",
                        "onlineMode", "FULL", "province", p.root()))))), Set.of("[0].offerings[0].province")));
        cases.put("PUT /units", new Case(Role.OPS, p -> Write.json("PUT", "/units", List.of(Map.of("code", p.root() + ".H09", "name",
                "Huyện mới", "tier", "DISTRICT", "parentCode", p.root()))), Set.of("[0].code")));
        // A's own campaign naming the province's units; another province's campaign is refused by its id (the tasks' case)
        cases.put("PUT /campaigns/{id}", new Case(Role.OPS, p -> Write.json("PUT", "/campaigns/C-" + a.root(), Map.of("name", "Chiến dịch",
                "from", "2022-06-01", "to", "2022-09-01", "targets", Map.of("ONLINE_DOSSIER_SHARE", 50), "unitTargets",
                List.of(Map.of("unit", p.district(), "indicator", "ONLINE_DOSSIER_SHARE", "target", 60)))), Set.of("unitTargets[0].unit")));
        cases.put("PUT /campaigns/{id}/online-only", new Case(Role.OPS, p -> Write.json("PUT", "/campaigns/C-" + a.root() + "/online-only",
                Map.of("from", "2022-06-15", "services", List.of(service), "units", List.of(p.district()))), Set.of("units[0]")));
        cases.put("PUT /campaigns/{id}/tasks", new Case(Role.OPS, p -> Write.json("PUT", "/campaigns/C-" + p.root() + "/tasks",
                Map.of("tasks", List.of())), Set.of("id")));
        cases.put("POST /campaigns/{id}/tasks/{code}/reports", new Case(Role.OPS, p -> Write.json("POST", "/campaigns/KH-170-2022/tasks/IV.1/reports",
                Map.of("unit", p.district(), "state", "IN_PROGRESS", "progress", 50, "reportedAt", "2022-06-10T09:00:00+07:00")), Set.of("unit")));
        cases.put("POST /emc/pushes", new Case(Role.OPS, p -> new Write("POST", "/emc/pushes", Map.of("unit", p.root(), "from", "2022-06-01",
                "to", "2022-07-01"), null, null), Set.of("unit")));
        cases.put("PUT /scores/766/national", new Case(Role.OPS, p -> new Write("PUT", "/scores/766/national", Map.of("unit", p.root(),
                "from", "2022-06-01", "to", "2022-07-01"), Map.of("metrics", List.of(Map.of("code", "DOSSIER_SYNC", "score", 5))),
                ContentType.JSON), Set.of("unit")));
        cases.put("POST /kpis/reconcile", new Case(Role.OPS, p -> new Write("POST", "/kpis/reconcile", Map.of("unit", p.root(), "from",
                "2022-06-01", "to", "2022-07-01"), null, null), Set.of("unit")));
        cases.put("PUT /payment-accounts/{unit}", new Case(Role.OPS, p -> Write.json("PUT", "/payment-accounts/" + p.district(),
                Map.of("kinds", List.of("FEE"), "provider", "VNPAY", "enabledAt", "2022-06-01T00:00:00+07:00")), Set.of("unit")));
        cases.put("PUT /reminders/subscriptions/{unit}", new Case(Role.OPS, p -> Write.json("PUT", "/reminders/subscriptions/"
                + p.district(), Map.of("emails", List.of("vanphong@huyen.gov.vn"))), Set.of("unit")));
        cases.put("DELETE /reminders/subscriptions/{unit}", new Case(Role.OPS, p -> new Write("DELETE", "/reminders/subscriptions/"
                + p.district(), Map.of(), null, null), Set.of("unit")));
        cases.put("POST /payments", new Case(Role.PORTAL, p -> Write.json("POST", "/payments", payment(p, "P1")), Set.of("unitCode")));
        cases.put("POST /payments/batch", new Case(Role.PORTAL, p -> Write.json("POST", "/payments/batch", List.of(payment(p, "P2"))), Set.of("unitCode")));
        cases.put("POST /bulletins", new Case(Role.OPS, p -> new Write("POST", "/bulletins", Map.of("province", p.root()), null, null), Set.of("province")));
        cases.put("POST /dossier-totals", new Case(Role.PORTAL, p -> Write.json("POST", "/dossier-totals", Map.of("unitCode", p.district(),
                "from", "2022-06-01", "to", "2022-07-01", "total", 12)), Set.of("unitCode")));
        cases.put("POST /report-submissions", new Case(Role.PORTAL, p -> Write.json("POST", "/report-submissions", submission(p)), Set.of("unitCode")));
        cases.put("POST /report-submissions/batch", new Case(Role.PORTAL, p -> Write.json("POST", "/report-submissions/batch",
                List.of(submission(p))), Set.of("unitCode")));
        cases.put("POST /api-keys", new Case(Role.OPS, p -> Write.json("POST", "/api-keys", Map.of("name", "Huyện", "role", "unit",
                "unitCode", p.district())), Set.of("unitCode")));
        cases.put("DELETE /api-keys/{id}", new Case(Role.OPS, p -> new Write("DELETE", "/api-keys/" + keyOf(p), Map.of(), null, null), Set.of("id")));
        return cases;
    }

    /** What only a national key writes: every province's report forms. */
    private static final Set<String> NATIONAL = Set.of("PUT /report-forms", "POST /report-forms/standard-set");

    private final Map<String, String> importIds = new LinkedHashMap<>();
    private final Map<String, String> keyIds = new LinkedHashMap<>();
    private final Map<Role, String> keysOfA = new LinkedHashMap<>();

    private String importOf(Province p) {
        return importIds.get(p.root());
    }

    private String keyOf(Province p) {
        return keyIds.get(p.root());
    }

    private Map<String, Object> received(Province p, String dossier) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", p.root() + "-" + dossier + run + "/RECEIVED");
        event.put("dossierId", p.root() + "-" + dossier + run);
        event.put("status", "RECEIVED");
        event.put("occurredAt", "2022-06-01T08:30:00+07:00");
        event.put("unitCode", p.department());
        event.put("serviceCode", service);
        event.put("channel", "ONLINE");
        event.put("dueAt", "2022-06-08T17:00:00+07:00");
        return event;
    }

    private Map<String, Object> payment(Province p, String id) {
        return Map.of("transactionId", p.root() + "-" + id + run, "unitCode", p.district(), "field", "Tư pháp", "kind", "FEE",
                "amountVnd", 50_000, "status", "SUCCESS", "paidAt", "2022-06-02T09:00:00+07:00", "provider", "VNPAY");
    }

    private static Map<String, Object> submission(Province p) {
        return Map.of("formCode", "BC-KHONG-CO", "unitCode", p.district(), "period", "2022-06", "submittedAt", "2022-07-05T09:00:00+07:00",
                "channel", "ONLINE");
    }

    private void loadTwoProvinces() {
        List<Map<String, Object>> units = new ArrayList<>();
        for (Province p : List.of(a, b)) {
            units.add(Map.of("code", p.root(), "name", "Tỉnh " + p.root(), "tier", "PROVINCE"));
            units.add(Map.of("code", p.department(), "name", "Sở " + p.root(), "tier", "DEPARTMENT", "parentCode", p.root()));
            units.add(Map.of("code", p.district(), "name", "Huyện " + p.root(), "tier", "DISTRICT", "parentCode", p.root()));
        }
        given().contentType(ContentType.JSON).body(units).put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục thử " + run, "field", "Tư pháp",
                "feeBearing", true, "offerings", List.of(Map.of("tier", "DEPARTMENT", "level", 4))))).put("/api/v1/services").then().statusCode(200);
        RunningSuite.awaitUnitsKnown("/api/v1/kpis", Map.of("from", "2022-06-01", "to", "2022-07-01"), a.district(), b.district());
        RunningSuite.awaitUnitsKnown("/api/v1/payment-accounts/coverage", Map.of(), a.district(), b.district());
        for (Province p : List.of(a, b)) {
            Map<String, Object> first = new LinkedHashMap<>(received(p, "D0"));
            first.put("eventId", p.root() + "-D0/RECEIVED");
            first.put("dossierId", p.root() + "-D0");
            given().contentType(ContentType.JSON).body(first).post("/api/v1/dossier-events").then().statusCode(202);
        }
        for (Province p : List.of(a, b)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("unit", p.root()).queryParam("from", "2022-06-01")
                    .queryParam("to", "2022-07-01").get("/api/v1/kpis").then().extract().jsonPath()
                    .getInt("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator") == 1);
        }
        for (Province p : List.of(a, b)) {
            String key = keyFor(Role.OPS, p);
            importIds.put(p.root(), given().header("X-API-Key", key).contentType("text/csv").body(("Mã hồ sơ,Trạng thái,Thời điểm\n"
                    + p.root() + "-X,RECEIVED,01/06/2022 08:30\n").getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports?kind=dossier-events").then().statusCode(202)
                    .extract().path("id"));
            keyIds.put(p.root(), given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("name", "Xã", "role", "unit",
                    "unitCode", p.district())).post("/api/v1/api-keys").then().statusCode(201).extract().path("key.id"));
            given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("name", "Chiến dịch " + p.root(), "from", "2022-06-01",
                    "to", "2022-09-01", "targets", Map.of("ONLINE_DOSSIER_SHARE", 50), "unitTargets", List.of()))
                    .put("/api/v1/campaigns/C-" + p.root()).then().statusCode(200);
        }
    }

    /** A key of the role held to the province (made by the national ops key). */
    private String keyFor(Role role, Province p) {
        return given().contentType(ContentType.JSON).body(Map.of("name", role.lowerName() + " " + p.root(), "role", role.lowerName(),
                "province", p.root())).post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");
    }

    private static Response send(String key, Write write) {
        RequestSpecification request = given().header("X-API-Key", key).header("Idempotency-Key", UUID.randomUUID().toString())
                .queryParams(write.query());
        if (write.body() != null) {
            request = write.type() == ContentType.TEXT ? request.contentType("text/csv").body(((String) write.body()).getBytes(StandardCharsets.UTF_8))
                    : request.contentType(write.type()).body(write.body());
        }
        return request.request(write.method(), "/api/v1" + write.path());
    }

    /**
     * The fields a refusal names: of the problem, of the batch items', or — a file of history being read in the
     * background — of the rows its import refused.
     */
    private Set<String> refusedFields(Response answer) throws IOException {
        Set<String> fields = new TreeSet<>();
        JsonNode body = JSON.readTree(answer.asString());
        if (answer.statusCode() == 202 && body.has("rejections")) {
            String id = body.path("id").asText();
            String key = keysOfA.get(Role.PORTAL);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(given().header("X-API-Key", key)
                    .get("/api/v1/imports/" + id).then().extract().path("status")));
            given().header("X-API-Key", key).get("/api/v1/imports/" + id + "/rejections").asString().lines().skip(1)
                    .forEach(line -> fields.add(line.split(",")[1]));
            return fields;
        }
        if (answer.statusCode() == 403) {
            body.path("violations").forEach(v -> fields.add(v.path("field").asText()));
        }
        for (JsonNode item : body.isArray() ? body : JSON.createArrayNode()) {
            if ("REJECTED".equals(item.path("outcome").asText()) && item.path("problem").path("status").asInt() == 403) {
                item.path("problem").path("violations").forEach(v -> fields.add(v.path("field").asText()));
            }
        }
        return fields;
    }

    private boolean refusedAsOutside(Response answer) throws IOException {
        return answer.statusCode() == 403 || answer.statusCode() == 404 || !refusedFields(answer).isEmpty();
    }

    @Test
    void aProvincesKeysWriteOnlyTheirProvinceByEveryWriteOfTheApi() throws IOException {
        loadTwoProvinces();
        keysOfA.put(Role.PORTAL, keyFor(Role.PORTAL, a));
        keysOfA.put(Role.OPS, keyFor(Role.OPS, a));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().header("X-API-Key", keysOfA.get(Role.OPS))
                .get("/api/v1/api-keys").statusCode() == 200);
        Map<String, Object> figuresOfB = figuresOf(b);

        Map<String, Case> cases = cases();
        List<String> writes = writeOperations();
        assertThat(writes).as("every write of the API has a case here, or is national").allMatch(op -> cases.containsKey(op) || NATIONAL.contains(op));
        List<String> tried = new ArrayList<>();
        for (Map.Entry<String, Case> entry : cases.entrySet()) {
            Case writeCase = entry.getValue();
            String key = keysOfA.get(writeCase.role());
            Response other = send(key, writeCase.write().apply(b));
            assertThat(refusedAsOutside(other)).as(entry.getKey() + " naming B's units: " + other.statusCode() + " " + other.asString()).isTrue();
            Set<String> named = refusedFields(other);
            if (other.statusCode() != 404) {
                assertThat(named).as(entry.getKey() + ": the field named").isNotEmpty().allMatch(writeCase.fields()::contains);
            }
            Response own = send(key, writeCase.write().apply(a));
            assertThat(own.statusCode()).as(entry.getKey() + " naming A's units: " + own.asString()).isNotIn(401, 403, 404);
            assertThat(refusedFields(own)).as(entry.getKey() + " naming A's units").isEmpty();
            named.forEach(field -> tried.add(entry.getKey() + " " + field));
            if (named.isEmpty()) {
                tried.add(entry.getKey() + " (404)");
            }
        }
        for (String national : NATIONAL) {
            String[] parts = national.split(" ", 2);
            Response refused = send(keysOfA.get(Role.OPS), new Write(parts[0], parts[1], Map.of("activeFrom", "2022-06-01"), null, null));
            assertThat(refused.statusCode()).as(national).isEqualTo(403);
            tried.add(national + " key");
        }
        System.out.println("(operation, field) combinations a province's key was refused for (" + tried.size() + "): " + tried);
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(figuresOf(b)).as("B's figures").isEqualTo(figuresOfB));
    }

    @Test
    void aFileWithRowsOfBothProvincesHasBsRowsRefused() {
        loadTwoProvinces();
        String portalOfA = keyFor(Role.PORTAL, a);
        String csv = "Mã hồ sơ,Trạng thái,Thời điểm,Đơn vị xử lý,Mã TTHC,Kênh,Hạn xử lý\n"
                + a.root() + "-F1,RECEIVED,01/06/2022 08:30," + a.department() + "," + service + ",ONLINE,08/06/2022 17:00\n"
                + b.root() + "-F2,RECEIVED,01/06/2022 08:30," + b.department() + "," + service + ",ONLINE,08/06/2022 17:00\n"
                + a.root() + "-F3,RECEIVED,01/06/2022 08:30," + a.district() + "," + service + ",DIRECT,08/06/2022 17:00\n"
                + b.root() + "-D0,RESOLVED,05/06/2022 10:00,,,,\n";
        String id = given().header("X-API-Key", portalOfA).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then().statusCode(202)
                .extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(given().header("X-API-Key", portalOfA)
                .get("/api/v1/imports/" + id).then().extract().path("status")));
        Response done = given().header("X-API-Key", portalOfA).get("/api/v1/imports/" + id);
        assertThat(done.jsonPath().getInt("accepted")).isEqualTo(2);
        assertThat(done.jsonPath().getInt("rejected")).isEqualTo(2);
        String rejections = given().header("X-API-Key", portalOfA).get("/api/v1/imports/" + id + "/rejections").asString();
        assertThat(rejections.lines().skip(1).toList()).extracting(line -> line.split(",")[0] + "," + line.split(",")[1])
                .containsExactly("3,unitCode", "5,dossierId");
        given().get("/api/v1/dossiers/" + b.root() + "-F2").then().statusCode(404);
        given().get("/api/v1/dossiers/" + b.root() + "-D0").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("RECEIVED"));
    }

    /** Every write of the merged OpenAPI (but the session's), as "METHOD /template". */
    private static List<String> writeOperations() throws IOException {
        JsonNode paths = JSON.readTree(given().get("/q/openapi").asString()).path("paths");
        List<String> writes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String template = entry.getKey().substring("/api/v1".length());
            for (String method : List.of("post", "put", "delete")) {
                if (entry.getValue().has(method) && !template.equals("/session")) {
                    String path = template.replaceAll("\\{[A-Za-z]+}", "X");
                    RouteRule rule = RoutePolicy.ruleFor(method.toUpperCase(), path).orElseThrow();
                    writes.add(method.toUpperCase() + " " + rule.template());
                }
            }
        }
        return writes;
    }

    /** Every figure of the province, its payments and the dossier of it: what no write of A may move. */
    private Map<String, Object> figuresOf(Province p) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("kpis", given().queryParam("unit", p.root()).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/kpis").then().statusCode(200).extract().jsonPath().getList("indicators.collect { [it.code, it.numerator, it.denominator] }"));
        figures.put("payments", given().queryParam("unit", p.root()).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/payments/tally").then().statusCode(200).extract().jsonPath().getMap("total"));
        figures.put("units", given().get("/api/v1/units/" + p.root() + "/subtree").then().statusCode(200).extract().jsonPath().getList("code"));
        figures.put("dossier", given().get("/api/v1/dossiers/" + p.root() + "-D0").then().statusCode(200).extract().jsonPath().getString("status"));
        figures.put("campaign", given().get("/api/v1/campaigns/C-" + p.root()).then().statusCode(200).extract().jsonPath().getList("unitTargets"));
        return figures;
    }
}
