package vn.dvc.bench;

import java.io.PrintStream;
import java.net.URI;
import java.time.LocalDate;
import vn.dvc.bench.driver.Batcher;
import vn.dvc.bench.driver.GatewayClient;
import vn.dvc.bench.driver.LoadDriver;
import vn.dvc.bench.driver.ReferenceData;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.ProvinceGenerator;
import vn.dvc.bench.province.ProvinceShape;
import vn.dvc.bench.stream.PortalStream;

/**
 * The demo: a generated province loaded into the running suite, then the plan's campaign (June–August of the
 * year) streamed through the gateway at a steady rate, so the campaign's progress, the indicators, the ranking and the
 * bulletin fill up while one watches. Runs until the campaign's events are all sent, or Ctrl-C.
 */
final class Demo {

    private final BenchOptions options;
    private final GatewayClient gateway;
    private final URI gatewayUri;
    private final PrintStream out;

    Demo(BenchOptions options, GatewayClient gateway, URI gatewayUri, PrintStream out) {
        this.options = options;
        this.gateway = gateway;
        this.gatewayUri = gatewayUri;
        this.out = out;
    }

    void run() {
        Province province = ProvinceGenerator.generate(options.namespace(), ProvinceShape.of(options.scale()), options.seed());
        LocalDate from = LocalDate.of(options.year(), 6, 1);
        LocalDate to = LocalDate.of(options.year(), 9, 1);
        ReferenceData.load(gateway, province, options.from(), options.to());
        String unit = province.root().code();
        String api = gatewayUri + "/api/v1";
        out.printf("Demo province %s (%d units, %d services) loaded. Streaming the campaign %s … %s at %.0f items/s.%n",
                unit, province.units().size(), province.services().size(), from, to.minusDays(1), options.demoRate());
        out.printf("Watch the dashboard (sign in with the ministry key of .run/dev-keys.properties):%n  %s/?view=overview&unit=%s"
                + "&campaign=KH-170-2022&refresh=10%n", gatewayUri, unit);
        out.println("or the API (with a key from .run/dev-keys.properties in X-API-Key):");
        out.printf("  %s/kpis?unit=%s&from=%s&to=%s%n", api, unit, from, to);
        out.printf("  %s/campaigns/KH-170-2022/progress?within=%s&tier=DISTRICT%n", api, unit);
        out.printf("  %s/kpis/ranking?indicator=ONLINE_DOSSIER_SHARE&tier=DISTRICT&within=%s&from=%s&to=%s%n", api, unit, from, to);
        out.printf("  %s/appendices/2?unit=%s&from=%s&to=%s&format=xlsx%n", api, unit, from, to);
        out.printf("  %s/q/swagger-ui%n", gatewayUri);
        LoadDriver driver = new LoadDriver(gateway, 1, options.demoRate());
        Thread pushing = new Thread(() -> driver.run(new Batcher(new PortalStream(province, options.seed(), from, to),
                Math.max(1, (int) Math.min(500, options.demoRate())))), "demo-driver");
        pushing.start();
        while (pushing.isAlive()) {
            try {
                pushing.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                driver.stop();
                return;
            }
            out.printf("  %,d items sent, %d refused; %s%n", driver.stats().acknowledgedItems(), driver.stats().refused(),
                    headline(unit, from, to));
        }
        out.println("The campaign's events are all sent.");
    }

    /** The province's online share and on-time rate right now. */
    private String headline(String unit, LocalDate from, LocalDate to) {
        GatewayClient.Answer answer = gateway.get("ministry", "/kpis?unit=" + unit + "&from=" + from + "&to=" + to);
        if (!answer.ok()) {
            return "indicators not available (HTTP " + answer.status() + ")";
        }
        StringBuilder line = new StringBuilder();
        answer.json().path("indicators").forEach(indicator -> {
            String code = indicator.path("code").asText();
            if (code.equals("ONLINE_DOSSIER_SHARE") || code.equals("ON_TIME_RESOLUTION")) {
                line.append(code).append(' ').append(indicator.path("numerator").asLong()).append('/')
                        .append(indicator.path("denominator").asLong()).append(" = ")
                        .append(indicator.path("percent").asText("—")).append("%  ");
            }
        });
        return line.toString().trim();
    }
}
