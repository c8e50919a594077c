package vn.dvc.contracts.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The identity header the gateway signs and the services check (the one contract between them besides HTTP): {@code v1;<key id>;<role>;<unit>;<epoch
 * seconds>;<HMAC-SHA256 of the rest>}. A header that is malformed, signed with another secret, or older (or newer)
 * than {@code maxAge} proves nothing.
 */
public final class IdentitySignature {

    public static final String HEADER = "X-DVC-Identity";

    private IdentitySignature() {
    }

    public static String sign(String keyId, String role, String unitCode, Instant at, String secret) {
        String claims = String.join(";", "v1", keyId, role, unitCode == null ? "" : unitCode, Long.toString(at.getEpochSecond()));
        return claims + ";" + mac(claims, secret);
    }

    public static Optional<Caller> verify(String header, String secret, Instant now, Duration maxAge) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.split(";", -1);
        if (parts.length != 6 || !parts[0].equals("v1")) {
            return Optional.empty();
        }
        String claims = String.join(";", parts[0], parts[1], parts[2], parts[3], parts[4]);
        if (!MessageDigest.isEqual(mac(claims, secret).getBytes(StandardCharsets.US_ASCII), parts[5].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Instant signedAt = Instant.ofEpochSecond(Long.parseLong(parts[4]));
            if (Duration.between(signedAt, now).abs().compareTo(maxAge) > 0) {
                return Optional.empty();
            }
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
        return Optional.of(new Caller(parts[1], parts[2], parts[3].isEmpty() ? null : parts[3]));
    }

    private static String mac(String claims, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(claims.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
