package vn.dvc.gateway.security;

import java.util.Map;

/** Why the gateway answers a request itself: a status, a problem title and detail, and headers to add. */
public record Refusal(int status, String title, String detail, Map<String, String> headers) {

    static Refusal unauthenticated(String detail) {
        return new Refusal(401, "Unauthorized", detail, Map.of("WWW-Authenticate", "Bearer realm=\"dvc\""));
    }

    static Refusal forbidden(String detail) {
        return new Refusal(403, "Forbidden", detail, Map.of());
    }
}
