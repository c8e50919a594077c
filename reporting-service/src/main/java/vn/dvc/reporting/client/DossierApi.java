package vn.dvc.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import vn.dvc.commons.consistency.ForwardedToken;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** dossier-service's worklists, read for their totals only. */
@RegisterProvider(ServiceIdentity.class)
@RegisterProvider(ForwardedToken.class)
@RegisterRestClient(configKey = "dossier")
@Path("/api/v1/dossiers")
public interface DossierApi {

    @GET
    @Path("/near-due")
    Total nearDue(@QueryParam("unit") String unit, @QueryParam("within") String within, @QueryParam("size") int size);

    @GET
    @Path("/overdue")
    Total overdue(@QueryParam("unit") String unit, @QueryParam("size") int size);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Total(long total) {
    }
}
