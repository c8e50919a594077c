package vn.dvc.access.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentitySignatureTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!!";
    private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");
    private static final Caller UNIT = new Caller("0123456789ab", "unit", "H10.01");
    private final String digest = ContentDigest.of("{\"total\":3}".getBytes(StandardCharsets.UTF_8));
    private final SignedRequest request = new SignedRequest("reporting", "POST", "/api/v1/dossier-totals?x=1", digest);

    @Test
    void anIdentityHoldsForItsOwnRequestOnly() {
        String header = IdentitySignature.sign(UNIT, request, NOW, SECRET);
        assertThat(IdentitySignature.verify(header, request, SECRET, NOW.plusSeconds(29))).contains(UNIT);
        assertThat(IdentitySignature.verify(header, new SignedRequest("kpi", "POST", request.pathAndQuery(), digest), SECRET, NOW)).isEmpty();
        assertThat(IdentitySignature.verify(header, new SignedRequest("reporting", "PUT", request.pathAndQuery(), digest), SECRET, NOW)).isEmpty();
        assertThat(IdentitySignature.verify(header, new SignedRequest("reporting", "POST", "/api/v1/dossier-totals", digest), SECRET, NOW)).isEmpty();
        assertThat(IdentitySignature.verify(header, new SignedRequest("reporting", "POST", "/api/v1/dossier-totals?x=2", digest), SECRET, NOW)).isEmpty();
        assertThat(IdentitySignature.verify(header, new SignedRequest("reporting", "POST", request.pathAndQuery(),
                ContentDigest.of("{\"total\":4}".getBytes(StandardCharsets.UTF_8))), SECRET, NOW)).isEmpty();
        assertThat(IdentitySignature.verify(header, request, SECRET + "x", NOW)).isEmpty();
        assertThat(IdentitySignature.verify(header, request, SECRET, NOW.plusSeconds(31))).as("expired").isEmpty();
        assertThat(IdentitySignature.verify(header.replace(";unit;", ";ops;"), request, SECRET, NOW)).isEmpty();
        assertThat(IdentitySignature.verify(null, request, SECRET, NOW)).isEmpty();
    }

    @Test
    void aWeakSecretIsRefusedOutsideDevelopment() {
        assertThat(IdentitySignature.strongEnough(SECRET)).isTrue();
        assertThat(IdentitySignature.strongEnough(IdentitySignature.DEV_SECRET)).isFalse();
        assertThat(IdentitySignature.strongEnough("short")).isFalse();
        assertThatThrownBy(() -> IdentitySignature.requireStrongOutside(false, "short", "x.secret"))
                .hasMessageContaining("x.secret");
        IdentitySignature.requireStrongOutside(true, "short", "x.secret");
        assertThatThrownBy(() -> IdentitySignature.sign(new Caller("k;x", "ops", null), request, NOW, SECRET))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
