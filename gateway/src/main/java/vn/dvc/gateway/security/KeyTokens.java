package vn.dvc.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API key tokens: {@code dvc_<id>_<secret>}, the id public (12 hex digits, to find the key), the secret 32 random bytes.
 * Only the SHA-256 of the whole token is stored — the secret is random and long, so a plain hash suffices and no slow
 * password hash is needed — and compared in constant time.
 */
public final class KeyTokens {

    private static final Pattern TOKEN = Pattern.compile("dvc_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyTokens() {
    }

    /** A new token and its parts. */
    public static Issued issue() {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String keyId = HexFormat.of().formatHex(id);
        String token = "dvc_" + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(keyId, token, hash(token));
    }

    /** The key id a well-formed token names. */
    public static Optional<String> idOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var matcher = TOKEN.matcher(token);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether the token hashes to the stored hash; the comparison takes the same time wherever they differ. */
    public static boolean matches(String token, String storedHash) {
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public record Issued(String id, String token, String hash) {
    }
}
