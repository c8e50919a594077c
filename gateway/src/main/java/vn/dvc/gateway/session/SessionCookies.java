package vn.dvc.gateway.session;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The dashboard's session cookie: {@code <key id>.<session id>.<expiry, epoch seconds>.<HMAC-SHA256>}. It names the key
 * it was opened with, never holds its token; the MAC (keyed from the identity secret, for this use only) makes it
 * unforgeable, so any gateway instance can read it, and a restart keeps it. The key is checked again on every request
 * (a revoked key ends its sessions at once); an ended session is remembered until its expiry ({@link Sessions}).
 */
public final class SessionCookies {

    public static final String NAME = "dvc_session";
    private static final Pattern VALUE = Pattern.compile("([0-9a-f]{12})\\.([A-Za-z0-9_-]{22})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] macKey;

    public SessionCookies(String identitySecret) {
        this.macKey = hmac(identitySecret.getBytes(StandardCharsets.UTF_8), "dvc dashboard session");
    }

    /** A new session of the key, valid until {@code expiresAt}. */
    public Session open(String keyId, Instant expiresAt) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return new Session(keyId, Base64.getUrlEncoder().withoutPadding().encodeToString(id), expiresAt.getEpochSecond());
    }

    public String valueOf(Session session) {
        String claims = session.keyId() + "." + session.id() + "." + session.expiresAtSeconds();
        return claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(macKey, claims));
    }

    /** The session a cookie value carries, if it is well formed, signed here and not expired at {@code now}. */
    public Optional<Session> read(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher parts = VALUE.matcher(value);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String claims = parts.group(1) + "." + parts.group(2) + "." + parts.group(3);
        byte[] expected = Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(macKey, claims)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts.group(4).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Session session = new Session(parts.group(1), parts.group(2), Long.parseLong(parts.group(3)));
        return session.expiresAt().isAfter(now) ? Optional.of(session) : Optional.empty();
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

    /** A session: the key it acts for, its own random id, its expiry. */
    public record Session(String keyId, String id, long expiresAtSeconds) {

        public Instant expiresAt() {
            return Instant.ofEpochSecond(expiresAtSeconds);
        }
    }
}
