package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.Closure;
import vn.dvc.contracts.dossier.DossierStateChanged;
import vn.dvc.contracts.dossier.Timeliness;
import vn.dvc.kpi.service.Scope;
import vn.dvc.rules.Contribution;
import vn.dvc.rules.DossierContributions;
import vn.dvc.rules.DossierFact;
import vn.dvc.rules.OfferingUse;
import vn.dvc.rules.time.PortalTime;

/**
 * Keeps each dossier's latest fact and turns a newer state into summary-row deltas: the old contribution retracted,
 * the new one added. A state whose version is not newer than the stored one changes nothing, so late, repeated or
 * reordered records leave the figures as the set of events says.
 */
@ApplicationScoped
public class DossierFacts {

    private final Jdbc jdbc;
    private final Rollups rollups;

    public DossierFacts(Jdbc jdbc, Rollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    /** @return the snapshots that became their dossiers' latest, one per dossier */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DossierStateChanged> apply(Collection<DossierStateChanged> states) {
        Map<String, DossierStateChanged> newestStates = new LinkedHashMap<>();
        for (DossierStateChanged state : states) {
            newestStates.merge(state.dossierId(), state, (a, b) -> a.version() >= b.version() ? a : b);
        }
        Map<String, DossierFact> newest = new LinkedHashMap<>();
        newestStates.forEach((id, state) -> newest.put(id, DossierFact.of(state)));
        if (newest.isEmpty()) {
            return List.of();
        }
        lockLinks(newest.keySet());
        Set<String> paid = paidOnline(newest.keySet());
        newest.replaceAll((id, fact) -> fact.withPaidOnline(paid.contains(id)));
        Map<String, DossierFact> stored = load(newest.keySet());
        List<Contribution> deltas = new ArrayList<>();
        List<OfferingUse> uses = new ArrayList<>();
        List<List<?>> upserts = new ArrayList<>();
        List<DossierStateChanged> applied = new ArrayList<>();
        for (DossierFact fact : newest.values()) {
            DossierFact before = stored.get(fact.dossierId());
            if (before != null && before.version() >= fact.version()) {
                continue;
            }
            applied.add(newestStates.get(fact.dossierId()));
            deltas.addAll(DossierContributions.delta(before, fact));
            uses.addAll(DossierContributions.useDelta(before, fact));
            upserts.add(Arrays.asList(fact.dossierId(), fact.version(), fact.unitCode(), fact.serviceCode(),
                    nameOf(fact.channel()), sqlDate(fact.receivedDay()), fact.inputsDigitised(), fact.feeRequired(),
                    nameOf(fact.closure()), sqlDate(fact.endDay()), nameOf(fact.timeliness()), fact.electronicResult(),
                    fact.apologyCompliant(), sqlDate(fact.overdueDay()), fact.offeringTier(), fact.paidOnline(),
                    fact.dataUsed().reused(), fact.dataUsed().fromPersonalStore(), fact.dataUsed().residentData(),
                    fact.dissatisfied(), fact.electronicCertifiedCopy()));
        }
        jdbc.batch(UPSERT_FACTS, upserts);
        rollups.add(deltas);
        rollups.addUses(uses);
        return applied;
    }

    /**
     * Counting rules v1, "Payments": a payment for these dossiers changed, so whether each has a successful online
     * payment may have; a dossier whose flag moved has its old contribution retracted and the new one added.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void repay(Collection<String> dossierIds) {
        if (dossierIds.isEmpty()) {
            return;
        }
        lockLinks(dossierIds);
        Set<String> paid = paidOnline(dossierIds);
        List<Contribution> deltas = new ArrayList<>();
        List<List<?>> updates = new ArrayList<>();
        for (DossierFact before : load(dossierIds).values()) {
            boolean nowPaid = paid.contains(before.dossierId());
            if (before.paidOnline() != nowPaid) {
                deltas.addAll(DossierContributions.delta(before, before.withPaidOnline(nowPaid)));
                updates.add(List.of(nowPaid, before.dossierId()));
            }
        }
        jdbc.batch("UPDATE kpi_dossier SET paid_online = ? WHERE dossier_id = ?", updates);
        rollups.add(deltas);
    }

    /**
     * Locks each dossier's link row (creating it if needed), in id order: a dossier snapshot and a payment for it,
     * applied at the same moment by two consumers, then take turns, and the second sees what the first committed.
     */
    private void lockLinks(Collection<String> dossierIds) {
        jdbc.batch("INSERT INTO kpi_dossier_link (dossier_id) VALUES (?) ON DUPLICATE KEY UPDATE dossier_id = dossier_id",
                dossierIds.stream().sorted().<List<?>>map(List::of).toList());
    }

    private Set<String> paidOnline(Collection<String> dossierIds) {
        Set<String> paid = new HashSet<>();
        // the index by name: MariaDB turns a long IN list into a derived table, then sometimes scans the whole table
        jdbc.rows("SELECT DISTINCT dossier_id FROM kpi_payment FORCE INDEX (idx_kpi_payment_dossier) "
                + "WHERE status = 'SUCCESS' AND dossier_id IN ("
                + Jdbc.placeholders(dossierIds.size()) + ")", List.copyOf(dossierIds)).forEach(row -> paid.add(row.string("dossier_id")));
        return paid;
    }

    private static final List<String> FACT_COLUMN_LIST = List.of("dossier_id", "version", "unit_code", "service_code",
            "channel", "received_day", "inputs_digitised", "fee_required", "closure", "end_day", "timeliness",
            "electronic_result", "apology_compliant", "overdue_day", "offering_tier", "paid_online", "data_reused",
            "from_personal_store", "resident_data_used", "dissatisfied", "electronic_certified_copy");
    private static final String FACT_COLUMNS = String.join(", ", FACT_COLUMN_LIST);
    private static final String UPSERT_FACTS = "INSERT INTO kpi_dossier (" + FACT_COLUMNS + ") VALUES ("
            + Jdbc.placeholders(FACT_COLUMN_LIST.size()) + ") ON DUPLICATE KEY UPDATE " + String.join(", ", FACT_COLUMN_LIST
            .subList(1, FACT_COLUMN_LIST.size()).stream().map(column -> column + " = VALUES(" + column + ")").toList());

    /** The units that made an electronic certified copy for a dossier received in {@code [from, to)}. */
    public Set<String> unitsMakingCertifiedCopies(LocalDate from, LocalDate to) {
        Set<String> units = new HashSet<>();
        jdbc.forEach("SELECT DISTINCT unit_code FROM kpi_dossier WHERE electronic_certified_copy AND received_day >= ? "
                + "AND received_day < ?", List.of(Date.valueOf(from), Date.valueOf(to)), row -> units.add(row.string("unit_code")));
        return units;
    }

    /** The procedures of which a dossier received in {@code [from, to)} by the scope's units used resident data. */
    public Set<String> proceduresUsingResidentData(Scope scope, LocalDate from, LocalDate to) {
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        String inScope = "";
        if (!scope.wholeTree()) {
            inScope = " AND unit_code IN (SELECT s.code FROM unit_copy s WHERE s.code = ? OR s.path LIKE ?)";
            parameters.addAll(List.of(scope.unitCode(), UnitCopy.belowPath(scope.path())));
        }
        Set<String> procedures = new HashSet<>();
        jdbc.forEach("SELECT DISTINCT service_code FROM kpi_dossier WHERE resident_data_used AND received_day >= ? "
                + "AND received_day < ?" + inScope, parameters, row -> procedures.add(row.string("service_code")));
        return procedures;
    }

    private Map<String, DossierFact> load(Collection<String> dossierIds) {
        Map<String, DossierFact> facts = new HashMap<>();
        for (Row row : jdbc.rows("SELECT " + FACT_COLUMNS + " FROM kpi_dossier WHERE dossier_id IN ("
                + Jdbc.placeholders(dossierIds.size()) + ")", List.copyOf(dossierIds))) {
            DossierFact fact = factOf(row);
            facts.put(fact.dossierId(), fact);
        }
        return facts;
    }

    /** Every stored fact, streamed (for reconciliation). */
    public void forEach(Consumer<DossierFact> action) {
        jdbc.forEach("SELECT " + FACT_COLUMNS + " FROM kpi_dossier", List.of(), row -> action.accept(factOf(row)));
    }

    private static DossierFact factOf(Row row) {
        return new DossierFact(row.string("dossier_id"), row.longValue("version"), row.string("unit_code"),
                row.string("service_code"), valueOf(Channel.class, row.string("channel")), row.day("received_day"),
                row.bool("inputs_digitised"), row.bool("fee_required"), valueOf(Closure.class, row.string("closure")),
                row.day("end_day"), valueOf(Timeliness.class, row.string("timeliness")), row.bool("electronic_result"),
                row.bool("apology_compliant"), row.day("overdue_day"), row.string("offering_tier"),
                row.bool("paid_online"), new DossierFact.DataUsed(row.bool("data_reused"), row.bool("from_personal_store"),
                row.bool("resident_data_used")), row.bool("dissatisfied"), row.bool("electronic_certified_copy"));
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static LocalDate localDay(Instant instant) {
        return instant == null ? null : instant.atZone(PortalTime.LOCAL_ZONE).toLocalDate();
    }

    private static Date sqlDate(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
