package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;

/** Reads the events by unit, key and day of a subtree (a unit and its units below; every unit when none). */
@ApplicationScoped
public class SourceRows {

    private final Jdbc jdbc;
    private final UnitCopy units;

    public SourceRows(Jdbc jdbc, UnitCopy units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Each unit and key's latest day and event on or before {@code today}, and its events since {@code since}. */
    public List<KeyLatest> latestByKey(String unitCode, LocalDate today, LocalDate since) {
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(since), Date.valueOf(today)));
        List<KeyLatest> latest = new ArrayList<>();
        for (Row row : jdbc.rows("SELECT s.unit_code, s.source_key, MAX(s.day) AS latest_day, MAX(s.latest_at) AS latest_at, "
                + "SUM(CASE WHEN s.day >= ? THEN s.events ELSE 0 END) AS events_since FROM kpi_source_day s" + joinSubtree(unitCode)
                + " WHERE s.day <= ?" + withinSubtree(unitCode, parameters)
                + " GROUP BY s.unit_code, s.source_key ORDER BY s.unit_code, s.source_key", parameters)) {
            latest.add(new KeyLatest(row.string("unit_code"), row.string("source_key"), row.day("latest_day"),
                    row.instant("latest_at"), row.longValue("events_since")));
        }
        return latest;
    }

    /** Each unit's events (every key) by day over {@code [from, to]}. */
    public Map<String, Map<LocalDate, Long>> eventsByDay(String unitCode, LocalDate from, LocalDate to) {
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        Map<String, Map<LocalDate, Long>> days = new HashMap<>();
        for (Row row : jdbc.rows("SELECT s.unit_code, s.day, SUM(s.events) AS events FROM kpi_source_day s"
                + joinSubtree(unitCode) + " WHERE s.day >= ? AND s.day <= ?" + withinSubtree(unitCode, parameters)
                + " GROUP BY s.unit_code, s.day", parameters)) {
            days.computeIfAbsent(row.string("unit_code"), unit -> new HashMap<>())
                    .put(row.day("day"), row.longValue("events"));
        }
        return days;
    }

    private static String joinSubtree(String unitCode) {
        return unitCode == null ? "" : " JOIN unit_copy u ON u.code = s.unit_code";
    }

    private String withinSubtree(String unitCode, List<Object> parameters) {
        if (unitCode == null) {
            return "";
        }
        Optional<String> path = units.pathOf(unitCode);
        parameters.add(unitCode);
        parameters.add(path.map(UnitCopy::belowPath).orElse(""));
        return " AND (u.code = ? OR u.path LIKE ?)";
    }

    public record KeyLatest(String unitCode, String sourceKey, LocalDate latestDay, Instant latestAt, long eventsSince) {
    }
}
