package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.commons.testing.HandMadeWorkbook.inline;
import static vn.dvc.commons.testing.HandMadeWorkbook.shared;
import static vn.dvc.commons.testing.HandMadeWorkbook.sheet;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvc.commons.testing.HandMadeWorkbook;
import vn.dvc.launcher.SuiteService;

/**
 * A corpus of the files offices (and attackers) really send, through the real gateway to the real dossier-service at
 * its production heap cap with {@code -XX:+ExitOnOutOfMemoryError}: after each, the service is the same process and
 * ready, the import is DONE or FAILED with a Vietnamese reason (or the upload refused with a problem), and the imports
 * folder holds no file; then a good file imports exactly. The sizes are bounded for {@code ./suite test};
 * {@code -Dimport.corpus=full} runs them at the sizes that took the service down (40 MB CR-only, 100 MB cells, a 30 MB
 * stray quote, 3 million distinct texts, a 1 GB zip bomb).
 */
class ImportCorpusThroughGatewayTest {

    private static final boolean FULL = "full".equals(System.getProperty("import.corpus"));
    private static final String HEADER = "Mã hồ sơ,Trạng thái,Thời điểm,Đơn vị xử lý,Mã TTHC,Kênh,Hạn xử lý\n";
    private static final AtomicLong PEAK_HEAP = new AtomicLong();
    private static final ScheduledExecutorService SAMPLER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private static long dossierPid;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String province = "BP-" + run;
    private final String department = "H10-" + run;
    private final String service = "1.004227-" + run;

