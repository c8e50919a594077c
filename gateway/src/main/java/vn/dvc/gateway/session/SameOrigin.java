package vn.dvc.gateway.session;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a request's {@code Origin} is the gateway it reached: the same host and port as the request's own
 * ({@code X-Forwarded-Host} behind the ingress that terminates TLS, else {@code Host}).
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean of(HttpServerRequest request, String origin) {
        String served = request.getHeader("X-Forwarded-Host") != null ? request.getHeader("X-Forwarded-Host") : request.getHeader("Host");
        if (served == null) {
            return false;
        }
        try {
            URI from = URI.create(origin.trim());
            if (from.getHost() == null || from.getScheme() == null) {
                return false;
            }
            int port = from.getPort() != -1 ? from.getPort() : from.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            String defaultPort = ":" + (from.getScheme().equalsIgnoreCase("https") ? 443 : 80);
            String host = served.toLowerCase(Locale.ROOT).trim();
            String withPort = host.contains(":") && !host.endsWith("]") ? host : host + defaultPort;
            return withPort.equals(from.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
