package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.kpi.service.PeriodCover.Bucket;
import vn.dvc.kpi.service.PeriodCover;
import vn.dvc.kpi.service.Scope;
import vn.dvc.kpi.service.ScopeKey;
import vn.dvc.rules.Measure;
import vn.dvc.rules.Sums;
import vn.dvc.rules.time.PortalTime;

/**
 * Reads the summary rows: one key's rows through the primary key, at most three ranges of day and month rows per
 * period ({@link PeriodCover}), never touching a dossier.
 */
@ApplicationScoped
public class RollupReads {

    /** Before any electronic dossier: "everything before the end" starts here. */
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    private final Jdbc jdbc;

    public RollupReads(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the rules need for a scope: the measures summed over the local days {@code [from, to)}, and the others
     * over every day before the period's end — {@code to}, or the end of today when that is sooner ("open at the
     * period's end, or now").
     */
    public Sums sums(Scope scope, LocalDate from, LocalDate to, Set<Measure> inPeriod, Set<Measure> beforeEnd) {
        LocalDate endOfToday = LocalDate.now(PortalTime.LOCAL_ZONE).plusDays(1);
        LocalDate end = to.isAfter(endOfToday) ? endOfToday : to;
        return new Sums(sum(scope.rollupKey(), from, to, inPeriod), sum(scope.rollupKey(), BEGINNING, end, beforeEnd));
    }

    private Map<Measure, Long> sum(ScopeKey scopeKey, LocalDate from, LocalDate to, Set<Measure> measures) {
        Map<Measure, Long> sums = new EnumMap<>(Measure.class);
        List<PeriodCover.Run> runs = PeriodCover.runs(from, to);
        if (measures.isEmpty() || runs.isEmpty()) {
            return sums;
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(scopeKey.value());
        measures.forEach(measure -> parameters.add(measure.name()));
        parameters.addAll(PeriodCover.parameters(runs));
        for (Row row : jdbc.rows("SELECT measure, SUM(value) AS total FROM kpi_rollup WHERE scope_key = ? AND measure IN ("
                + Jdbc.placeholders(measures.size()) + ") AND " + PeriodCover.condition("", runs) + " GROUP BY measure",
                parameters)) {
            sums.put(Measure.valueOf(row.string("measure")), row.longValue("total"));
        }
        return sums;
    }

    /**
     * One measure of units' own rows (kept for {@link Measure#RECEIVED}) for the buckets asked for each unit, by
     * unit and bucket; a bucket without a row is absent.
     */
    public Map<String, Map<Bucket, Long>> ownValues(Measure measure, Map<String, Set<Bucket>> bucketsByUnit) {
        Map<String, Map<Bucket, Long>> values = new HashMap<>();
        List<Object> parameters = new ArrayList<>();
        bucketsByUnit.forEach((unit, buckets) -> buckets.forEach(bucket -> {
            parameters.add(ScopeKey.ownRows(unit).value());
            parameters.add(measure.name());
            parameters.add(bucket.grain().code());
            parameters.add(Date.valueOf(bucket.start()));
        }));
        if (parameters.isEmpty()) {
            return values;
        }
        for (Row row : jdbc.rows("SELECT scope_key, grain, period_start, value FROM kpi_rollup WHERE "
                + "(scope_key, measure, grain, period_start) IN ("
                + String.join(",", Collections.nCopies(parameters.size() / 4, "(?, ?, ?, ?)")) + ")", parameters)) {
            Bucket bucket = new Bucket(PeriodCover.Grain.of(row.string("grain")), row.day("period_start"));
            values.computeIfAbsent(new ScopeKey(row.string("scope_key")).unitCode(), unit -> new HashMap<>())
                    .put(bucket, row.longValue("value"));
        }
        return values;
    }

    /**
     * The day rows of the units asked over {@code [from, to)}, by unit, measure and day: of each unit's subtree, or of
     * the unit alone ({@code own}, kept for {@link Measure#RECEIVED} only). A day without a row is absent.
     */
    public Map<String, Map<Measure, Map<LocalDate, Long>>> dayRows(Collection<String> unitCodes, boolean own,
                                                                  Set<Measure> measures, LocalDate from, LocalDate to) {
        Map<String, Map<Measure, Map<LocalDate, Long>>> rows = new HashMap<>();
        if (unitCodes.isEmpty() || measures.isEmpty()) {
            return rows;
        }
        List<Object> parameters = new ArrayList<>();
        unitCodes.forEach(unit -> parameters.add((own ? ScopeKey.ownRows(unit) : ScopeKey.subtree(unit)).value()));
        measures.forEach(measure -> parameters.add(measure.name()));
        parameters.add(PeriodCover.Grain.DAY.code());
        parameters.add(Date.valueOf(from));
        parameters.add(Date.valueOf(to));
        for (Row row : jdbc.rows("SELECT scope_key, measure, period_start, value FROM kpi_rollup WHERE scope_key IN ("
                + Jdbc.placeholders(unitCodes.size()) + ") AND measure IN (" + Jdbc.placeholders(measures.size())
                + ") AND grain = ? AND period_start >= ? AND period_start < ?", parameters)) {
            rows.computeIfAbsent(new ScopeKey(row.string("scope_key")).unitCode(), unit -> new EnumMap<>(Measure.class))
                    .computeIfAbsent(Measure.valueOf(row.string("measure")), measure -> new HashMap<>())
                    .put(row.day("period_start"), row.longValue("value"));
        }
        return rows;
    }
}
