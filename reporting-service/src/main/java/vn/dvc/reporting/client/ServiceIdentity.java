package vn.dvc.reporting.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.dvc.access.identity.Caller;
import vn.dvc.access.identity.IdentitySignature;
import vn.dvc.access.identity.SignedRequest;

/**
 * Signs reporting-service's calls to its peers as the {@code service} role, as the gateway signs a caller's: for the
 * peer the client is registered for (its config key is the peer's name), this method, path and query. The peers
 * serve only requests that carry a valid identity, and only the endpoints their policy opens to peers.
 */
public class ServiceIdentity implements ClientRequestFilter {

    private static final Caller REPORTING = new Caller("reporting-service", "service", null);
    private static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

    private final String secret = ConfigProvider.getConfig().getOptionalValue("suite.identity.secret", String.class)
            .orElse(IdentitySignature.DEV_SECRET);

    @Override
    public void filter(ClientRequestContext request) {
        Method invoked = (Method) request.getProperty(INVOKED_METHOD);
        String peer = invoked.getDeclaringClass().getAnnotation(RegisterRestClient.class).configKey();
        URI uri = request.getUri();
        SignedRequest signed = new SignedRequest(peer, request.getMethod(),
                SignedRequest.pathAndQuery(uri.getRawPath(), uri.getRawQuery()), null);
        request.getHeaders().putSingle(IdentitySignature.HEADER, IdentitySignature.sign(REPORTING, signed, Instant.now(), secret));
    }
}
