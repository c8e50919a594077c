package vn.dvc.gateway.security;

import java.time.Instant;
import vn.dvc.contracts.identity.IdentitySignature;

/**
 * The caller's identity as the gateway vouches for it to the back services ({@link IdentitySignature}), signed with a
 * secret only the gateway and the services hold, so a request that reaches a service around the gateway cannot claim
 * one. Whatever the caller sent under this name is replaced.
 */
public final class IdentityHeader {

    public static final String NAME = IdentitySignature.HEADER;

    private IdentityHeader() {
    }

    public static String of(ApiKey key, Instant now, String secret) {
        return IdentitySignature.sign(key.id(), key.role().lowerName(), key.unitCode(), now, secret);
    }
}
