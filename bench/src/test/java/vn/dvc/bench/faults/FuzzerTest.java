package vn.dvc.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvc.bench.driver.GatewayClient;

class FuzzerTest {

    private final Fuzzer fuzzer = new Fuzzer(new GatewayClient(URI.create("http://127.0.0.1:9"), Map.of()),
            Map.of("district", "FZB.H01", "commune", "FZB.H01.X01"));

    @Test
    void everyWriteEndpointIsFuzzedAndEveryNewObjectIsNamedSoThatAnythingStoredShows() {
        assertThat(fuzzer.endpoints()).hasSize(13);
        for (Fuzzer.Endpoint endpoint : fuzzer.endpoints()) {
            String template = endpoint.template().apply(7).toString();
            assertThat(endpoint.required()).allMatch(field -> template.contains("\"" + field + "\""));
            assertThat(template).contains(endpoint.path().startsWith("/report-submissions") || endpoint.path().startsWith("/dossier-totals")
                    || endpoint.path().startsWith("/payment-accounts") || endpoint.path().startsWith("/campaigns")
                    ? "" : Fuzzer.NEW);
        }
    }

    @Test
    void whatWouldBeStoredIsLookedForEverywhere() {
        assertThat(Fuzzer.storedQueries(Map.of("district", "FZB.H01", "commune", "FZB.H01.X01")))
                .containsKeys("dossier events", "payments", "reports", "unit totals", "units", "services", "API keys");
    }
}
