package vn.dvc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dvc.bench.driver.GatewayClient;
import vn.dvc.bench.driver.ReferenceData;
import vn.dvc.bench.driver.ServedFigures;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.ProvinceGenerator;
import vn.dvc.bench.province.ProvinceShape;
import vn.dvc.bench.stream.PortalItem;
import vn.dvc.bench.stream.PortalJson;
import vn.dvc.bench.stream.PortalStream;
import vn.dvc.launcher.Suite;
import vn.dvc.launcher.SuiteService;

/**
 * {@code ./suite bench import [options]}: the history import against the batch endpoint, in the same run, on two
 * provinces the same seed makes alike: one province's year of dossier events posted to {@code /dossier-events/batch}
 * a thousand at a time, one request after another (the endpoint's own rate); the other's written to an XLSX workbook
 * and imported ({@code POST /imports}), while dossier-service's heap is sampled. Both provinces' figures are then set
 * against the generator's.
 */
final class ImportBench {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADER = List.of("Mã sự kiện", "Mã hồ sơ", "Trạng thái", "Thời điểm", "Đơn vị xử lý",
            "Mã TTHC", "Kênh", "Hạn xử lý", "Hạn mới", "Số hóa", "Có lệ phí", "Kết quả điện tử", "Lý do");
    private static final Duration FIGURES_WAIT = Duration.ofMinutes(20);
    private static final List<String> DOSSIER_FIGURES = List.of("received", "receivedOnline", "resolved", "resolvedLate");

    private final BenchOptions options;
    private final Suite suite;
    private final GatewayClient gateway;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();

    ImportBench(BenchOptions options, Suite suite, GatewayClient gateway, PrintStream out) {
        this.options = options;
        this.suite = suite;
        this.gateway = gateway;
        this.out = out;
    }

    Map<String, Object> run() throws IOException, InterruptedException {
        Map<String, Object> report = new LinkedHashMap<>();
        Province posted = ProvinceGenerator.generate(options.namespace() + "B", ProvinceShape.of(options.scale()), options.seed());
        Province imported = ProvinceGenerator.generate(options.namespace() + "I", ProvinceShape.of(options.scale()), options.seed());
        ReferenceData.load(gateway, posted, options.from(), options.to());
        ReferenceData.load(gateway, imported, options.from(), options.to());

        PortalStream postedYear = new PortalStream(posted, options.seed(), options.from(), options.to(), false);
        out.printf("Batch endpoint: %s's year, batches of 1,000, one request at a time%n", posted.namespace());
        report.put("batchEndpoint", postBatches(postedYear));

        PortalStream importedYear = new PortalStream(imported, options.seed(), options.from(), options.to(), false);
        Path workbook = Files.createTempFile("import-bench-", ".xlsx");
        try {
            long rows = writeWorkbook(importedYear, workbook);
            out.printf("Import: %s's year as one workbook, %,d rows, %,d bytes%n", imported.namespace(), rows, Files.size(workbook));
            report.put("import", importWorkbook(workbook));
        } finally {
            Files.deleteIfExists(workbook);
        }
        report.put("figures", Map.of(posted.namespace(), figures(posted, postedYear), imported.namespace(), figures(imported, importedYear)));
        return report;
    }

    private Map<String, Object> postBatches(PortalStream year) {
        List<PortalItem> batch = new ArrayList<>();
        long items = 0;
        long started = System.nanoTime();
        while (year.hasNext()) {
            if (year.next() instanceof PortalItem.DossierEvent event) {
                batch.add(event);
                if (batch.size() == 1_000) {
                    items += send(batch);
                }
            }
        }
        items += send(batch);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("  %,d events in %.1f s: %,.0f events/s%n", items, seconds, items / seconds);
        return Map.of("events", items, "seconds", Phase.round(seconds, 1), "eventsPerSecond", Phase.round(items / seconds, 0));
    }

    private int send(List<PortalItem> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        ReferenceData.expectOk("POST /dossier-events/batch", gateway.post("portal", "/dossier-events/batch", PortalJson.array(batch)));
        int sent = batch.size();
        batch.clear();
        return sent;
    }

