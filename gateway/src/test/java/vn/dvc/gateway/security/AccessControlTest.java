package vn.dvc.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.access.Role;
import vn.dvc.access.RoutePolicy;
import vn.dvc.access.RouteRule;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;

/**
 * The gateway's access control with every back service unreachable (an allowed request to a back service ends in its
 * 503): every route × every role, deny by default, unit scope across sibling units, size and rate limits, keys made
 * and revoked without a restart, the audit log, and keys kept out of answers and logs.
 */
@QuarkusTest
class AccessControlTest {

    private static final Map<Role, String> KEYS = Map.of(Role.PORTAL, TestKeys.PORTAL, Role.MINISTRY, TestKeys.MINISTRY,
            Role.OPS, TestKeys.OPS, Role.UNIT, TestKeys.UNIT);
    private static final String CHILD = "GW-UNIT-CHILD";
    private static final String SIBLING = "GW-SIBLING";

    @Inject
    ObjectMapper json;
    @Inject
    ApiKeys apiKeys;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void theUnitTreeIsKnown() throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            for (UnitChanged unit : List.of(unit("GW-ROOT", null), unit(TestKeys.UNIT_CODE, "GW-ROOT"), unit(CHILD, TestKeys.UNIT_CODE),
                    unit(SIBLING, "GW-ROOT"))) {
                producer.send(new ProducerRecord<>("catalog-events", unit.key(), json.writeValueAsString(unit))).get();
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().header("X-API-Key", TestKeys.UNIT)
                .queryParam("unit", CHILD).get("/api/v1/kpis").statusCode() == 503);
    }

    @Test
    void everyRouteAnswersEachRoleAsItsRuleSays() {
        List<String> wrong = new ArrayList<>();
        for (RouteRule rule : RoutePolicy.rules()) {
            for (Role role : KEYS.keySet()) {
                int status = call(given().header("X-API-Key", KEYS.get(role)), rule).statusCode();
                boolean allowed = rule.roles().contains(role);
                if (allowed == (status == 401 || status == 403)) {
                    wrong.add(rule.method() + " " + rule.template() + " as " + role + " → " + status);
                }
            }
            int anonymous = call(given(), rule).statusCode();
            int unknown = call(given().header("Authorization", "Bearer dvc_0123456789ab_" + "n".repeat(43)), rule).statusCode();
            if (anonymous != 401 || unknown != 401) {
                wrong.add(rule.method() + " " + rule.template() + " without a key → " + anonymous + ", unknown key → " + unknown);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRouteNamingAUnitRefusesAUnitKeyTheSiblingUnit() {
        List<String> open = new ArrayList<>();
        for (RouteRule rule : RoutePolicy.rules()) {
            if (!rule.roles().contains(Role.UNIT) || (rule.unitParameters().isEmpty() && rule.unitPathVariable() == null)) {
                continue;
            }
            RequestSpecification request = given().header("X-API-Key", TestKeys.UNIT);
            for (String parameter : rule.unitParameters()) {
                request = request.queryParam(parameter, SIBLING);
            }
            String path = "/api/v1" + rule.template().replace("{unit}", SIBLING).replace("{id}", "x").replace("{number}", "3");
            int status = request.request(rule.method(), path).statusCode();
            if (status != 403) {
                open.add(rule.method() + " " + rule.template() + " → " + status);
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void anEndpointWithNoRuleIsClosedEvenToOps() {
        given().header("X-API-Key", TestKeys.OPS).get("/api/v1/no-such-thing").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("No key may call"));
        given().header("X-API-Key", TestKeys.OPS).delete("/api/v1/units").then().statusCode(403);
        given().header("X-API-Key", TestKeys.OPS).get("/api/v1/units/BP/secrets").then().statusCode(403);
        given().get("/api/v1/no-such-thing").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().header("X-API-Key", TestKeys.UNIT).header("Authorization", "Bearer " + TestKeys.OPS).get("/api/v1/campaigns")
                .then().statusCode(401);
    }

    @Test
    void aUnitKeySeesOnlyItsOwnSubtree() {
        RequestSpecification unit = given().header("X-API-Key", TestKeys.UNIT);
        unit.queryParam("unit", CHILD).get("/api/v1/kpis").then().statusCode(503);
        given().header("X-API-Key", TestKeys.UNIT).queryParam("unit", TestKeys.UNIT_CODE).get("/api/v1/kpis").then().statusCode(503);
        given().header("X-API-Key", TestKeys.UNIT).queryParam("unit", SIBLING).get("/api/v1/kpis").then().statusCode(403)
                .body("detail", containsString(SIBLING));
        given().header("X-API-Key", TestKeys.UNIT).queryParam("unit", "GW-ROOT").get("/api/v1/kpis").then().statusCode(403);
        given().header("X-API-Key", TestKeys.UNIT).get("/api/v1/kpis").then().statusCode(403).body("violations[0].field", org.hamcrest.Matchers.equalTo("unit"));
        given().header("X-API-Key", TestKeys.UNIT).queryParam("within", SIBLING).get("/api/v1/kpis/ranking").then().statusCode(403);
        given().header("X-API-Key", TestKeys.UNIT).get("/api/v1/payment-accounts/" + SIBLING).then().statusCode(403);
        given().header("X-API-Key", TestKeys.UNIT).get("/api/v1/payment-accounts/" + CHILD).then().statusCode(503);
        given().header("X-API-Key", TestKeys.UNIT).queryParam("unit", "NOWHERE").get("/api/v1/reports/completion").then().statusCode(403);
        // one dossier by id: the gateway lets a unit key through and dossier-service checks the dossier's unit
        given().header("X-API-Key", TestKeys.UNIT).get("/api/v1/dossiers/000.00.01.H10-220601-0001").then().statusCode(503);
    }

    @Test
    void oversizedBodiesAreRefusedBeforeAnyServiceSeesThem() {
        given().header("X-API-Key", TestKeys.PORTAL).contentType(ContentType.JSON).body("{\"x\":\"" + "a".repeat(70_000) + "\"}")
                .post("/api/v1/dossier-events").then().statusCode(413).contentType("application/problem+json");
        given().header("X-API-Key", TestKeys.PORTAL).contentType(ContentType.JSON).body("[\"" + "a".repeat(2_200_000) + "\"]")
                .post("/api/v1/dossier-events/batch").then().statusCode(413);
        given().header("X-API-Key", TestKeys.PORTAL).contentType(ContentType.JSON).body("[\"" + "a".repeat(1_000_000) + "\"]")
                .post("/api/v1/dossier-events/batch").then().statusCode(503);
    }

    @Test
    void aPathNotInItsOneSpellingIsRefusedWhateverTheKey() throws Exception {
        List<String> spellings = List.of("/api/v1/dossiers/near%2Ddue", "/api/v1/dossiers/%6Eear-due", "/api/v1/report-forms/../bulletins",
                "/api/v1/dossiers/./near-due", "/api/v1/dossiers/near-due/", "/api/v1//dossiers/near-due",
                "/api/v1/dossiers/near-due;x=1", "/api/v1/dossiers;x=1/near-due", "/api/v1/dossiers/near-due%C3%A9");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String spelling : spellings) {
            // sent byte for byte (REST Assured's client would normalise the dot segments itself)
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                    + spelling + "?unit=" + CHILD)).header("X-API-Key", TestKeys.UNIT).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(spelling).isEqualTo(400);
            assertThat(JsonPath.from(answer.body()).getString("violations[0].field")).as(spelling).isEqualTo("path");
        }
        given().header("X-API-Key", TestKeys.PORTAL).header("X-HTTP-Method-Override", "GET").contentType(ContentType.JSON)
                .body("{}").post("/api/v1/dossiers/near-due").then().statusCode(400)
                .body("violations[0].field", equalTo("X-HTTP-Method-Override"));
        given().header("X-API-Key", TestKeys.PORTAL).head("/api/v1/dossiers/near-due").then().statusCode(403);
        given().header("X-API-Key", TestKeys.UNIT).queryParam("unit", CHILD).queryParam("unit", SIBLING)
                .get("/api/v1/kpis").then().statusCode(403);
    }

    @Test
    void aChunkedBodyIsCountedAsItStreams() throws Exception {
        HttpRequest oversized = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/dossier-events"))
                .header("X-API-Key", TestKeys.PORTAL).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        ("{\"x\":\"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .build().send(oversized, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anHttp2BodyIsCountedAsItStreams() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            io.vertx.core.http.HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
            URI gateway = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
            HttpClientResponse answer = client.request(new RequestOptions()
                            .setMethod(HttpMethod.POST).setHost(gateway.getHost()).setPort(gateway.getPort())
                            .setURI("/api/v1/dossier-events").addHeader("X-API-Key", TestKeys.PORTAL)
                            .addHeader("Content-Type", "application/json"))
                    .compose(request -> request.send(Buffer.buffer("{\"x\":\"" + "a".repeat(70_000) + "\"}")))
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertThat(answer.version()).isEqualTo(HttpVersion.HTTP_2);
            assertThat(answer.statusCode()).isEqualTo(413);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKeyExpiresAndARoleNoKeyMayHaveIsRefused() {
        given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "service")).post("/api/v1/api-keys").then().statusCode(400)
                .body("violations.field", hasItem("role"));
        given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "portal", "expiresAt", Instant.now().minusSeconds(5).toString()))
                .post("/api/v1/api-keys").then().statusCode(400).body("violations.field", hasItem("expiresAt"));
        Instant expiry = Instant.now().plusSeconds(3);
        String token = given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON)
                .body(Map.of("name", "brief " + UUID.randomUUID(), "role", "portal", "expiresAt", expiry.toString()))
                .post("/api/v1/api-keys").then().statusCode(201).body("key.expiresAt", notNullValue())
                .extract().jsonPath().getString("token");
        given().header("X-API-Key", token).get("/api/v1/units").then().statusCode(503);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(expiry)
                && given().header("X-API-Key", token).get("/api/v1/units").statusCode() == 401);
    }

    @Test
    void aConfiguredKeyWhoseSecretWasRotatedReplacesTheStoredOneAndTheAuditSaysSo() {
        KeyTokens.Issued first = KeyTokens.issue();
        KeyTokens.Issued rotated = KeyTokens.issue();
        String id = first.id();
        String rotatedToken = "dvc_" + id + rotated.token().substring(16);
        Instant before = Instant.now().minusSeconds(1);
        apiKeys.storeConfigured(List.of(id + ":ministry::" + first.hash() + ":rotating"));
        given().header("X-API-Key", first.token()).get("/api/v1/campaigns").then().statusCode(503);
        apiKeys.storeConfigured(List.of(id + ":ministry::" + KeyTokens.hash(rotatedToken) + ":rotating"));
        given().header("X-API-Key", first.token()).get("/api/v1/campaigns").then().statusCode(401);
        given().header("X-API-Key", rotatedToken).get("/api/v1/campaigns").then().statusCode(503);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("X-API-Key", TestKeys.OPS)
                .queryParam("key", id).queryParam("from", before.toString()).get("/api/v1/audit").then().statusCode(200)
                .body("keyName", contains("gateway.security.keys")).body("requestId", contains("start-up")));
    }

    @Test
    void aKeyIsMadeUsedAndRevokedWithoutARestartAndItsSecretIsShownOnce() throws Exception {
        JsonPath made = given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON)
                .body(Map.of("name", "portal of " + UUID.randomUUID(), "role", "portal")).post("/api/v1/api-keys")
                .then().statusCode(201).extract().jsonPath();
        String token = made.getString("token");
        String id = made.getString("key.id");
        assertThat(token).startsWith("dvc_" + id + "_");
        given().header("Authorization", "Bearer " + token).get("/api/v1/units").then().statusCode(503);
        String listed = given().header("X-API-Key", TestKeys.OPS).get("/api/v1/api-keys").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.role", equalTo("portal")).extract().asString();
        assertThat(listed).doesNotContain(token).doesNotContain(KeyTokens.hash(token)).doesNotContain(TestKeys.OPS);

        given().header("X-API-Key", TestKeys.OPS).delete("/api/v1/api-keys/" + id).then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/v1/units").then().statusCode(401);
        given().header("X-API-Key", TestKeys.OPS).delete("/api/v1/api-keys/" + id).then().statusCode(404);
        given().header("X-API-Key", TestKeys.OPS).get("/api/v1/api-keys").then()
                .body("find { it.id == '" + id + "' }.revokedAt", not(nullValue()));

        given().header("X-API-Key", TestKeys.PORTAL).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "ops"))
                .post("/api/v1/api-keys").then().statusCode(403);
        given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "unit"))
                .post("/api/v1/api-keys").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("unitCode"));
        given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "root"))
                .post("/api/v1/api-keys").then().statusCode(400).body("violations.field", hasItem("role"));
        given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON).body("{\"name\":\"x\",\"role\":\"portal\"}{")
                .post("/api/v1/api-keys").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
        given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON).body("{\"name\":[[[")
                .post("/api/v1/api-keys").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
        byte[] notUtf8 = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', ',',
                '"', 'r', 'o', 'l', 'e', '"', ':', '"', 'p', 'o', 'r', 't', 'a', 'l', '"', '}'};
        given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON).body(notUtf8)
                .post("/api/v1/api-keys").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("violations[0].field", equalTo("body"));
        given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON).body("{\"name\":\"x\",\"ro")
                .post("/api/v1/api-keys").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
        given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.TEXT).body("{\"name\":\"x\",\"role\":\"portal\"}")
                .post("/api/v1/api-keys").then().statusCode(415).contentType("application/problem+json")
                .body("status", equalTo(415)).body("instance", equalTo("/api/v1/api-keys"));

        Path log = Path.of("target/gateway-test.log");
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(log));
        assertThat(Files.readString(log)).doesNotContain(token).doesNotContain(TestKeys.OPS).doesNotContain(TestKeys.PORTAL);
    }

    @Test
    void aKeyOverItsRateIsAnswered429ThenServedAgain() {
        String token = given().header("X-API-Key", TestKeys.OPS).contentType(ContentType.JSON)
                .body(Map.of("name", "slow " + UUID.randomUUID(), "role", "ministry", "requestsPerSecond", 2))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("token");
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(given().header("X-API-Key", token).get("/api/v1/campaigns"));
        }
        Response refused = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> given().header("X-API-Key", token)
                .get("/api/v1/campaigns").statusCode() == 503);
    }

    @Test
    void changesMadeWithOpsKeysAreAudited() {
        Instant before = Instant.now().minusSeconds(1);
        String requestId = "audit-" + UUID.randomUUID();
        given().header("X-API-Key", TestKeys.OPS).header("X-Request-Id", requestId).contentType(ContentType.JSON).body("[]")
                .put("/api/v1/units").then().statusCode(503);
        given().header("X-API-Key", TestKeys.MINISTRY).get("/api/v1/campaigns").then().statusCode(503);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("X-API-Key", TestKeys.OPS)
                .queryParam("from", before.toString()).get("/api/v1/audit").then().statusCode(200)
                .body("find { it.requestId == '" + requestId + "' }.method", equalTo("PUT"))
                .body("find { it.requestId == '" + requestId + "' }.path", equalTo("/api/v1/units"))
                .body("find { it.requestId == '" + requestId + "' }.status", equalTo(503))
                .body("find { it.requestId == '" + requestId + "' }.keyId", equalTo("00000000000c"))
                .body("findAll { it.keyId == '00000000000b' }", org.hamcrest.Matchers.empty()));
        given().header("X-API-Key", TestKeys.MINISTRY).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void anIdempotentRequestThatGotNoAnswerFreesItsKey() {
        String key = "retry-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().header("X-API-Key", TestKeys.OPS).header("Idempotency-Key", key).post("/api/v1/bulletins").then()
                    .statusCode(503).header("Retry-After", "5").contentType("application/problem+json");
        }
        given().header("X-API-Key", TestKeys.OPS).header("Idempotency-Key", "bad key\u0001").post("/api/v1/bulletins").then()
                .statusCode(400);
    }

    @Test
    void answersCarrySecurityHeadersAndNoCors() {
        given().header("X-API-Key", TestKeys.OPS).get("/api/v1/campaigns").then()
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/campaigns").then().header("Access-Control-Allow-Origin", nullValue());
    }

    private static Response call(RequestSpecification request, RouteRule rule) {
        String path = "/api/v1" + rule.template()
                .replace("{unit}", CHILD).replace("{code...}", "1.004227").replace("{id...}", "X-1")
                .replace("{code}", "BP").replace("{id}", "000000000000").replace("{number}", "3");
        for (String parameter : rule.unitParameters()) {
            request = request.queryParam(parameter, CHILD);
        }
        if (rule.method().equals("POST") || rule.method().equals("PUT")) {
            request = request.contentType(ContentType.JSON).body(rule.batch() ? "[]" : "{}");
        }
        return request.request(rule.method(), path);
    }

    private static UnitChanged unit(String code, String parent) {
        return new UnitChanged(UUID.randomUUID().toString(), Instant.now(), code, code, Tier.DEPARTMENT, parent, null);
    }
}
