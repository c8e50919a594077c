package vn.dvc.access.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The identity header the gateway signs and the services check (the one contract between them besides HTTP):
 * {@code v2;<key id>;<role>;<unit>;<epoch seconds>;<audience>;<HMAC-SHA256>}, the MAC covering those claims and the
 * request they are for ({@link SignedRequest}: the service, method, path and query, body digest). A header that is
 * malformed, signed with another secret, made for another request or service, or older (or newer) than
 * {@link #VALIDITY} proves nothing.
 */
public final class IdentitySignature {

    public static final String HEADER = "X-DVC-Identity";
    /** How long a signature holds: long enough for a request to reach its service, too short to be worth capturing. */
    public static final Duration VALIDITY = Duration.ofSeconds(30);
    /** The shortest secret a service or the gateway accepts outside development and tests. */
    public static final int MIN_SECRET_BYTES = 32;
    /** The secret a development checkout starts with; refused in production. */
    public static final String DEV_SECRET = "dev-only-identity-secret-change-me";

    private static final Pattern CLAIM = Pattern.compile("[^;\\r\\n]*");

    private IdentitySignature() {
    }

    public static String sign(Caller caller, SignedRequest request, Instant at, String secret) {
        String claims = String.join(";", "v2", claim(caller.keyId()), claim(caller.role()), claim(caller.unitCode()),
                Long.toString(at.getEpochSecond()), claim(request.audience()));
        return claims + ";" + mac(claims, request, secret);
    }

    public static Optional<Caller> verify(String header, SignedRequest request, String secret, Instant now) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.split(";", -1);
        if (parts.length != 7 || !parts[0].equals("v2") || !parts[5].equals(request.audience())) {
            return Optional.empty();
        }
        String claims = header.substring(0, header.lastIndexOf(';'));
        if (!MessageDigest.isEqual(mac(claims, request, secret).getBytes(StandardCharsets.US_ASCII),
                parts[6].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Instant signedAt = Instant.ofEpochSecond(Long.parseLong(parts[4]));
            if (Duration.between(signedAt, now).abs().compareTo(VALIDITY) > 0) {
                return Optional.empty();
            }
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
        return Optional.of(new Caller(parts[1], parts[2], parts[3].isEmpty() ? null : parts[3]));
    }

    /** Whether {@code secret} may sign outside development and tests. */
    public static boolean strongEnough(String secret) {
        return secret != null && !secret.equals(DEV_SECRET)
                && secret.getBytes(StandardCharsets.UTF_8).length >= MIN_SECRET_BYTES;
    }

    /** Refuses to go on with a weak secret unless in development or tests; {@code setting} names where it is set. */
    public static void requireStrongOutside(boolean developmentOrTest, String secret, String setting) {
        if (!developmentOrTest && !strongEnough(secret)) {
            throw new IllegalStateException(setting + " must be set to a secret of at least " + MIN_SECRET_BYTES
                    + " bytes shared by the gateway and the services; the development secret is refused");
        }
    }

    private static String claim(String value) {
        if (value == null) {
            return "";
        }
        if (!CLAIM.matcher(value).matches()) {
            throw new IllegalArgumentException("An identity claim may not contain ';' or a line break");
        }
        return value;
    }

    private static String mac(String claims, SignedRequest request, String secret) {
        String signed = String.join("\n", claims, request.method(), request.pathAndQuery(), request.contentDigest());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
