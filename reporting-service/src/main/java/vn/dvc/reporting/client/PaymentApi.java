package vn.dvc.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import vn.dvc.commons.consistency.ForwardedToken;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** payment-service's appendix 5 rows. */
@RegisterProvider(ServiceIdentity.class)
@RegisterProvider(ForwardedToken.class)
@RegisterRestClient(configKey = "payment")
@Path("/api/v1/payments")
public interface PaymentApi {

    @GET
    @Path("/appendix-5")
    List<PaymentRow> appendixFive(@QueryParam("unit") String unit, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentRow(int number, String unitCode, String unitName, String field, long count, BigInteger amountVnd) {
    }
}