    @TempDir
    Path files;

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
        dossierPid = RunningSuite.get().runningProcesses().get(SuiteService.DOSSIER.module());
        List<String> arguments = List.of(ProcessHandle.of(dossierPid).orElseThrow().info().arguments().orElseThrow());
        assertThat(arguments).as("dossier-service runs with its production heap settings")
                .contains(SuiteService.DOSSIER.heapOption(), "-XX:+ExitOnOutOfMemoryError");
        HttpClient http = HttpClient.newHttpClient();
        URI metrics = RunningSuite.get().baseUri(SuiteService.DOSSIER).resolve("/q/metrics");
        SAMPLER.scheduleAtFixedRate(() -> sampleHeap(http, metrics), 0, 100, TimeUnit.MILLISECONDS);
    }

    @AfterAll
    static void report() throws InterruptedException {
        SAMPLER.shutdown();
        SAMPLER.awaitTermination(10, TimeUnit.SECONDS);
        System.out.printf("Import corpus (%s): dossier-service's heap at most %.1f MB of its %s%n", FULL ? "full" : "bounded",
                PEAK_HEAP.get() / 1048576.0, SuiteService.DOSSIER.heapOption());
    }

    @Test
    void everyFileOfTheCorpusLeavesTheServiceAliveAndTheFolderEmptyAndTheNextGoodFileImportsExactly() throws IOException {
        RunningSuite.provinceWithADepartmentAndAService(province, department, service);
        List<String> outcomes = new ArrayList<>();

        outcomes.add(survives("CR-only line ends, 5,000 rows", upload(crOnly(5_000), "text/csv"), progress -> {
            assertThat(progress.getString("status")).isEqualTo("DONE");
            assertThat(progress.getLong("rowsRead")).isEqualTo(5_000);
            assertThat(progress.getLong("accepted")).isEqualTo(5_000);
        }));
        outcomes.add(survives("a cell of " + (FULL ? 100 : 20) + " MB", upload(hugeCell(FULL ? 100 : 20), "text/csv"), progress -> {
            assertThat(progress.getString("status")).isEqualTo("DONE");
            assertThat(progress.getLong("accepted")).isEqualTo(2);
            assertThat(progress.getLong("rejected")).isEqualTo(1);
        }));
        outcomes.add(survives("a stray quote in " + (FULL ? 30 : 8) + " MB", upload(strayQuote(FULL ? 30 : 8), "text/csv"), progress -> {
            assertThat(progress.getString("status")).isEqualTo("FAILED");
            assertThat(progress.getString("failure")).startsWith("Dòng 3: ");
            assertThat(progress.getLong("accepted")).as("the row before it stays").isEqualTo(1);
        }));
        outcomes.add(survives((FULL ? 3_000_000 : 1_000_000) + " distinct texts", upload(manyTexts(FULL ? 3_000_000 : 1_000_000), "xlsx"),
                progress -> {
                    assertThat(progress.getString("status")).isEqualTo("DONE");
                    assertThat(progress.getLong("rejected")).as("its rows name units nobody knows").isEqualTo(2);
                }));
        outcomes.add(survives("an inline cell of " + (FULL ? 100 : 5) + " MB", upload(hugeInlineCell(FULL ? 100 : 5), "xlsx"), progress -> {
            assertThat(progress.getString("status")).isEqualTo("DONE");
            assertThat(progress.getLong("rejected")).isEqualTo(1);
            assertThat(progress.getLong("accepted")).isEqualTo(1);
        }));
        outcomes.add(survives("a zip bomb", upload(zipBomb(FULL ? 1024 : 128), "xlsx"), ImportCorpusThroughGatewayTest::failedInVietnamese));
        outcomes.add(survives("entity expansion (XXE)", upload(entityExpansion(), "xlsx"), ImportCorpusThroughGatewayTest::failedInVietnamese));
        outcomes.add(survives("random bytes", upload(randomBytes(1 << 20), "text/csv"), ImportCorpusThroughGatewayTest::failedInVietnamese));
        outcomes.add(survives("a workbook cut in half", upload(cutInHalf(goodWorkbook()), "xlsx"), ImportCorpusThroughGatewayTest::failedInVietnamese));
        outcomes.add(survives("a Word document", upload(wordDocument(), "xlsx"), ImportCorpusThroughGatewayTest::failedInVietnamese));
        outcomes.add(survives("an Excel 97–2003 workbook", upload(oldExcel(), "application/vnd.ms-excel"), progress ->
                assertThat(progress.getString("detail")).contains("Excel 97–2003")));
        if (FULL) {
            outcomes.add(survives("CR-only line ends, 40 MB", upload(crOnlyOfUnknownUnits(40), "text/csv"), progress ->
                    assertThat(progress.getString("status")).isEqualTo("DONE")));
        }
        cutMidUpload();
        outcomes.add("a file cut mid-upload: nothing kept");

        Path good = files.resolve("good.csv");
        Files.writeString(good, HEADER + row("GOOD-1", "Đã tiếp nhận") + row("GOOD-2", "RECEIVED"));
        survives("the next good file", upload(good, "text/csv"), progress -> {
            assertThat(progress.getString("status")).isEqualTo("DONE");
            assertThat(progress.getLong("accepted")).isEqualTo(2);
        });
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(given().queryParam("unit", department)
                .queryParam("from", "2022-06-01").queryParam("to", "2022-07-01").get("/api/v1/kpis").then().statusCode(200)
                .extract().jsonPath().getInt("indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }.denominator"))
                .as("5,000 + 2 + 1 + 1 + 2 dossiers received").isEqualTo(5_006));
        System.out.println("Import corpus outcomes:\n  " + String.join("\n  ", outcomes));
    }

    // ---- what must hold after each file

    @FunctionalInterface
    private interface Check {
        void on(JsonPath outcome);
    }

    /** The upload's outcome checked, then the service and the folder: alive, the same process, no file left. */
    private String survives(String what, Answer answer, Check check) {
        JsonPath outcome;
        if (answer.statusCode() == 202) {
            String id = answer.jsonPath().getString("id");
            Awaitility.await(what).atMost(Duration.ofMinutes(FULL ? 15 : 4)).pollInterval(Duration.ofMillis(250))
                    .until(() -> !List.of("QUEUED", "RUNNING").contains(importOf(id).getString("status")));
            outcome = importOf(id);
        } else {
            assertThat(answer.statusCode()).as(what + ": refused with a problem").isBetween(400, 499);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            outcome = answer.jsonPath();
            assertThat(outcome.getList("violations.field", String.class)).as(what).containsAnyOf("body", "kind");
        }
        check.on(outcome);
        assertThat(RunningSuite.get().runningProcesses().get(SuiteService.DOSSIER.module())).as(what + ": the same process").isEqualTo(dossierPid);
        given().baseUri(RunningSuite.get().baseUri(SuiteService.DOSSIER).toString()).get("/q/health/ready").then().statusCode(200);
        Awaitility.await(what + ": the imports folder empty").atMost(Duration.ofSeconds(20)).until(() -> importsFolder().isEmpty());
        return what + ": " + (answer.statusCode() == 202 ? outcome.getString("status") + " (read " + outcome.getLong("rowsRead")
                + ", accepted " + outcome.getLong("accepted") + ", rejected " + outcome.getLong("rejected") + ")"
                + (outcome.getString("failure") == null ? "" : " — " + outcome.getString("failure"))
                : answer.statusCode() + " — " + outcome.getString("detail"));
    }

    /** A file the service could not read: FAILED with a reason in Vietnamese, or refused at upload; no internals either way. */
    private static void failedInVietnamese(JsonPath outcome) {
        String reason = outcome.getString("failure") != null ? outcome.getString("failure") : outcome.getString("detail");
        if (outcome.getString("status") != null && !outcome.getString("status").matches("\\d+")) {
            assertThat(outcome.getString("status")).isEqualTo("FAILED");
            assertThat(reason).containsAnyOf("tệp", "Tệp");
        }
        assertThat(reason).doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.apache").doesNotContain("ZipSecureFile");
    }

    private static JsonPath importOf(String id) {
        return given().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> importsFolder() throws IOException {
        Path folder = RunningSuite.get().settings().runDir().resolve("imports");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> left = Files.list(folder)) {
            return left.map(file -> file.getFileName().toString()).toList();
        }
    }

    /** An upload's answer. */
    private record Answer(int statusCode, String contentType, JsonPath jsonPath) {
    }

    /** The file streamed from disk (a client library that reads it whole would not hold the full corpus). */
    private static Answer upload(Path file, String type) throws IOException {
        String contentType = type.equals("xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : type;
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            RunningSuite.gateway().resolve("/api/v1/imports?name=" + file.getFileName()))
                    .header("X-API-Key", RunningSuite.key("ops")).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), JsonPath.from(answer.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** dossier-service's used heap, every heap pool summed, from its own metrics. */
    private static void sampleHeap(HttpClient http, URI metrics) {
        try {
            String text = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long used = (long) text.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
            PEAK_HEAP.accumulateAndGet(used, Math::max);
        } catch (IOException | RuntimeException unreachable) {
            // a service gone would fail the pid check; go on sampling
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the corpus

    private String row(String dossier, String status) {
        return dossier + "-" + run + "," + status + ",01/06/2022 08:30," + department + "," + service + ",ONLINE,08/06/2022 17:00\n";
    }

    private Path crOnly(int rows) throws IOException {
        Path file = files.resolve("mac.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER.replace('\n', '\r'));
            for (int i = 0; i < rows; i++) {
                out.write(row("MAC-" + i, "RECEIVED").replace('\n', '\r'));
            }
        }
        return file;
    }

    private Path crOnlyOfUnknownUnits(int megabytes) throws IOException {
        Path file = files.resolve("mac-40.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER.replace('\n', '\r'));
            String line = row("MAC40", "RECEIVED").replace(department, "NO-UNIT-" + run).replace('\n', '\r');
            for (long written = 0; written < (long) megabytes << 20; written += line.length()) {
                out.write(line);
            }
        }
        return file;
    }

    private Path hugeCell(int megabytes) throws IOException {
        Path file = files.resolve("huge-cell.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write(row("HC-1", "RECEIVED"));
            String chunk = "9".repeat(1 << 20);
            out.write("HC-2-" + run + ",RECEIVED,");
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
            out.write("," + department + "\n");
            out.write(row("HC-3", "RECEIVED"));
        }
        return file;
    }

    private Path strayQuote(int megabytes) throws IOException {
        Path file = files.resolve("stray-quote.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write(row("SQ-1", "RECEIVED"));
            out.write("\"" + row("SQ-2", "RECEIVED"));
            String line = row("SQ-N", "RECEIVED");
            for (long written = 0; written < (long) megabytes << 20; written += line.length()) {
                out.write(line);
            }
        }
        return file;
    }

    private Path manyTexts(int count) throws IOException {
        Path file = files.resolve("many-texts.xlsx");
        HandMadeWorkbook.write(file, sheet(headerRow() + textRow(2, 0, count) + textRow(3, count - 1, count)),
                out -> {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + HandMadeWorkbook.MAIN + "\">");
                    for (int i = 0; i < count; i++) {
                        out.write("<si><t>VB-" + run + "-" + i + "</t></si>");
                    }
                    out.write("</sst>");
                });
        return file;
    }

    /** A row whose dossier and unit are shared strings (the unit one nobody knows). */
    private String textRow(int number, int text, int count) {
        return "<row r=\"" + number + "\">" + shared("A" + number, text) + inline("B" + number, "RECEIVED")
                + inline("C" + number, "01/06/2022 08:30") + shared("D" + number, count - 1 - text) + inline("E" + number, service)
                + inline("F" + number, "ONLINE") + inline("G" + number, "08/06/2022 17:00") + "</row>";
    }

    /** The header row of a dossier-events sheet, its cells inline. */
    private static String headerRow() {
        return "<row r=\"1\">" + inline("A1", "Mã hồ sơ") + inline("B1", "Trạng thái") + inline("C1", "Thời điểm")
                + inline("D1", "Đơn vị xử lý") + inline("E1", "Mã TTHC") + inline("F1", "Kênh") + inline("G1", "Hạn xử lý") + "</row>";
    }

    private Path hugeInlineCell(int megabytes) throws IOException {
        Path file = files.resolve("huge-inline.xlsx");
        String header = headerRow();
        HandMadeWorkbook.write(file, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + HandMadeWorkbook.MAIN + "\"><sheetData>" + header);
            out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            Random random = new Random(3);
            char[] chunk = new char[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                for (int c = 0; c < chunk.length; c++) {
                    chunk[c] = (char) ('a' + random.nextInt(26));
                }
                out.write(chunk);
            }
            out.write("</t></is></c></row>");
            out.write("<row r=\"3\">" + inline("A3", "HI-1-" + run) + inline("B3", "RECEIVED") + inline("C3", "01/06/2022 08:30")
                    + inline("D3", department) + inline("E3", service) + inline("F3", "ONLINE") + inline("G3", "08/06/2022 17:00") + "</row>");
            out.write("</sheetData></worksheet>");
        }, null);
        return file;
    }

    private Path zipBomb(int megabytes) throws IOException {
        Path file = files.resolve("bomb.xlsx");
        HandMadeWorkbook.write(file, out -> {
            out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"" + HandMadeWorkbook.MAIN + "\"><sheetData>" + headerRow());
            String spaces = " ".repeat(1 << 20);
            for (int i = 0; i < megabytes; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>");
        }, null);
        return file;
    }

    private Path entityExpansion() throws IOException {
        Path file = files.resolve("laughs.xlsx");
        StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        entities.append("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">");
        HandMadeWorkbook.write(file, out -> out.write("<?xml version=\"1.0\"?><!DOCTYPE worksheet [" + entities + "]><worksheet xmlns=\""
                + HandMadeWorkbook.MAIN + "\"><sheetData><row r=\"1\">" + inline("A1", "&l9;&xxe;") + "</row></sheetData></worksheet>"), null);
        return file;
    }

    private Path randomBytes(int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(11).nextBytes(bytes);
        return Files.write(files.resolve("random.csv"), bytes);
    }

    private Path goodWorkbook() throws IOException {
        Path file = files.resolve("whole.xlsx");
        HandMadeWorkbook.write(file, sheet("<row r=\"1\">" + inline("A1", "Mã hồ sơ") + inline("B1", "Trạng thái") + "</row>"
                + ("<row>" + inline(null, "x") + "</row>").repeat(2_000)), null);
        return file;
    }

    private Path cutInHalf(Path whole) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(files.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    private Path wordDocument() throws IOException {
        Path file = files.resolve("bao-cao.xlsx");
        try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private Path oldExcel() throws IOException {
        byte[] bytes = new byte[4096];
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, bytes, 0, ole2.length);
        return Files.write(files.resolve("so-cu.xls"), bytes);
    }

    /** An upload whose connection ends halfway: the gateway keeps nothing of it, and nothing reaches the service. */
    private void cutMidUpload() throws IOException {
        URI gateway = RunningSuite.gateway();
        int importsBefore = given().get("/api/v1/imports").then().extract().jsonPath().getList("").size();
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/imports?name=cut.csv HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nX-API-Key: " + RunningSuite.key("ops")
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + (10 << 20) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write((HEADER + row("CUT", "RECEIVED").repeat(10_000)).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        Awaitility.await("no upload spooled by the gateway is left").atMost(Duration.ofSeconds(20)).until(() -> {
            try (Stream<Path> spooled = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                return spooled.noneMatch(path -> path.getFileName().toString().startsWith("gateway-upload-"));
            }
        });
        assertThat(given().get("/api/v1/imports").then().extract().jsonPath().getList("")).hasSize(importsBefore);
        assertThat(importsFolder()).isEmpty();
    }
}
