package vn.dvc.bench.driver;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.ServiceSpec;
import vn.dvc.bench.province.UnitSpec;

/**
 * Loads what ops loads before the portal pushes anything: the unit tree and the catalogue (one request each), the
 * plan's ready-made report forms for the window, the units' payment accounts; and the probe unit the freshness probe
 * writes into, a root of its own so the province's figures stay exactly the generated ones. Then waits until every
 * consuming service knows the tree.
 */
public final class ReferenceData {

    public static final String PROBE_SERVICE = "TT.PROBE";
    private static final Duration PROPAGATION_TIMEOUT = Duration.ofSeconds(120);

    private ReferenceData() {
    }

    /** The probe's own root unit and department for a namespace. */
    public static String probeRoot(String namespace) {
        return "PROBE." + namespace;
    }

    public static String probeDepartment(String namespace) {
        return probeRoot(namespace) + ".S";
    }

    public static void load(GatewayClient gateway, Province province, LocalDate from, LocalDate to) {
        List<Map<String, Object>> units = new ArrayList<>();
        province.units().forEach(unit -> units.add(unitJson(unit)));
        units.add(unitJson(new UnitSpec(probeRoot(province.namespace()), "Đơn vị đo độ trễ (benchmark)", "PROVINCE", null, null)));
        units.add(unitJson(new UnitSpec(probeDepartment(province.namespace()), "Phòng đo độ trễ (benchmark)", "DEPARTMENT",
                probeRoot(province.namespace()), null)));
        expectOk("PUT /units", gateway.put("ops", "/units", GatewayClient.toJson(units)));
        List<Map<String, Object>> services = new ArrayList<>();
        province.services().forEach(service -> services.add(serviceJson(service)));
        services.add(serviceJson(new ServiceSpec(PROBE_SERVICE, "Thủ tục đo độ trễ (benchmark)", "Đo lường", false,
                "PROVINCE", 4, probeDepartment(province.namespace()), 5)));
        expectOk("PUT /services", gateway.put("ops", "/services", GatewayClient.toJson(services)));
        expectOk("POST /report-forms/standard-set", gateway.post("ops", "/report-forms/standard-set?activeFrom=" + from
                + "&activeTo=" + to, new byte[0], "Idempotency-Key", UUID.randomUUID().toString()));

        String last = province.units().get(province.units().size() - 1).code();
        String window = "&from=" + from + "&to=" + to;
        awaitTrue("kpi-service to know unit " + last, () -> gateway.get("ops", "/kpis?unit=" + last + window).ok());
        awaitTrue("payment-service to know unit " + last, () -> gateway.get("ops", "/payments/tally?unit=" + last + window).ok());
        awaitTrue("reporting-service to owe reports from unit " + last, () -> {
            GatewayClient.Answer answer = gateway.get("ops", "/reports/completion?unit=" + last + "&from=" + from
                    + "&to=" + to.plusMonths(1));
            return answer.ok() && answer.json().path("total").path("expected").asLong() > 0;
        });
        for (UnitSpec unit : province.paymentUnits()) {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("enabled", true);
            account.put("provider", "VNPT Pay");
            account.put("since", from.toString());
            expectOk("PUT /payment-accounts/" + unit.code(), gateway.put("ops", "/payment-accounts/" + unit.code(),
                    GatewayClient.toJson(account)));
        }
    }

    private static Map<String, Object> unitJson(UnitSpec unit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", unit.code());
        json.put("name", unit.name());
        json.put("tier", unit.tier());
        if (unit.parentCode() != null) {
            json.put("parentCode", unit.parentCode());
        }
        if (unit.kind() != null) {
            json.put("kind", unit.kind());
        }
        return json;
    }

    private static Map<String, Object> serviceJson(ServiceSpec service) {
        Map<String, Object> offering = new LinkedHashMap<>();
        offering.put("tier", service.tier());
        offering.put("level", service.level());
        if (service.ownerUnitCode() != null) {
            offering.put("ownerUnitCode", service.ownerUnitCode());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", service.code());
        json.put("name", service.name());
        json.put("field", service.field());
        json.put("feeBearing", service.feeBearing());
        json.put("offerings", List.of(offering));
        return json;
    }

    public static void expectOk(String what, GatewayClient.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " answered HTTP " + answer.status() + ": " + answer.text());
        }
    }

    public static void awaitTrue(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PROPAGATION_TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Gave up waiting for " + what + " after " + PROPAGATION_TIMEOUT.toSeconds() + " s");
            }
            pause(Duration.ofMillis(250));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
