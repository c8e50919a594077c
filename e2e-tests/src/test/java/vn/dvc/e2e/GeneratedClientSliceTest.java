package vn.dvc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvc.client.ApiClient;
import vn.dvc.client.ApiException;
import vn.dvc.client.ApiResponse;
import vn.dvc.client.api.DossierEventsApi;
import vn.dvc.client.api.IndicatorsApi;
import vn.dvc.client.api.ServicesApi;
import vn.dvc.client.api.UnitsApi;
import vn.dvc.client.model.DossierEventRequest;
import vn.dvc.client.model.EventOutcome;
import vn.dvc.client.model.IndicatorValue;
import vn.dvc.client.model.OfferingRequest;
import vn.dvc.client.model.Outcome;
import vn.dvc.client.model.ServiceRequest;
import vn.dvc.client.model.Tier;
import vn.dvc.client.model.UnitRequest;

/**
 * What an integrator does with the published document: the Java client generated from docs/openapi.json at build time
 * (openapi-generator, e2e-tests/pom.xml) drives the slice through the real gateway — units, a service, an event in the
 * national portal's codes, and the figure it makes — and reads a refusal as the documented problem.
 */
class GeneratedClientSliceTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "GC-" + run;
    private final String department = "GC-" + run + ".SO-TP";
    private final String service = "1.001234-" + run;
    private final ApiClient client = new ApiClient().setRequestInterceptor(request -> request.header("X-API-Key", RunningSuite.key("ops")));

    GeneratedClientSliceTest() {
        client.updateBaseUri(RunningSuite.gateway().toString());
    }

    @Test
    void theGeneratedClientDrivesTheSliceAndReadsTheFigure() throws ApiException {
        assertThat(new UnitsApi(client).unitsUpsert(List.of(
                new UnitRequest().code(province).name("Tỉnh thử").tier(Tier.PROVINCE),
                new UnitRequest().code(department).name("Sở Tư pháp").tier(Tier.DEPARTMENT).parentCode(province)))
                .getCreated()).isEqualTo(2);
        assertThat(new ServicesApi(client).servicesUpsert(List.of(new ServiceRequest().code(service)
                .name("Cấp phiếu lý lịch tư pháp").field("Tư pháp").feeBearing(true)
                .offerings(List.of(new OfferingRequest().tier(Tier.PROVINCE).level(4).ownerUnitCode(department)))))
                .getCreated()).isEqualTo(1);

        ApiResponse<EventOutcome> pushed = new DossierEventsApi(client).pushWithHttpInfo(new DossierEventRequest().eventId(run + "/2")
                .dossierId("000.00.01.H10-221201-" + run).status("2").occurredAt("20221201083000")
                .unitCode(department).serviceCode(service).channel(DossierEventRequest.ChannelEnum._2)
                .dueAt("20221208170000").inputsDigitised(true).feeRequired(true));
        assertThat(pushed.getData().getOutcome()).isEqualTo(Outcome.ACCEPTED);
        String written = pushed.getHeaders().get("x-dvc-written").get(0);

        // the write's token sent back: the first read counts the event, no polling
        IndicatorValue share = new IndicatorsApi(client).kpis("2022-12-01", "2023-01-01", List.of("ONLINE_DOSSIER_SHARE"),
                null, province, written, null).getIndicators().get(0);
        assertThat(share.getNumerator()).isEqualTo(1L);
        assertThat(share.getDenominator()).isEqualTo(1L);
    }

    @Test
    void aRefusalReachesTheClientAsTheDocumentedProblem() {
        DossierEventRequest unknownUnit = new DossierEventRequest().eventId(run + "/x").dossierId("x-" + run)
                .status("RECEIVED").occurredAt("2022-12-01T08:30:00+07:00").unitCode("NO-SUCH-UNIT-" + run)
                .serviceCode(service).channel(DossierEventRequest.ChannelEnum.ONLINE).dueAt("2022-12-08T17:00:00+07:00");

        ApiException refused = assertThrows(ApiException.class,
                () -> new DossierEventsApi(client).push(unknownUnit));

        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.getResponseBody()).contains("\"field\":\"unitCode\"");
    }
}
