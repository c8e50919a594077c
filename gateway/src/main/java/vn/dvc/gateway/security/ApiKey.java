package vn.dvc.gateway.security;

import java.time.Instant;
import vn.dvc.access.Role;

/**
 * A stored API key: its public id, the SHA-256 of the whole token (never the token), its role and, for a unit key, its
 * unit; its own rate limit ({@code rate} requests per second, null: the default); revoked from {@code revokedAt} on;
 * expired from {@code expiresAt} on, when it has one; its dashboard sessions opened at or before {@code sessionsAfter}
 * ended (a sign-out).
 */
public record ApiKey(String id, String name, Role role, String unitCode, String hash, Integer rate, String source,
                     Instant createdAt, String createdBy, Instant revokedAt, Instant expiresAt, Instant sessionsAfter) {

    public boolean active(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** How the key appears in logs and the audit: never the secret. */
    public String label() {
        return id + " (" + role.lowerName() + (unitCode == null ? "" : " " + unitCode) + ")";
    }
}
