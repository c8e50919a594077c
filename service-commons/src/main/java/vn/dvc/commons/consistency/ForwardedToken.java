package vn.dvc.commons.consistency;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * On a REST client to a peer service: a read made while serving a read that waited for a consistency token carries
 * the token on, so the peer's figures reflect the same writes.
 */
public class ForwardedToken implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Positions awaited = ReadFloor.awaitedByCurrentRequest();
        if (!awaited.isEmpty() && "GET".equals(request.getMethod())) {
            request.getHeaders().putSingle(Positions.AFTER_HEADER, awaited.toString());
        }
    }
}