    private static long writeWorkbook(PortalStream year, Path file) throws IOException {
        long rows = 0;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Hồ sơ");
            write(sheet.createRow(0), HEADER);
            while (year.hasNext()) {
                if (year.next() instanceof PortalItem.DossierEvent event) {
                    rows++;
                    write(sheet.createRow((int) rows), List.of(event.eventId(), event.dossierId(), event.status(),
                            PortalJson.time(event.at()), text(event.unitCode()), text(event.serviceCode()), text(event.channel()),
                            event.dueAt() == null ? "" : PortalJson.time(event.dueAt()),
                            event.newDueAt() == null ? "" : PortalJson.time(event.newDueAt()), text(event.inputsDigitised()),
                            text(event.feeRequired()), text(event.electronicResult()), text(event.reason())));
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return rows;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void write(Row row, List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            if (!cells.get(column).isEmpty()) {
                row.createCell(column).setCellValue(cells.get(column));
            }
        }
    }

    private Map<String, Object> importWorkbook(Path workbook) throws IOException, InterruptedException {
        GatewayClient.Answer started = gateway.send("POST", "ops", "/imports?name=" + workbook.getFileName(), XLSX,
                Files.readAllBytes(workbook));
        ReferenceData.expectOk("POST /imports", started);
        String id = started.json().path("id").asText();
        AtomicLong peakHeap = new AtomicLong();
        JsonNode progress;
        do {
            Thread.sleep(250);
            peakHeap.accumulateAndGet(heapUsed(), Math::max);
            progress = gateway.get("ops", "/imports/" + id).json();
        } while (!progress.path("status").asText().equals("DONE") && !progress.path("status").asText().equals("FAILED"));
        double seconds = Duration.between(Instant.parse(progress.path("startedAt").asText()),
                Instant.parse(progress.path("finishedAt").asText())).toMillis() / 1000.0;
        long rows = progress.path("rowsRead").asLong();
        out.printf("  %s: %,d rows in %.1f s: %,.0f rows/s (accepted %,d, duplicate %,d, rejected %,d); dossier-service's heap at most %,d MB%n",
                progress.path("status").asText(), rows, seconds, rows / seconds, progress.path("accepted").asLong(),
                progress.path("duplicate").asLong(), progress.path("rejected").asLong(), peakHeap.get() >> 20);
        return Map.of("status", progress.path("status").asText(), "rows", rows, "seconds", Phase.round(seconds, 1),
                "rowsPerSecond", Phase.round(rows / seconds, 0), "accepted", progress.path("accepted").asLong(),
                "duplicate", progress.path("duplicate").asLong(), "rejected", progress.path("rejected").asLong(),
                "peakHeapMegabytes", peakHeap.get() >> 20);
    }

    /** dossier-service's used heap, from its own metrics (every heap pool summed). */
    private long heapUsed() {
        try {
            URI metrics = suite.baseUri(SuiteService.DOSSIER).resolve("/q/metrics");
            String text = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return (long) text.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private Map<String, Object> figures(Province province, PortalStream year) {
        // the consumers may still be taking the last rows in: wait for the figures, as long as a year's backlog takes
        Instant deadline = Instant.now().plus(FIGURES_WAIT);
        Map<String, Object> figures = dossierFigures(province, year);
        while (!figures.get("matches").equals(true) && Instant.now().isBefore(deadline)) {
            ReferenceData.pause(Duration.ofSeconds(2));
            figures = dossierFigures(province, year);
        }
        out.printf("  %s: served %s, generator %s%n", province.namespace(), figures.get("served"), figures.get("expected"));
        return figures;
    }

    private Map<String, Object> dossierFigures(Province province, PortalStream year) {
        ServedFigures figures = ServedFigures.read(gateway, province.root().code(), options.from(), options.to(), year.expected());
        Map<String, Long> served = new LinkedHashMap<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        DOSSIER_FIGURES.forEach(name -> {
            served.put(name, figures.served().get(name));
            expected.put(name, figures.expected().get(name));
        });
        return Map.of("served", served, "expected", expected, "matches", served.equals(expected));
    }
}
