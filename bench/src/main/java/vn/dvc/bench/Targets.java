package vn.dvc.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets against what this run measured, each with the figure it is judged on. A target whose figure
 * was not measured in this run (baselines skipped) says so rather than passing.
 */
final class Targets {

    private Targets() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> of(Map<String, Object> report, BenchOptions options) {
        Map<String, Object> backfill = (Map<String, Object>) report.get("backfill");
        Map<String, Object> steady = (Map<String, Object>) report.get("steady");
        List<Map<String, Object>> targets = new ArrayList<>();
        Double endToEnd = (Double) backfill.get("reflectedEventsPerSecond");
        targets.add(target("Events/s end to end through the batch endpoint (backfill, until reflected)", "≥ 5,000 (≥ 1,000 at least)", "2,347",
                endToEnd, endToEnd != null && endToEnd >= 5_000));
        Double freshness = (Double) ((Map<String, Object>) steady.get("freshnessMs")).get("p99");
        targets.add(target("Freshness p99 at " + (int) options.steadyRate() + " items/s (ms)", "≤ 500", "851", freshness,
                freshness != null && freshness <= 500));
        Double liveFreshness = (Double) ((Map<String, Object>) backfill.get("freshnessMs")).get("p99");
        targets.add(target("Freshness p99 of a live probe while the history backfill runs flat out (ms)", "≤ 2,000", "p50 95,000",
                liveFreshness, liveFreshness != null && liveFreshness <= 2_000));
        Double reads = (Double) ((Map<String, Object>) steady.get("readsWhileIngestingMs")).get("p99");
        targets.add(target("GET /kpis p99 while ingesting at " + (int) options.steadyRate() + " items/s (ms)", "≤ 10", "168",
                reads, reads != null && reads <= 10));
        Double idleReads = (Double) ((Map<String, Object>) report.get("idleReadsMs")).get("p99");
        targets.add(target("GET /kpis p99 with nothing else running (ms)", "≤ 5", "48", idleReads, idleReads != null && idleReads <= 5));
        Double backfillSeconds = (Double) backfill.get("reflectedSeconds");
        long events = (Long) backfill.get("dossierEvents");
        targets.add(target(String.format("A year's province backfilled and reflected (%,d events, s)", events),
                "≤ 600 at scale 1", "1,357", backfillSeconds, backfillSeconds != null && backfillSeconds <= 600 && options.scale() >= 1));
        Map<String, Object> rowChanges = (Map<String, Object>) report.get("backfillRowChanges");
        Double perEvent = rowChanges == null ? null : (Double) rowChanges.get("rowsChangedPerDossierEvent");
        targets.add(target("Row changes per dossier event, every service (backfill, MariaDB's user statistics)", "≤ 7", "~15",
                perEvent, perEvent != null && perEvent <= 7));
        Double ratio = slowestRatio(report, "servedFasterBy");
        targets.add(target("Served indicator vs GROUP BY at 10 M dossiers (times faster)", "≥ 100", "420", ratio,
                ratio != null && ratio >= 100));
        Double columnStore = slowestRatio(report, "servedFasterThanDuckDbBy");
        targets.add(target("Served indicator vs DuckDB at 10 M dossiers (times faster)", "≥ 20", "—", columnStore,
                columnStore != null && columnStore >= 20));
        long largest = 0;
        String largestName = "";
        for (Map.Entry<String, Object> process : ((Map<String, Object>) report.get("rss")).entrySet()) {
            long rss = ((Number) ((Map<String, Object>) process.getValue()).get("maxRssMb")).longValue();
            boolean service = process.getKey().endsWith("-service") || process.getKey().equals("gateway");
            if (service && rss > largest) {
                largest = rss;
                largestName = process.getKey();
            }
        }
        targets.add(target("Largest service RSS (MB, " + largestName + ")", "≤ 300", "425–518", (double) largest, largest <= 300));
        return targets;
    }

    @SuppressWarnings("unchecked")
    /** Of the 10 M-dossier scopes, the smallest of a row's ratio: the served figure's worst case. */
    private static Double slowestRatio(Map<String, Object> report, String ratioKey) {
        Map<String, Object> baselines = (Map<String, Object>) report.get("baselines");
        if (baselines == null || baselines.get("groupByVersusServed") == null) {
            return null;
        }
        Double ratio = null;
        for (Map<String, Object> row : (List<Map<String, Object>>) baselines.get("groupByVersusServed")) {
            if (((Number) row.get("dossiers")).longValue() == 10_000_000L) {
                Double faster = (Double) row.get(ratioKey);
                ratio = ratio == null || (faster != null && faster < ratio) ? faster : ratio;
            }
        }
        return ratio;
    }

    private static Map<String, Object> target(String what, String target, String before, Double measured, boolean met) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("what", what);
        row.put("target", target);
        row.put("before", before);
        row.put("measured", measured);
        row.put("met", measured != null && met);
        return row;
    }
}
