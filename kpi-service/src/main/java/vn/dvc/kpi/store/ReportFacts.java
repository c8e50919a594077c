package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.dvc.contracts.report.DossierTotalsReported;
import vn.dvc.contracts.report.ReportEvent;
import vn.dvc.contracts.report.ReportObligationChanged;
import vn.dvc.kpi.service.PeriodCover.Bucket;
import vn.dvc.kpi.service.PeriodCover;
import vn.dvc.kpi.service.Scope;
import vn.dvc.rules.Contribution;
import vn.dvc.rules.Measure;
import vn.dvc.rules.ReportContributions;
import vn.dvc.rules.ReportFact;
import vn.dvc.rules.ReportedGap;

/**
 * Keeps each report obligation's latest state and the units' self-reported dossier totals from
 * {@code report-events}: a newer obligation version retracts its old contribution and adds the new; the latest
 * totals report of a unit and period (by its time) replaces the earlier.
 */
@ApplicationScoped
public class ReportFacts {

    private static final String FACT_COLUMNS = "obligation_id, version, unit_code, deadline_day, expected, submitted, "
            + "on_time, online";

    private final Jdbc jdbc;
    private final Rollups rollups;
    private final RollupReads rollupReads;

    public ReportFacts(Jdbc jdbc, Rollups rollups, RollupReads rollupReads) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.rollupReads = rollupReads;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<ReportEvent> events) {
        applyObligations(events.stream().filter(ReportObligationChanged.class::isInstance)
                .map(ReportObligationChanged.class::cast).toList());
        jdbc.batch("INSERT INTO kpi_reported_total (unit_code, from_day, to_day, total, reported_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE total = IF(VALUES(reported_at) >= reported_at, VALUES(total), total), "
                        + "reported_at = GREATEST(reported_at, VALUES(reported_at))",
                events.stream().filter(DossierTotalsReported.class::isInstance).map(DossierTotalsReported.class::cast)
                        .<List<?>>map(totals -> List.of(totals.unitCode(), Date.valueOf(totals.from()),
                                Date.valueOf(totals.to()), totals.total(), Timestamp.from(totals.occurredAt())))
                        .toList());
    }

    private void applyObligations(List<ReportObligationChanged> changes) {
        Map<String, ReportFact> newest = new LinkedHashMap<>();
        changes.forEach(change -> newest.merge(change.obligationId(), ReportFact.of(change),
                (a, b) -> a.version() >= b.version() ? a : b));
        if (newest.isEmpty()) {
            return;
        }
        Map<String, ReportFact> stored = load(newest.keySet());
        List<Contribution> deltas = new ArrayList<>();
        List<List<?>> upserts = new ArrayList<>();
        for (ReportFact report : newest.values()) {
            ReportFact before = stored.get(report.obligationId());
            if (before != null && before.version() >= report.version()) {
                continue;
            }
            deltas.addAll(ReportContributions.delta(before, report));
            upserts.add(List.of(report.obligationId(), report.version(), report.unitCode(),
                    Date.valueOf(report.deadlineDay()), report.expected(), report.submitted(), report.onTime(),
                    report.online()));
        }
        jdbc.batch("INSERT INTO kpi_report (" + FACT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                + "version = VALUES(version), unit_code = VALUES(unit_code), deadline_day = VALUES(deadline_day), "
                + "expected = VALUES(expected), submitted = VALUES(submitted), on_time = VALUES(on_time), "
                + "online = VALUES(online)", upserts);
        rollups.add(deltas);
    }


    /**
     * The dossiers never entered in the scope (a unit's subtree, or the whole tree) over the reported periods lying
     * in {@code [from, to)}: per unit and reported period, the reported total against the unit's own portal count.
     */
    public long notEntered(Scope scope, LocalDate from, LocalDate to) {
        return reportedTotals(scope, from, to).stream()
                .mapToLong(total -> ReportedGap.of(total.reported(), total.portal())).sum();
    }

    /**
     * Each self-reported total of the scope whose period lies in {@code [from, to)}, with the unit's own portal count
     * for that period — read from the units' own summary rows, a bucket or two per reported total.
     */
    public List<ReportedTotal> reportedTotals(Scope scope, LocalDate from, LocalDate to) {
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        String within = "";
        if (!scope.wholeTree()) {
            within = " AND (u.code = ? OR u.path LIKE ?)";
            parameters.addAll(List.of(scope.unitCode(), UnitCopy.belowPath(scope.path())));
        }
        if (scope.tier() != null) {
            within += " AND u.tier = ?";
            parameters.add(scope.tier().name());
        }
        List<Row> totals = jdbc.rows("SELECT r.unit_code, r.from_day, r.to_day, r.total FROM kpi_reported_total r "
                + "JOIN unit_copy u ON u.code = r.unit_code WHERE r.from_day >= ? AND r.to_day <= ?" + within, parameters);
        Map<String, Set<Bucket>> wanted = new HashMap<>();
        totals.forEach(row -> wanted.computeIfAbsent(row.string("unit_code"), unit -> new HashSet<>())
                .addAll(PeriodCover.of(row.day("from_day"), row.day("to_day"))));
        Map<String, Map<Bucket, Long>> received = rollupReads.ownValues(Measure.RECEIVED, wanted);
        List<ReportedTotal> answer = new ArrayList<>(totals.size());
        for (Row row : totals) {
            Map<Bucket, Long> own = received.getOrDefault(row.string("unit_code"), Map.of());
            LocalDate periodFrom = row.day("from_day");
            LocalDate periodTo = row.day("to_day");
            long portal = PeriodCover.of(periodFrom, periodTo).stream().mapToLong(bucket -> own.getOrDefault(bucket, 0L)).sum();
            answer.add(new ReportedTotal(row.string("unit_code"), periodFrom, periodTo, row.longValue("total"), portal));
        }
        return answer;
    }

    /** A unit's self-reported dossiers received over {@code [from, to)} and the portal's count of its own. */
    public record ReportedTotal(String unitCode, LocalDate from, LocalDate to, long reported, long portal) {
    }

    /** Every stored obligation (for reconciliation). */
    /** Every stored report fact, streamed (for reconciliation). */
    public void forEach(Consumer<ReportFact> action) {
        jdbc.forEach("SELECT " + FACT_COLUMNS + " FROM kpi_report", List.of(), row -> action.accept(factOf(row)));
    }

    private Map<String, ReportFact> load(Collection<String> obligationIds) {
        Map<String, ReportFact> facts = new HashMap<>();
        jdbc.rows("SELECT " + FACT_COLUMNS + " FROM kpi_report WHERE obligation_id IN ("
                        + Jdbc.placeholders(obligationIds.size()) + ")", List.copyOf(obligationIds))
                .forEach(row -> facts.put(row.string("obligation_id"), factOf(row)));
        return facts;
    }

    private static ReportFact factOf(Row row) {
        return new ReportFact(row.string("obligation_id"), row.longValue("version"), row.string("unit_code"),
                row.day("deadline_day"), row.bool("expected"), row.bool("submitted"), row.bool("on_time"), row.bool("online"));
    }
}
