package vn.dvc.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's report, twice: the whole tree of figures as JSON, and the same as Markdown tables for a reader (and
 * for {@code docs/performance.md}).
 */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> report;

    public BenchReport(Map<String, Object> report) {
        this.report = report;
    }

    public String json() {
        try {
            return JSON.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code report.json} and {@code report.md} into the folder; answers the Markdown. */
    public String writeTo(Path folder) {
        String markdown = markdown();
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("report.json"), json(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("report.md"), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markdown;
    }

    @SuppressWarnings("unchecked")
    public String markdown() {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = map(report.get("machine"));
        md.append("# Benchmark report\n\n");
        md.append(String.format("Machine: %s, %s cores, %s GB, %s, %s.%n%n", machine.get("cpu"), machine.get("cores"),
                machine.get("memoryGb"), machine.get("jdk"), machine.get("os")));
        md.append("Options: `").append(compactJson(report.get("options"))).append("`\n\n");
        md.append("## Targets\n\n| what | target | before (the performance issue's \"now\", scale 1) | measured | met |\n"
                + "|---|---|---|---|---|\n");
        for (Map<String, Object> target : (List<Map<String, Object>>) report.get("targets")) {
            md.append(row(target.get("what"), target.get("target"), target.get("before"), number(target.get("measured")),
                    Boolean.TRUE.equals(target.get("met")) ? "yes" : "**no**"));
        }
        phase(md, "Backfill: the year, flat out", map(report.get("backfill")));
        rowChanges(md, map(report.get("backfillRowChanges")));
        phase(md, "Steady rate", map(report.get("steady")));
        Map<String, Object> idle = map(report.get("idleReadsMs"));
        md.append("\n## Reads with nothing else running\n\n")
                .append(String.format("`GET /kpis` through the gateway, %s reads: p50 %s ms, p99 %s ms, max %s ms.%n",
                        idle.get("count"), number(idle.get("p50")), number(idle.get("p99")), number(idle.get("max"))));
        md.append("\nRead your own writes, one probe after another: ").append(readYourWrites(map(report.get("idleReadYourWritesMs"))))
                .append(".\n");
        Map<String, Object> digests = map(report.get("digestRound"));
        md.append("\n## Reminders: every unit's digest of the day\n\n").append(Boolean.TRUE.equals(digests.get("measured"))
                ? String.format("%s units subscribed (webhook); %s digests made, %s with something to tell, %s delivered; "
                        + "the making job's span %s s; from the subscriptions to all made %s s (a round every 5 s), to all "
                        + "delivered %s s.%n", digests.get("units"), digests.get("digestsMade"), digests.get("withSomethingToTell"),
                        digests.get("deliveredToWebhook"), number(digests.get("makingSpanSeconds")),
                        number(digests.get("subscribedToAllMadeSeconds")), number(digests.get("subscribedToAllDeliveredSeconds")))
                : "Not measured: " + digests.get("why") + "\n");
        md.append("\n## Processes during the backfill\n\n| process | CPU s | cores used | max RSS MB (whole run) |\n|---|---|---|---|\n");
        Map<String, Object> usage = map(map(report.get("backfill")).get("untilReflected"));
        Map<String, Object> rss = map(report.get("rss"));
        map(usage.get("processes")).forEach((process, figures) -> md.append(row(process,
                number(map(figures).get("cpuSeconds")), number(map(figures).get("coresUsed")),
                number(map(rss.get(process)).get("maxRssMb")))));
        md.append(String.format("%nMachine busy: %s %% of both cores.%n", number(usage.get("machineBusyPercent"))));
        profile(md, map(report.get("backfillProfile")));
        baselines(md, map(report.get("baselines")));
        return md.toString();
    }

    /** Row changes per dossier event over the backfill, in all and per service database and table. */
    private static void rowChanges(StringBuilder md, Map<String, Object> changes) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("\n## Row changes per dossier event during the backfill\n\n")
                .append(String.format("%s dossier events. Rows changed (user statistics, every service database): **%s per "
                                + "event**; handler writes + updates + deletes (temporary tables included, an upsert that updates "
                                + "counted twice): %s per event.%n%n| database | table | rows changed | per event |%n"
                                + "|---|---|---|---|%n", number(changes.get("dossierEvents")),
                        number(changes.get("rowsChangedPerDossierEvent")), number(changes.get("handlerRowsPerDossierEvent"))));
        long events = ((Number) changes.get("dossierEvents")).longValue();
        map(changes.get("byDatabase")).forEach((database, value) -> {
            Map<String, Object> figures = map(value);
            md.append(row("**" + database + "**", "all", number(figures.get("rowsChanged")), "**" + number(figures.get("perDossierEvent")) + "**"));
            map(figures.get("tables")).forEach((table, rows) -> md.append(row("", table, number(rows),
                    number(events == 0 ? 0 : Math.round(((Number) rows).longValue() * 100.0 / events) / 100.0))));
        });
    }

    /** The JFR summary: per JVM, the methods on top of the stack and the suite's own methods that led there. */
    @SuppressWarnings("unchecked")
    private static void profile(StringBuilder md, Map<String, Object> profile) {
        if (profile.isEmpty()) {
            return;
        }
        md.append("\n## Where the CPU went during the backfill (JFR, 10 ms samples)\n");
        profile.forEach((process, value) -> {
            Map<String, Object> summary = map(value);
            md.append("\n### ").append(process).append(" — ").append(number(summary.get("cpuSamples")))
                    .append(" samples\n\n| on top of the stack | % | the suite's own method below it | % |\n|---|---|---|---|\n");
            List<Map<String, Object>> self = (List<Map<String, Object>>) summary.getOrDefault("topSelf", List.of());
            List<Map<String, Object>> own = (List<Map<String, Object>>) summary.getOrDefault("topOwnCode", List.of());
            for (int i = 0; i < Math.max(self.size(), own.size()); i++) {
                md.append(row(i < self.size() ? "`" + self.get(i).get("method") + "`" : "",
                        i < self.size() ? number(self.get(i).get("percent")) : "",
                        i < own.size() ? "`" + own.get(i).get("method") + "`" : "",
                        i < own.size() ? number(own.get(i).get("percent")) : ""));
            }
        });
    }

    private static void phase(StringBuilder md, String title, Map<String, Object> phase) {
        md.append("\n## ").append(title).append("\n\n| figure | value |\n|---|---|\n");
        md.append(row("items acknowledged (dossier events, payments, reports, totals)", String.format(Locale.ROOT,
                "%,d (%,d, %,d, %,d, %,d)", phase.get("items"), phase.get("dossierEvents"), phase.get("payments"),
                phase.get("reportSubmissions"), phase.get("dossierTotals"))));
        md.append(row("accepted in", number(phase.get("acceptedSeconds")) + " s: " + number(phase.get("acceptedEventsPerSecond"))
                + " dossier events/s, " + number(phase.get("acceptedItemsPerSecond")) + " items/s"));
        md.append(row("reflected in the figures, consumers at lag 0, after", number(phase.get("reflectedSeconds")) + " s: "
                + number(phase.get("reflectedEventsPerSecond")) + " dossier events/s end to end"));
        md.append(row("served figures = generator's", String.valueOf(phase.get("figuresMatchGenerator"))
                + " " + compactJson(phase.get("served"))));
        md.append(row("refused items, retried requests", phase.get("refused") + ", " + phase.get("retries")));
        map(phase.get("requestLatencyMs")).forEach((endpoint, figures) -> md.append(row("request " + endpoint + " (ms)",
                latency(map(figures)))));
        md.append(row("freshness: acknowledged → in `GET /kpis` (ms)", latency(map(phase.get("freshnessMs")))
                + "; one read takes " + latency(map(phase.get("freshnessResolutionMs")))));
        md.append(row("read your own writes: event sent → `GET /kpis` with its token answering it (ms)",
                readYourWrites(map(phase.get("readYourWritesMs")))));
        Map<String, Object> reads = map(phase.get("readsWhileIngestingMs"));
        md.append(row("`GET /kpis` while ingesting, " + number(reads.get("perSecond")) + "/s (ms)", latency(reads)));
        md.append(row("machine busy while ingesting", number(map(phase.get("whileIngesting")).get("machineBusyPercent")) + " %"));
    }

    @SuppressWarnings("unchecked")
    private static void baselines(StringBuilder md, Map<String, Object> baselines) {
        if (baselines.isEmpty()) {
            md.append("\n## Baselines\n\nNot measured in this run (`--baselines false`).\n");
            return;
        }
        md.append("\n## Baselines, measured in this run\n\n| baseline | figure |\n|---|---|\n");
        Map<String, Object> kafka = map(baselines.get("kafkaProducer"));
        md.append(row("raw Kafka producer, acks=all, " + kafka.get("recordBytes") + "-byte records",
                number(kafka.get("recordsPerSecond")) + " records/s (" + number(kafka.get("megabytesPerSecond")) + " MB/s)"));
        Map<String, Object> insert = map(baselines.get("batchedInsert"));
        md.append(row("raw batched insert into MariaDB, 1,000 rows per batch and commit",
                number(insert.get("rowsPerSecond")) + " rows/s"));
        Object groupBy = baselines.get("groupByVersusServed");
        if (groupBy != null) {
            md.append("\n| dossiers | scope | GROUP BY first / median (ms) | DuckDB first / median (ms) | served indicator 2 "
                    + "(`GET /kpis?indicator=`) median (ms) | served faster than GROUP BY | than DuckDB | every indicator "
                    + "(`GET /kpis`) median (ms) | answers: GROUP BY; DuckDB |\n"
                    + "|---|---|---|---|---|---|---|---|---|\n");
            for (Map<String, Object> row : (List<Map<String, Object>>) groupBy) {
                md.append(row(String.format(Locale.ROOT, "%,d", ((Number) row.get("dossiers")).longValue()), row.get("scope"),
                        number(row.get("groupByFirstMs")) + " / " + number(row.get("groupByMedianMs")),
                        number(row.get("duckDbFirstMs")) + " / " + number(row.get("duckDbMedianMs")),
                        number(row.get("servedMedianMs")), number(row.get("servedFasterBy")) + "×",
                        number(row.get("servedFasterThanDuckDbBy")) + "×", number(row.get("servedEveryIndicatorMedianMs")),
                        row.get("groupByAnswer") + "; " + row.get("duckDbAnswer")));
            }
        }
    }

    private static String readYourWrites(Map<String, Object> figures) {
        if (figures.isEmpty()) {
            return "not measured";
        }
        return latency(figures) + "; 503 not yet: " + figures.get("notYetAnswers") + ", stale: " + figures.get("stale")
                + ", failed: " + figures.get("failed");
    }

    private static String latency(Map<String, Object> figures) {
        return "p50 " + number(figures.get("p50")) + ", p99 " + number(figures.get("p99")) + ", max "
                + number(figures.get("max")) + " (" + figures.get("count") + ")";
    }

    private static String row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        return row.append('\n').toString();
    }

    private static String number(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Double number) {
            return number == Math.rint(number) && Math.abs(number) < 1e15
                    ? String.format(Locale.ROOT, "%,d", number.longValue())
                    : String.format(Locale.ROOT, "%,.2f", number);
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static String compactJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (IOException e) {
            return String.valueOf(value);
        }
    }
}
