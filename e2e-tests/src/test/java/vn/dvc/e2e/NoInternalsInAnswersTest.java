package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the gateway or a service sends is a problem document with a body, and no answer names a class, a
 * package, a library or a parser: each write of the merged OpenAPI is sent malformed bodies (broken JSON, wrong shapes
 * and types, absurd numbers, deep nesting, an XML entity bomb, an oversized body), each read malformed parameters, and
 * the sign-in an oversized body; every answer is scanned.
 */
class NoInternalsInAnswersTest {

    private static final List<String> INTERNALS = List.of("java.", "javax.", "org.", "com.fasterxml", "io.quarkus", "io.vertx",
            "http://apache.org", "Exception", "at vn.dvc", "Xerces", "SAX", "Jackson", "Hibernate", "SQL");
    private static final List<String> BODIES = List.of("{", "[", "\"text\"", "{\"eventId\":[]}", "[{\"a\":1e99999999}]", "null",
            "{\"unitCode\":\"\\ud800\"}", "[" + "[".repeat(5_000) + "]".repeat(5_000) + "]",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><x>&b;</x>");

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private static void noInternals(String what, Response answer) {
        String body = answer.asString();
        if (answer.statusCode() >= 400) {
            assertThat(answer.contentType()).as(what + " → " + answer.statusCode()).startsWith("application/problem+json");
            assertThat(body).as(what + " → " + answer.statusCode() + ": a body").isNotBlank();
        }
        for (String internal : INTERNALS) {
            assertThat(body).as(what + " → " + answer.statusCode()).doesNotContain(internal);
        }
    }

    @Test
    void everyWriteSentMalformedBodiesAnswersAProblemWithoutInternals() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(given().get("/q/openapi").asString()).path("paths");
        int sent = 0;
        Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String path = entry.getKey().replaceAll("\\{[A-Za-z]+}", "X1");
            for (String method : List.of("post", "put")) {
                if (entry.getValue().has(method) && !path.equals("/api/v1/session")) {
                    for (String body : BODIES) {
                        Response answer = given().contentType(body.startsWith("<") ? "application/xml" : "application/json")
                                .body(body).request(method.toUpperCase(), path);
                        assertThat(answer.statusCode()).as(method + " " + path + " " + body.substring(0, Math.min(40, body.length())))
                                .isLessThan(500);
                        noInternals(method + " " + path, answer);
                        sent++;
                    }
                    Response large = given().contentType("application/json").body("[" + "{\"x\":\"" + "y".repeat(1_000) + "\"},".repeat(3_000)
                            + "{}]").request(method.toUpperCase(), path);
                    noInternals(method + " " + path + " (a large body)", large);
                    sent++;
                }
            }
        }
        System.out.println("Malformed writes sent: " + sent);
        assertThat(sent).isGreaterThan(100);
    }

    @Test
    void readsWithMalformedParametersAnswerProblemsWithoutInternals() {
        List<String> reads = List.of("/api/v1/kpis?unit=X&from=2022-13-45&to=abc", "/api/v1/kpis?unit=X&from=2022-06-01&to=2022-07-01&indicator=%00",
                "/api/v1/dossiers/near-due?within=P99999999D", "/api/v1/dossiers/overdue?page=-1&size=100000",
                "/api/v1/kpis/ranking?indicator=X&tier=Y&within=Z", "/api/v1/appendices/99?from=x&to=y&unit=z",
                "/api/v1/payments/tally?from=2022-06-01&to=2022-07-01&groupBy=%3Cscript%3E", "/api/v1/scores/766?from=1&to=2&version=../../etc",
                "/api/v1/campaigns/KH-170-2022/tasks?at=yesterday&status=MAYBE", "/api/v1/sources/freshness?within=-5",
                "/api/v1/reports/completion?period=2022-99&system=NONE", "/api/v1/audit?limit=abc");
        List<String> answered = new ArrayList<>();
        for (String read : reads) {
            Response answer = given().urlEncodingEnabled(false).get(read);
            assertThat(answer.statusCode()).as(read).isLessThan(500);
            noInternals("GET " + read, answer);
            answered.add(answer.statusCode() + " " + read);
        }
        System.out.println("Malformed reads: " + answered);
    }

    @Test
    void aSignInBodyTooLargeOrOfNoDeclaredLengthIsAProblemWithABody() throws IOException {
        String big = "{\"apiKey\":\"" + "x".repeat(70_000) + "\"}";
        Response declared = given().contentType("application/json").header("Sec-Fetch-Site", "same-origin").body(big).post("/api/v1/session");
        assertThat(declared.statusCode()).isEqualTo(413);
        noInternals("POST /api/v1/session (declared length)", declared);

        URI gateway = RunningSuite.gateway();
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/session HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                    + "\r\nContent-Type: application/json\r\nSec-Fetch-Site: same-origin\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = big.getBytes(StandardCharsets.US_ASCII);
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the gateway's own endpoints take only a body that declares its length
            assertThat(answer).startsWith("HTTP/1.1 411").contains("application/problem+json").contains("\"status\":411")
                    .contains("Content-Length");
            INTERNALS.forEach(internal -> assertThat(answer).doesNotContain(internal));
        }
    }
}
