package vn.dvc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dvc.access.identity.Caller;
import vn.dvc.access.identity.ContentDigest;
import vn.dvc.access.identity.IdentitySignature;
import vn.dvc.access.identity.SignedRequest;
import vn.dvc.launcher.SuiteService;

/**
 * The services behind the gateway, reached directly as an attacker who captured a signed identity would: it opens
 * only the request it was made for (its service, method, path and query, body) and only for 30 s; and a valid
 * identity of a role the service's own policy refuses opens nothing either.
 */
class SignedIdentityTest {

    private static final Caller OPS = new Caller("e2e-ops", "ops", null);
    private static final String UNITS = "/api/v1/units/NO-SUCH-UNIT-E2E?view=x";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String secret = RunningSuite.get().devKeys().identitySecret();

    @Test
    void anIdentityOpensOnlyTheRequestItWasSignedFor() throws Exception {
        assertThat(get(SuiteService.DOSSIER, UNITS, sign(OPS, "dossier", "GET", UNITS, null, Instant.now())))
                .as("served: the unit is unknown").isEqualTo(404);
        assertThat(get(SuiteService.DOSSIER, UNITS, sign(OPS, "dossier", "GET", "/api/v1/units/NO-SUCH-UNIT-E2E?view=y", null, Instant.now())))
                .as("another query").isEqualTo(401);
        assertThat(get(SuiteService.DOSSIER, UNITS, sign(OPS, "dossier", "GET", "/api/v1/services", null, Instant.now())))
                .as("another path").isEqualTo(401);
        assertThat(get(SuiteService.DOSSIER, UNITS, sign(OPS, "dossier", "POST", UNITS, null, Instant.now())))
                .as("another method").isEqualTo(401);
        assertThat(get(SuiteService.DOSSIER, UNITS, sign(OPS, "kpi", "GET", UNITS, null, Instant.now())))
                .as("another service").isEqualTo(401);
        assertThat(get(SuiteService.DOSSIER, UNITS, sign(OPS, "dossier", "GET", UNITS, null, Instant.now().minusSeconds(31))))
                .as("expired").isEqualTo(401);
    }

    @Test
    void aBodyMustBeTheOneItsIdentityWasSignedWith() throws Exception {
        String path = "/api/v1/dossier-totals";
        String signedBody = "{\"unitCode\":\"BP\",\"from\":\"2021-01-01\",\"to\":\"2021-02-01\",\"total\":1}";
        String otherBody = signedBody.replace("\"total\":1", "\"total\":999");
        String digest = ContentDigest.of(signedBody.getBytes(StandardCharsets.UTF_8));
        String identity = sign(OPS, "reporting", "POST", path, digest, Instant.now());
        // the signed digest sent, another body: refused before anything is kept
        HttpResponse<String> swapped = post(SuiteService.REPORTING, path, otherBody, identity, digest);
        assertThat(swapped.statusCode()).isEqualTo(400);
        assertThat(swapped.body()).contains(ContentDigest.HEADER);
        // the digest of the other body: no longer what was signed
        assertThat(post(SuiteService.REPORTING, path, otherBody, identity, ContentDigest.of(otherBody.getBytes(StandardCharsets.UTF_8)))
                .statusCode()).isEqualTo(401);
        // no digest at all
        assertThat(post(SuiteService.REPORTING, path, otherBody, sign(OPS, "reporting", "POST", path, null, Instant.now()), null)
                .statusCode()).isEqualTo(400);
    }

    @Test
    void eachServiceRefusesARoleItsOwnPolicyDoesNot() throws Exception {
        String kpis = "/api/v1/kpis?unit=BP&from=2022-06-01&to=2022-07-01";
        assertThat(get(SuiteService.KPI, kpis, sign(new Caller("e2e", "portal", null), "kpi", "GET", kpis, null, Instant.now())))
                .isEqualTo(403);
        String nearDue = "/api/v1/dossiers/near-due?unit=BP";
        assertThat(get(SuiteService.DOSSIER, nearDue, sign(new Caller("e2e", "ministry", null), "dossier", "GET", nearDue, null, Instant.now())))
                .isEqualTo(403);
        assertThat(get(SuiteService.DOSSIER, nearDue, sign(new Caller("e2e", "service", null), "dossier", "GET", nearDue, null, Instant.now())))
                .as("a peer service may read worklists for the bulletin").isNotIn(401, 403);
        String bulletins = "/api/v1/bulletins";
        assertThat(get(SuiteService.REPORTING, bulletins, sign(new Caller("e2e", "unit", "BP"), "reporting", "GET", bulletins, null, Instant.now())))
                .isEqualTo(403);
        String tally = "/api/v1/payments/tally?unit=BP&from=2022-06-01&to=2022-07-01";
        assertThat(get(SuiteService.PAYMENT, tally, sign(new Caller("e2e", "portal", null), "payment", "GET", tally, null, Instant.now())))
                .isEqualTo(403);
        String noUnit = "/api/v1/payments/tally?from=2022-06-01&to=2022-07-01";
        assertThat(get(SuiteService.PAYMENT, noUnit, sign(new Caller("e2e", "unit", "BP"), "payment", "GET", noUnit, null, Instant.now())))
                .as("a unit caller naming no unit").isEqualTo(403);
        String spelled = "/api/v1/dossiers/near-due/?unit=BP";
        assertThat(get(SuiteService.DOSSIER, spelled, sign(OPS, "dossier", "GET", spelled, null, Instant.now())))
                .as("a path not in its one spelling, even signed").isEqualTo(400);
    }

    private String sign(Caller caller, String audience, String method, String pathAndQuery, String digest, Instant at) {
        return IdentitySignature.sign(caller, new SignedRequest(audience, method, pathAndQuery, digest), at, secret);
    }

    private int get(SuiteService service, String pathAndQuery, String identity) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningSuite.service(service) + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header(IdentitySignature.HEADER, identity).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> post(SuiteService service, String path, String body, String identity, String digest) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningSuite.service(service) + path))
                .timeout(Duration.ofSeconds(30)).header(IdentitySignature.HEADER, identity).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (digest != null) {
            request.header(ContentDigest.HEADER, digest);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
