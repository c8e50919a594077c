package vn.dvc.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import vn.dvc.commons.consistency.ForwardedToken;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** dossier-service's worklists (their totals, and the first dossiers' codes and due times) and its history imports. */
@RegisterProvider(ServiceIdentity.class)
@RegisterProvider(ForwardedToken.class)
@RegisterRestClient(configKey = "dossier")
@Path("/api/v1")
public interface DossierApi {

    @GET
    @Path("/dossiers/near-due")
    Total nearDue(@QueryParam("unit") String unit, @QueryParam("within") String within, @QueryParam("size") int size);

    @GET
    @Path("/dossiers/overdue")
    Total overdue(@QueryParam("unit") String unit, @QueryParam("size") int size);

    @GET
    @Path("/imports")
    List<Import> imports(@QueryParam("status") String status);

    /** A worklist's total and its first dossiers (codes and due times only: reminders list them). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Total(long total, List<Item> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String dossierId, OffsetDateTime dueAtInForce) {
    }

    /** An import as reminders tell of it: no file name (an office may name a file after a person). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Import(String id, String kind, String status, long rowsRead, java.time.Instant finishedAt, String failure,
                  String senderUnit) {
    }
}
