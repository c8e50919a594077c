package vn.dvc.gateway.session;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The dashboard's session cookie, {@code __Host-dvc_session}:
 * {@code <key id>.<session id>.<opened at, epoch ms>.<expiry, epoch s>.<HMAC-SHA256>}. It names the key it was opened
 * with, never holds its token; the MAC (keyed from the identity secret, for this use only) covers the claims and the
 * key's current hash, so any gateway instance can read it, a restart keeps it, and a key rotated to a new secret ends
 * every session opened with the old one. The {@code __Host-} prefix binds it to this origin: secure, path /, no domain.
 */
public final class SessionCookies {

    public static final String NAME = "__Host-dvc_session";
    private static final Pattern VALUE = Pattern.compile(
            "([0-9a-f]{12})\\.([A-Za-z0-9_-]{22})\\.([0-9]{1,15})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] macKey;

    public SessionCookies(String identitySecret) {
        this.macKey = hmac(identitySecret.getBytes(StandardCharsets.UTF_8), "dvc dashboard session");
    }

    /** A new session of the key, opened at {@code now}, valid until {@code expiresAt}. */
    public Session open(String keyId, Instant now, Instant expiresAt) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return new Session(keyId, Base64.getUrlEncoder().withoutPadding().encodeToString(id), now.toEpochMilli(),
                expiresAt.getEpochSecond());
    }

    /** The cookie's value, signed for the key's current hash. */
    public String valueOf(Session session, String keyHash) {
        String claims = session.keyId() + "." + session.id() + "." + session.openedAtMillis() + "." + session.expiresAtSeconds();
        return claims + "." + mac(claims, keyHash);
    }

    /**
     * The session a cookie value carries, if it is well formed, not expired at {@code now}, and signed here for the
     * current hash of the key it names ({@code hashOfKey}: the hash of an active key, empty otherwise).
     */
    public Optional<Session> read(String value, Instant now, Function<String, Optional<String>> hashOfKey) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher parts = VALUE.matcher(value);
        if (!parts.matches()) {
            return Optional.empty();
        }
        Session session = new Session(parts.group(1), parts.group(2), Long.parseLong(parts.group(3)), Long.parseLong(parts.group(4)));
        if (!session.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        String claims = parts.group(1) + "." + parts.group(2) + "." + parts.group(3) + "." + parts.group(4);
        return hashOfKey.apply(session.keyId()).filter(hash -> MessageDigest.isEqual(mac(claims, hash).getBytes(StandardCharsets.US_ASCII),
                parts.group(5).getBytes(StandardCharsets.US_ASCII))).map(hash -> session);
    }

    private String mac(String claims, String keyHash) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(macKey, claims + "." + keyHash));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    /** A session: the key it acts for, its own random id, when it was opened, its expiry. */
    public record Session(String keyId, String id, long openedAtMillis, long expiresAtSeconds) {

        public Instant openedAt() {
            return Instant.ofEpochMilli(openedAtMillis);
        }

        public Instant expiresAt() {
            return Instant.ofEpochSecond(expiresAtSeconds);
        }
    }
}
