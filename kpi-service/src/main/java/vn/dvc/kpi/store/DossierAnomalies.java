package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.contracts.dossier.DossierStateChanged.Anomaly;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.rules.time.PortalTime;

/**
 * Which dossiers were resolved before they were received, as each one's latest applied snapshot says: a row while the
 * snapshot flags {@code RECEIVED_AFTER_END}, none once a later one no longer does.
 */
@ApplicationScoped
public class DossierAnomalies {

    static final String RECEIVED_AFTER_END = "RECEIVED_AFTER_END";

    private final Jdbc jdbc;

    public DossierAnomalies(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @param applied the snapshots that became their dossiers' latest in this poll, one per dossier */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Collection<DossierStateChanged> applied) {
        List<List<?>> flagged = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        for (DossierStateChanged state : applied) {
            Optional<Anomaly> receipt = state.anomalies().stream()
                    .filter(anomaly -> RECEIVED_AFTER_END.equals(anomaly.kind())).findFirst();
            if (receipt.isPresent() && state.unitCode() != null) {
                flagged.add(List.of(state.dossierId(), state.unitCode(),
                        Date.valueOf(receipt.get().occurredAt().atZone(PortalTime.LOCAL_ZONE).toLocalDate())));
            } else {
                clean.add(state.dossierId());
            }
        }
        if (!clean.isEmpty()) {
            jdbc.update("DELETE FROM kpi_resolved_before_received WHERE dossier_id IN (" + Jdbc.placeholders(clean.size())
                    + ")", List.copyOf(clean));
        }
        jdbc.batch("INSERT INTO kpi_resolved_before_received (dossier_id, unit_code, day) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE unit_code = VALUES(unit_code), day = VALUES(day)", flagged);
    }

    /** Of these units, those with dossiers received after their resolution in {@code [from, to)}: how many. */
    public Map<String, Long> resolvedBeforeReceived(Collection<String> unitCodes, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (unitCodes.isEmpty()) {
            return counts;
        }
        List<Object> parameters = new ArrayList<>(unitCodes);
        parameters.add(Date.valueOf(from));
        parameters.add(Date.valueOf(to));
        jdbc.rows("SELECT unit_code, COUNT(*) AS resolved_before FROM kpi_resolved_before_received WHERE unit_code IN ("
                        + Jdbc.placeholders(unitCodes.size()) + ") AND day >= ? AND day < ? GROUP BY unit_code ORDER BY unit_code",
                parameters).forEach(row -> counts.put(row.string("unit_code"), row.longValue("resolved_before")));
        return counts;
    }
}
