package vn.dvc.commons.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The correlation id: taken from {@code X-Request-Id} (the gateway always sets one), put in the log context as
 * {@code requestId}, and echoed on the response. An id that is missing or not a plain token is replaced.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @ServerRequestFilter(preMatching = true)
    public void takeRequestId(ContainerRequestContext request) {
        String requestId = request.getHeaderString(HEADER);
        if (requestId == null || !PLAIN_TOKEN.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        request.setProperty(LOG_KEY, requestId);
        MDC.put(LOG_KEY, requestId);
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(LOG_KEY);
        if (requestId != null) {
            response.getHeaders().putSingle(HEADER, requestId);
        }
    }
}
