package vn.dvc.commons.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.dvc.problem.web.RequestIds;

/** The correlation id ({@link RequestIds}) put in the log context as {@code requestId} and echoed on the response. */
public class RequestIdFilter {

    @ServerRequestFilter(preMatching = true)
    public void takeRequestId(ContainerRequestContext request) {
        String requestId = RequestIds.takeOrCreate(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(RequestIds.LOG_KEY, requestId);
        MDC.put(RequestIds.LOG_KEY, requestId);
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(RequestIds.LOG_KEY);
        if (requestId != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, requestId);
        }
    }
}
