package vn.dvc.reporting.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dvc.contracts.identity.IdentitySignature;

/**
 * Signs reporting-service's calls to its peers as the {@code service} role, as the gateway signs a caller's: the
 * peers serve only requests that carry a valid identity.
 */
public class ServiceIdentity implements ClientRequestFilter {

    private final String secret = ConfigProvider.getConfig().getOptionalValue("suite.identity.secret", String.class)
            .orElse("dev-only-identity-secret-change-me");

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(IdentitySignature.HEADER,
                IdentitySignature.sign("reporting-service", "service", null, Instant.now(), secret));
    }
}
