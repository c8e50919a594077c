package vn.dvc.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.kpi.rules.Contribution;
import vn.dvc.kpi.rules.DossierContributions;
import vn.dvc.kpi.rules.DossierFact;

/**
 * Keeps each dossier's latest fact and turns a newer state into summary-row deltas: the old contribution retracted,
 * the new one added. A state whose version is not newer than the stored one changes nothing, so late, repeated or
 * reordered records leave the figures as the set of events says.
 */
@ApplicationScoped
public class DossierFacts {

    public static final ZoneId LOCAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Jdbc jdbc;
    private final Rollups rollups;

    public DossierFacts(Jdbc jdbc, Rollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Collection<DossierStateChanged> states) {
        Map<String, DossierFact> newest = new LinkedHashMap<>();
        for (DossierStateChanged state : states) {
            DossierFact fact = factOf(state);
            newest.merge(fact.dossierId(), fact, (a, b) -> a.version() >= b.version() ? a : b);
        }
        if (newest.isEmpty()) {
            return;
        }
        Map<String, DossierFact> stored = load(newest.keySet());
        List<Contribution> deltas = new ArrayList<>();
        List<List<?>> upserts = new ArrayList<>();
        for (DossierFact fact : newest.values()) {
            DossierFact before = stored.get(fact.dossierId());
            if (before != null && before.version() >= fact.version()) {
                continue;
            }
            deltas.addAll(DossierContributions.delta(before, fact));
            upserts.add(Arrays.asList(fact.dossierId(), fact.version(), fact.unitCode(), fact.serviceCode(),
                    fact.channel(), fact.receivedDay() == null ? null : Date.valueOf(fact.receivedDay())));
        }
        jdbc.batch("INSERT INTO kpi_dossier (dossier_id, version, unit_code, service_code, channel, received_day) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE version = VALUES(version), "
                + "unit_code = VALUES(unit_code), service_code = VALUES(service_code), channel = VALUES(channel), "
                + "received_day = VALUES(received_day)", upserts);
        rollups.add(deltas);
    }

    static DossierFact factOf(DossierStateChanged state) {
        LocalDate receivedDay = state.receivedAt() == null ? null : state.receivedAt().atZone(LOCAL_ZONE).toLocalDate();
        return new DossierFact(state.dossierId(), state.version(), state.unitCode(), state.serviceCode(),
                state.channel(), receivedDay);
    }

    private Map<String, DossierFact> load(Collection<String> dossierIds) {
        Map<String, DossierFact> facts = new HashMap<>();
        for (Object[] row : jdbc.query("SELECT dossier_id, version, unit_code, service_code, channel, received_day "
                + "FROM kpi_dossier WHERE dossier_id IN (" + Jdbc.placeholders(dossierIds.size()) + ")",
                List.copyOf(dossierIds))) {
            LocalDate receivedDay = row[5] == null ? null : ((Date) row[5]).toLocalDate();
            facts.put((String) row[0], new DossierFact((String) row[0], ((Number) row[1]).longValue(), (String) row[2],
                    (String) row[3], (String) row[4], receivedDay));
        }
        return facts;
    }
}
