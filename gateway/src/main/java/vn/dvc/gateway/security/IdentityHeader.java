package vn.dvc.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The caller's identity as the gateway vouches for it to the back services: {@code v1;<key id>;<role>;<unit>;<epoch
 * seconds>;<HMAC-SHA256>}, signed with a secret only the gateway and the services hold, so a request that reaches a
 * service without passing the gateway cannot claim one. Whatever the caller sent under this name is replaced.
 */
public final class IdentityHeader {

    public static final String NAME = "X-DVC-Identity";

    private IdentityHeader() {
    }

    public static String of(ApiKey key, Instant now, String secret) {
        String claims = String.join(";", "v1", key.id(), key.role().lowerName(), key.unitCode() == null ? "" : key.unitCode(),
                Long.toString(now.getEpochSecond()));
        return claims + ";" + signature(claims, secret);
    }

    static String signature(String claims, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(claims.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
