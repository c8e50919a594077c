package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.kpi.model.NationalScore;

/**
 * The national portal's published Decision 766 evaluation of a unit and period, as an operator put it
 * ({@code kpi_national_score}): the latest answer replaces the earlier, metric by metric.
 */
@ApplicationScoped
public class NationalScores {

    private final Jdbc jdbc;

    public NationalScores(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(String unitCode, LocalDate from, LocalDate to, List<NationalScore.Metric> metrics, Instant now) {
        List<Object> period = List.of(unitCode, Date.valueOf(from), Date.valueOf(to));
        jdbc.update("DELETE FROM kpi_national_score WHERE unit_code = ? AND period_from = ? AND period_to = ?", period);
        jdbc.batch("INSERT INTO kpi_national_score (unit_code, period_from, period_to, metric_code, name, numerator, denominator, "
                + "ratio, score, max_score, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", metrics.stream().<List<?>>map(metric ->
                Arrays.asList(unitCode, Date.valueOf(from), Date.valueOf(to), metric.code(), metric.name(), metric.numerator(),
                        metric.denominator(), metric.ratio(), metric.score(), metric.maxScore(), Timestamp.from(now))).toList());
    }

    /** The metrics stored for the unit and period, by code; empty when none was put. */
    public List<NationalScore.Metric> of(String unitCode, LocalDate from, LocalDate to) {
        return jdbc.rows("SELECT metric_code, name, numerator, denominator, ratio, score, max_score FROM kpi_national_score "
                        + "WHERE unit_code = ? AND period_from = ? AND period_to = ? ORDER BY metric_code",
                List.of(unitCode, Date.valueOf(from), Date.valueOf(to))).stream()
                .map(row -> new NationalScore.Metric(row.string("metric_code"), row.string("name"), row.nullableLong("numerator"),
                        row.nullableLong("denominator"), decimal(row.decimal("ratio")), decimal(row.decimal("score")),
                        decimal(row.decimal("max_score")))).toList();
    }

    private static Double decimal(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
