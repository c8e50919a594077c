package vn.dvc.gateway.security;

import java.time.Instant;
import vn.dvc.access.identity.Caller;
import vn.dvc.access.identity.IdentitySignature;
import vn.dvc.access.identity.SignedRequest;

/**
 * The caller's identity as the gateway vouches for it to one back service for one request ({@link IdentitySignature}),
 * signed with a secret only the gateway and the services hold, so a request that reaches a service around the
 * gateway cannot claim one, and a captured header opens no other request. Whatever the caller sent under this name is
 * replaced.
 */
public final class IdentityHeader {

    public static final String NAME = IdentitySignature.HEADER;

    private IdentityHeader() {
    }

    public static String of(ApiKey key, SignedRequest request, Instant now, String secret) {
        return IdentitySignature.sign(new Caller(key.id(), key.role().lowerName(), key.unitCode()), request, now, secret);
    }
}
