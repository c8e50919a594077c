package vn.dvc.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./suite import FILE [--kind K] [--key KEY] [--gateway URL]}: sends a CSV or XLSX file of history through the
 * gateway ({@code POST /api/v1/imports}, streamed from disk), then draws its progress — rows read, accepted, duplicate,
 * rejected, rate and time left — until it is done, and says where its rejections are. The key is {@code --key}, else
 * {@code SUITE_API_KEY}, else the run folder's development ops key.
 */
public final class ImportCommand {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PLAIN_LINE_EVERY = Duration.ofSeconds(2);
    private static final int BAR = 24;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI gateway;
    private final String key;
    private final PrintStream out;
    private final boolean terminal;

    public ImportCommand(URI gateway, String key, PrintStream out, boolean terminal) {
        this.gateway = gateway;
        this.key = key;
        this.out = out;
        this.terminal = terminal;
    }

    /** The command line's arguments after {@code import}; answers the exit status. */
    static int run(Suite suite, List<String> args) {
        Arguments arguments = Arguments.of(args);
        URI gateway = arguments.gateway.map(URI::create).orElseGet(suite::gatewayUri);
        String key = arguments.key.or(() -> Optional.ofNullable(System.getenv("SUITE_API_KEY")))
                .orElseGet(() -> suite.devKeys().token("ops"));
        return new ImportCommand(gateway, key, System.out, System.console() != null).send(arguments.file, arguments.kind);
    }

    /** Sends the file and follows its import to the end: 0 when done, 1 when refused or failed. */
    public int send(Path file, Optional<String> kind) {
        if (!Files.isRegularFile(file)) {
            throw new LauncherException("No file " + file);
        }
        String query = "?name=" + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)
                + kind.map(k -> "&kind=" + URLEncoder.encode(k, StandardCharsets.UTF_8)).orElse("");
        try {
            HttpRequest upload = request("/api/v1/imports" + query).header("Content-Type", contentTypeOf(file))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            HttpResponse<String> answer = http.send(upload, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 202) {
                out.println("Refused (" + answer.statusCode() + "): " + text(answer.body(), "detail").orElse(answer.body()));
                fields(answer.body(), "field").forEach(field -> out.println("  " + field));
                return 1;
            }
            String id = text(answer.body(), "id").orElseThrow();
            out.println("Importing " + file.getFileName() + " as " + text(answer.body(), "kind").orElse("?") + " (import " + id + ")");
            return follow(id);
        } catch (IOException e) {
            throw new LauncherException("Could not reach the gateway at " + gateway + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int follow(String id) throws IOException, InterruptedException {
        long lastPlainLine = 0;
        while (true) {
            String progress = http.send(request("/api/v1/imports/" + id).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            String status = text(progress, "status").orElse("?");
            boolean finished = status.equals("DONE") || status.equals("FAILED");
            if (terminal) {
                out.print("\r" + line(progress) + "   ");
                if (finished) {
                    out.println();
                }
            } else if (finished || System.nanoTime() - lastPlainLine > PLAIN_LINE_EVERY.toNanos()) {
                out.println(line(progress));
                lastPlainLine = System.nanoTime();
            }
            if (finished) {
                return summary(id, status, progress);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private int summary(String id, String status, String progress) {
        if (status.equals("FAILED")) {
            out.println("Failed: " + text(progress, "failure").orElse("") + " (rows committed before stay)");
            return 1;
        }
        out.printf(Locale.ROOT, "Done: %s rows read, %s accepted, %s duplicate, %s rejected.%n", grouped(progress, "rowsRead"),
                grouped(progress, "accepted"), grouped(progress, "duplicate"), grouped(progress, "rejected"));
        if (number(progress, "rejected") > 0) {
            out.println("Rejected rows, with the reason for each: " + gateway.resolve("/api/v1/imports/" + id + "/rejections")
                    + " (CSV; send your key)");
        }
        return 0;
    }

    /** {@code [#########---------------]  37 %  read 370,000 · accepted … · 8,120 rows/s · 1 min 08 s left} */
    static String line(String progress) {
        double fraction = Math.max(0, Math.min(1, decimal(progress, "fractionDone")));
        int filled = (int) Math.round(fraction * BAR);
        StringBuilder line = new StringBuilder("[").append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ");
        line.append(String.format(Locale.ROOT, "%3d %%  read %s · accepted %s · duplicate %s · rejected %s", Math.round(fraction * 100),
                grouped(progress, "rowsRead"), grouped(progress, "accepted"), grouped(progress, "duplicate"), grouped(progress, "rejected")));
        if (text(progress, "rowsPerSecond").isPresent()) {
            line.append(String.format(Locale.ROOT, " · %,d rows/s", Math.round(decimal(progress, "rowsPerSecond"))));
        }
        text(progress, "secondsLeft").map(Long::parseLong).ifPresent(seconds -> line.append(" · ").append(duration(seconds)).append(" left"));
        return line.toString();
    }

    private static String duration(long seconds) {
        return seconds >= 60 ? String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path)).header("X-API-Key", key).timeout(Duration.ofMinutes(30));
    }

    private static String contentTypeOf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : "text/csv";
    }

    // the suite's own answers are flat JSON objects: a field is read by its name, never more
    private static Optional<String> text(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.eE]+)").matcher(json);
        return matcher.find() ? Optional.of(matcher.group(2) != null ? matcher.group(2) : matcher.group(1)) : Optional.empty();
    }

    private static List<String> fields(String json, String field) {
        List<String> values = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        while (matcher.find()) {
            values.add(matcher.group(1) + ": " + matcher.group(2));
        }
        return values;
    }

    private static long number(String json, String field) {
        return text(json, field).map(Long::parseLong).orElse(0L);
    }

    private static double decimal(String json, String field) {
        return text(json, field).map(Double::parseDouble).orElse(0.0);
    }

    private static String grouped(String json, String field) {
        return String.format(Locale.ROOT, "%,d", number(json, field));
    }

    /** {@code FILE [--kind K] [--key KEY] [--gateway URL]} */
    private record Arguments(Path file, Optional<String> kind, Optional<String> key, Optional<String> gateway) {

        static Arguments of(List<String> args) {
            Path file = null;
            String kind = null;
            String key = null;
            String gateway = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--kind" -> kind = valueAfter(args, ++i, arg);
                    case "--key" -> key = valueAfter(args, ++i, arg);
                    case "--gateway" -> gateway = valueAfter(args, ++i, arg);
                    default -> file = Path.of(arg);
                }
            }
            if (file == null) {
                throw new LauncherException("Usage: ./suite import FILE [--kind dossier-events|dvcqg-dossiers|payments|dossier-totals]"
                        + " [--key KEY] [--gateway URL]");
            }
            return new Arguments(file, Optional.ofNullable(kind), Optional.ofNullable(key), Optional.ofNullable(gateway));
        }

        private static String valueAfter(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new LauncherException(option + " needs a value");
            }
            return args.get(index);
        }
    }
}
