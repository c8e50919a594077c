package vn.dvc.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes-for-tests";
    private static final String HASH = "6b17c87564b16f3210ea483d64cf932a65670300cdbd5a8bf5ca19a33f51c10c";
    private static final Function<String, Optional<String>> KEYS = id -> Optional.ofNullable(Map.of("00000000000d", HASH).get(id));
    private final SessionCookies cookies = new SessionCookies(SECRET);
    private final Instant now = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void aCookieReadsBackAsTheSessionItWasMadeFor() {
        SessionCookies.Session session = cookies.open("00000000000d", now, now.plusSeconds(3600));
        assertThat(cookies.read(cookies.valueOf(session, HASH), now, KEYS)).contains(session);
        assertThat(session.id()).hasSize(22);
        assertThat(session.openedAt()).isEqualTo(now);
        assertThat(cookies.open("00000000000d", now, now.plusSeconds(3600)).id()).isNotEqualTo(session.id());
    }

    @Test
    void anExpiredCookieIsRefused() {
        SessionCookies.Session session = cookies.open("00000000000d", now, now.plusSeconds(60));
        assertThat(cookies.read(cookies.valueOf(session, HASH), now.plusSeconds(60), KEYS)).isEmpty();
        assertThat(cookies.read(cookies.valueOf(session, HASH), now.plusSeconds(59), KEYS)).isPresent();
    }

    @Test
    void aChangedKeyIdTimesOrSignatureIsRefused() {
        String value = cookies.valueOf(cookies.open("00000000000d", now, now.plusSeconds(3600)), HASH);
        String[] parts = value.split("\\.");
        Function<String, Optional<String>> bothKeys = id -> Optional.of(HASH);
        assertThat(cookies.read("00000000000c." + parts[1] + "." + parts[2] + "." + parts[3] + "." + parts[4], now, bothKeys)).isEmpty();
        assertThat(cookies.read(parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 1) + "." + parts[3] + "." + parts[4], now, KEYS))
                .as("opened later than it was: it would outlive a sign-out").isEmpty();
        assertThat(cookies.read(parts[0] + "." + parts[1] + "." + parts[2] + "." + (Long.parseLong(parts[3]) + 86_400) + "." + parts[4],
                now, KEYS)).isEmpty();
        char last = parts[4].charAt(42);
        assertThat(cookies.read(value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A'), now, KEYS)).isEmpty();
        assertThat(cookies.read(value + "x", now, KEYS)).isEmpty();
        assertThat(cookies.read(null, now, KEYS)).isEmpty();
    }

    @Test
    void aKeyRotatedToANewSecretOrGoneEndsItsCookies() {
        String value = cookies.valueOf(cookies.open("00000000000d", now, now.plusSeconds(3600)), HASH);
        assertThat(cookies.read(value, now, id -> Optional.of("0".repeat(64)))).as("rotated").isEmpty();
        assertThat(cookies.read(value, now, id -> Optional.empty())).as("revoked or unknown").isEmpty();
    }

    @Test
    void anotherSecretCannotReadTheCookie() {
        String value = cookies.valueOf(cookies.open("00000000000d", now, now.plusSeconds(3600)), HASH);
        assertThat(new SessionCookies(SECRET + "-rotated").read(value, now, KEYS)).isEmpty();
    }
}
