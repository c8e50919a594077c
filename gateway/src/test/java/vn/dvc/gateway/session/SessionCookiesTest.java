package vn.dvc.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes-for-tests";
    private final SessionCookies cookies = new SessionCookies(SECRET);
    private final Instant now = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void aCookieReadsBackAsTheSessionItWasMadeFor() {
        SessionCookies.Session session = cookies.open("00000000000d", now.plusSeconds(3600));
        assertThat(cookies.read(cookies.valueOf(session), now)).contains(session);
        assertThat(session.id()).hasSize(22);
        assertThat(cookies.open("00000000000d", now.plusSeconds(3600)).id()).isNotEqualTo(session.id());
    }

    @Test
    void anExpiredCookieIsRefused() {
        SessionCookies.Session session = cookies.open("00000000000d", now.plusSeconds(60));
        assertThat(cookies.read(cookies.valueOf(session), now.plusSeconds(60))).isEmpty();
        assertThat(cookies.read(cookies.valueOf(session), now.plusSeconds(59))).isPresent();
    }

    @Test
    void aChangedKeyIdExpiryOrSignatureIsRefused() {
        String value = cookies.valueOf(cookies.open("00000000000d", now.plusSeconds(3600)));
        String[] parts = value.split("\\.");
        assertThat(cookies.read("00000000000c." + parts[1] + "." + parts[2] + "." + parts[3], now)).isEmpty();
        assertThat(cookies.read(parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400) + "." + parts[3], now)).isEmpty();
        char last = parts[3].charAt(42);
        assertThat(cookies.read(value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A'), now)).isEmpty();
        assertThat(cookies.read(value + "x", now)).isEmpty();
        assertThat(cookies.read(null, now)).isEmpty();
    }

    @Test
    void anotherSecretCannotReadTheCookie() {
        String value = cookies.valueOf(cookies.open("00000000000d", now.plusSeconds(3600)));
        assertThat(new SessionCookies(SECRET + "-rotated").read(value, now)).isEmpty();
    }
}
