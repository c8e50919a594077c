package vn.dvc.access.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** RFC 9530 {@code Content-Digest} with SHA-256: {@code sha-256=:<base64>:}. */
public final class ContentDigest {

    public static final String HEADER = "Content-Digest";

    private ContentDigest() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static String of(byte[] body) {
        return header(newDigest().digest(body));
    }

    /** The header value of a finished SHA-256 digest. */
    public static String header(byte[] sha256) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":";
    }
}
