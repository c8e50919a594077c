package vn.dvc.access;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one spelling of a path the suite serves: segments of letters, digits and {@code - . _ ~}, separated by single
 * slashes, no {@code .} or {@code ..} segment, no trailing slash, no percent-encoding, no {@code ;} parameters, nothing
 * outside ASCII. The gateway refuses any other spelling rather than normalising it, so the policy, the log line and
 * the service's router all see the same path — a spelling that a router would read differently never gets a decision.
 */
public final class CanonicalPath {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

    private CanonicalPath() {
    }

    /** Why {@code rawPath} (as sent, before any decoding) is not canonical; empty when it is. */
    public static Optional<String> flaw(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.of("the path must start with '/'");
        }
        if (rawPath.indexOf('%') >= 0) {
            return Optional.of("the path must not be percent-encoded");
        }
        if (rawPath.indexOf(';') >= 0) {
            return Optional.of("the path must not carry ';' parameters");
        }
        if (rawPath.equals("/")) {
            return Optional.empty();
        }
        if (rawPath.endsWith("/")) {
            return Optional.of("the path must not end with '/'");
        }
        for (String segment : rawPath.substring(1).split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("the path must not contain '//'");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("the path must not contain '.' or '..' segments");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.of("the path may contain only ASCII letters, digits, '-', '.', '_' and '~'");
            }
        }
        return Optional.empty();
    }
}
