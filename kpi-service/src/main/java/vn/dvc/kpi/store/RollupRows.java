package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.kpi.service.PeriodCover.Bucket;
import vn.dvc.kpi.service.ScopeKey;
import vn.dvc.rules.Measure;

/** Adds deltas to {@code kpi_rollup}'s rows: one multi-row upsert, a row per key, zero deltas left out. */
@ApplicationScoped
public class RollupRows {

    private final Jdbc jdbc;

    public RollupRows(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void add(Map<Key, Long> deltas) {
        List<List<?>> rows = new ArrayList<>();
        deltas.forEach((key, delta) -> {
            if (delta != 0) {
                rows.add(List.of(key.scopeKey().value(), key.measure().name(), key.bucket().grain().code(),
                        Date.valueOf(key.bucket().start()), delta));
            }
        });
        jdbc.batch("INSERT INTO kpi_rollup (scope_key, measure, grain, period_start, value) VALUES (?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE value = value + VALUES(value)", rows);
    }

    /** One summary row: a scope ({@link ScopeKey}), a measure and a day or month. */
    record Key(ScopeKey scopeKey, Measure measure, Bucket bucket) {
    }
}
