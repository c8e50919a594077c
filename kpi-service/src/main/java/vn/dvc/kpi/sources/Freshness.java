package vn.dvc.kpi.sources;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.kpi.model.FreshnessReport.KeyFreshness;
import vn.dvc.kpi.model.FreshnessReport.UnitFreshness;
import vn.dvc.kpi.model.FreshnessReport;
import vn.dvc.kpi.store.SourceRows;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.RulesVersion;
import vn.dvc.rules.SourceFreshness.Figures;
import vn.dvc.rules.SourceFreshness;
import vn.dvc.rules.time.WorkingCalendar;

/** Each unit's freshness in a subtree on a day, from its events by key and day. */
@ApplicationScoped
public class Freshness {

    /** Enough days before a latest event to hold its 20 working days, across the longest holiday (Tết). */
    private static final int DAYS_BEFORE_LATEST = 45;
    /** A unit silent for longer is shown silent, its usual read no further back. */
    private static final int LONGEST_LOOK_BACK_DAYS = 400;

    private final SourceRows rows;
    private final UnitCopy units;
    private final SourceSettings settings;

    public Freshness(SourceRows rows, UnitCopy units, SourceSettings settings) {
        this.rows = rows;
        this.units = units;
        this.settings = settings;
    }

    public FreshnessReport of(String unitCode, LocalDate today, Integer quietAfter) {
        int threshold = quietAfter == null ? settings.quietAfterWorkingDays() : quietAfter;
        WorkingCalendar calendar = settings.calendar();
        List<CopiedUnit> subtree = unitCode == null ? units.all() : units.subtreeOf(unitCode);
        if (subtree.isEmpty() && unitCode != null) {
            throw UnknownUnit.notFound(unitCode);
        }
        Map<String, List<SourceRows.KeyLatest>> keysByUnit = rows.latestByKey(unitCode, today, today.minusDays(29)).stream()
                .collect(Collectors.groupingBy(SourceRows.KeyLatest::unitCode));
        Map<String, LocalDate> latestDay = new HashMap<>();
        keysByUnit.forEach((unit, keys) -> latestDay.put(unit, keys.stream().map(SourceRows.KeyLatest::latestDay)
                .max(Comparator.naturalOrder()).orElseThrow()));
        LocalDate from = today.minusDays(29);
        for (LocalDate day : latestDay.values()) {
            from = day.minusDays(DAYS_BEFORE_LATEST).isBefore(from) ? day.minusDays(DAYS_BEFORE_LATEST) : from;
        }
        LocalDate floor = today.minusDays(LONGEST_LOOK_BACK_DAYS);
        Map<String, Map<LocalDate, Long>> days = rows.eventsByDay(unitCode, from.isBefore(floor) ? floor : from, today);
        List<UnitFreshness> answer = new ArrayList<>();
        for (CopiedUnit unit : subtree) {
            Figures figures = SourceFreshness.of(days.getOrDefault(unit.code(), Map.of()), latestDay.get(unit.code()),
                    today, calendar, threshold);
            List<KeyFreshness> keys = keysByUnit.getOrDefault(unit.code(), List.of()).stream()
                    .map(key -> new KeyFreshness(key.sourceKey(), key.latestAt(), key.eventsSince())).toList();
            Instant latestAt = keys.stream().map(KeyFreshness::latestEventAt).max(Comparator.naturalOrder()).orElse(null);
            answer.add(new UnitFreshness(unit.code(), unit.name(), latestAt, figures.silentWorkingDays(), figures.quiet(),
                    figures.last7Days(), figures.last30Days(), figures.usualPerWorkingDay(), keys));
        }
        answer.sort(Comparator.comparing(UnitFreshness::quiet).reversed()
                .thenComparing(unit -> unit.silentWorkingDays() == null ? -1 : unit.silentWorkingDays(), Comparator.reverseOrder()));
        int quiet = (int) answer.stream().filter(UnitFreshness::quiet).count();
        return new FreshnessReport(unitCode, today, threshold, quiet, RulesVersion.CURRENT, answer);
    }
}
