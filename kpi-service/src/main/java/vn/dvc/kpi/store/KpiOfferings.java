package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.contracts.catalog.ServiceChanged;

/**
 * kpi-service's copy of the catalogue's offerings, from {@code catalog-events}: each service's set replaced whole, each
 * offering of one province or of every province.
 */
@ApplicationScoped
public class KpiOfferings {

    /** {@code province_code} of an offering of every province. */
    public static final String EVERY_PROVINCE = "";

    private final Jdbc jdbc;

    public KpiOfferings(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<ServiceChanged> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, ServiceChanged> latest = new LinkedHashMap<>();
        changes.forEach(change -> latest.put(change.code(), change));
        jdbc.update("DELETE FROM kpi_offering WHERE service_code IN (" + Jdbc.placeholders(latest.size()) + ")",
                List.copyOf(latest.keySet()));
        List<List<?>> rows = new ArrayList<>();
        latest.values().forEach(service -> service.offerings().forEach(offering -> rows.add(Arrays.asList(
                service.code(), offering.tier().name(), offering.onlineMode(), offering.ownerUnitCode(), service.name(),
                service.field(), offering.province() == null ? EVERY_PROVINCE : offering.province()))));
        jdbc.batch("INSERT INTO kpi_offering (service_code, tier, online_mode, owner_unit_code, service_name, field, "
                + "province_code) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }
}
