package vn.dvc.gateway.security;

import java.time.Instant;

/**
 * A stored API key: its public id, the SHA-256 of the whole token (never the token), its role and, for a unit key, its
 * unit; its own rate limit ({@code rate} requests per second, null: the default); revoked from {@code revokedAt} on.
 */
public record ApiKey(String id, String name, Role role, String unitCode, String hash, Integer rate, String source,
                     Instant createdAt, String createdBy, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    /** How the key appears in logs and the audit: never the secret. */
    public String label() {
        return id + " (" + role.lowerName() + (unitCode == null ? "" : " " + unitCode) + ")";
    }
}
