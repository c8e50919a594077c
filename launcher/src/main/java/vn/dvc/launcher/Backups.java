package vn.dvc.launcher;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.common.TopicPartition;
import vn.dvc.contracts.Topic;

/**
 * Backups of every service's database with the log positions they imply ({@code ./suite backup}, {@code ./suite
 * restore FILE}; docs/operations.md, "Backups and the restore drill"). One gzip file: the end offset of every
 * partition, read before the databases are dumped, then each database as {@code mariadb-dump --single-transaction}
 * writes it. A restore loads the databases, rebuilds every projection from the log (so the figures lose nothing
 * that reached the topics) and reports what the owners no longer know: the records their services published after
 * the backup.
 */
public final class Backups {

    private static final String HEADER = "-- dvc-backup ";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /**
     * @param tools   the folder with {@code mariadb-dump} and {@code mariadb} (the embedded server's {@code bin}); the
     *                commands on the PATH when it has none
     * @param profile the services' profile (the end-to-end tests' {@code test}: their {@code _test} databases)
     */
    public static Path backup(Suite suite, Path tools, Optional<String> profile, Path folder, PrintStream out) {
        Instant now = Instant.now();
        Path file = folder.resolve("backup-" + FILE_TIME.format(now) + ".sql.gz");
        LogPositions.Span positions = LogPositions.span(suite.settings().kafka(), Topic.all().stream().map(Topic::name).toList());
        try {
            Files.createDirectories(folder);
            try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file))) {
                BufferedWriter header = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
                header.write(HEADER + "taken " + now + "\n");
                for (Map.Entry<TopicPartition, Long> end : positions.ends().entrySet()) {
                    header.write(HEADER + "end " + end.getKey().topic() + " " + end.getKey().partition() + " " + end.getValue() + "\n");
                }
                for (SuiteService service : SuiteService.withDatabases()) {
                    header.write(HEADER + "database " + service.module() + "\n");
                    header.flush();
                    dump(suite, tools, service, profile, gzip);
                }
                header.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The backup " + file + " could not be written", e);
        }
        out.printf("Backup %s: %d databases, the log's positions at %s%n", file, SuiteService.withDatabases().size(), now);
        return file;
    }

    /** What a backup file says: when it was taken, where the log ended then, and each database's dump. */
    record Contents(Instant taken, Map<TopicPartition, Long> ends, Map<String, Path> dumps) {
    }

    /**
     * Loads every database of the backup (the services stopped, then started again), rebuilds each projection from
     * the log and answers the records published after the backup that the owners' databases no longer know.
     *
     * @param start starts a service again, ready
     */
    public static RestoreGap restore(Suite suite, Path tools, Optional<String> profile, Path file,
                                     java.util.function.Consumer<SuiteService> start, PrintStream out) {
        Path unpacked;
        Contents contents;
        try {
            unpacked = Files.createTempDirectory("dvc-restore");
            contents = unpack(file, unpacked);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup " + file + " could not be read", e);
        }
        out.println("Stopping the services");
        suite.stopServices();
        SuiteService.startOrder().forEach(suite::stopSecondInstance);
        // where the log ends before the restored services publish again (their outboxes' records not yet sent)
        Map<TopicPartition, Long> endsAtRestore = LogPositions.span(suite.settings().kafka(),
                Topic.all().stream().map(Topic::name).toList()).ends();
        for (SuiteService service : SuiteService.withDatabases()) {
            load(suite, tools, service, profile, contents.dumps().get(service.module()));
            out.println("Restored the database of " + service.module() + " as it was at " + contents.taken());
        }
        for (SuiteService service : List.of(SuiteService.DOSSIER, SuiteService.GATEWAY)) {
            start.accept(service);
        }
        for (SuiteService consumer : List.of(SuiteService.KPI, SuiteService.PAYMENT, SuiteService.REPORTING)) {
            ProjectionRebuild.run(suite, consumer, profile, () -> start.accept(consumer), out);
        }
        RestoreGap gap = RestoreGap.find(suite, profile, contents.ends(), endsAtRestore);
        Path report = file.resolveSibling(file.getFileName().toString().replace(".sql.gz", "") + ".gap-"
                + FILE_TIME.format(Instant.now()) + ".csv");
        gap.write(report);
        out.println(gap.summary() + " (" + report + ")");
        return gap;
    }

    static Contents unpack(Path file, Path folder) throws IOException {
        Instant taken = null;
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        Map<String, Path> dumps = new LinkedHashMap<>();
        BufferedWriter current = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(HEADER)) {
                    String[] words = line.substring(HEADER.length()).split(" ");
                    switch (words[0]) {
                        case "taken" -> taken = Instant.parse(words[1]);
                        case "end" -> ends.put(new TopicPartition(words[1], Integer.parseInt(words[2])), Long.parseLong(words[3]));
                        case "database" -> {
                            if (current != null) {
                                current.close();
                            }
                            Path dump = folder.resolve(words[1] + ".sql");
                            dumps.put(words[1], dump);
                            current = Files.newBufferedWriter(dump, StandardCharsets.UTF_8);
                        }
                        default -> throw new LauncherException("Not a backup of the suite: " + line);
                    }
                } else if (current != null) {
                    current.write(line);
                    current.write('\n');
                }
            }
        } finally {
            if (current != null) {
                current.close();
            }
        }
        if (taken == null || dumps.size() != SuiteService.withDatabases().size()) {
            throw new LauncherException(file + " is not a whole backup of the suite");
        }
        return new Contents(taken, ends, dumps);
    }

    private static void dump(Suite suite, Path tools, SuiteService service, Optional<String> profile, OutputStream out) {
        List<String> command = new ArrayList<>(List.of(tool(tools, "mariadb-dump"), "--single-transaction", "--quick",
                "--skip-lock-tables", "--no-tablespaces", "--hex-blob", "--add-drop-table", "--default-character-set=utf8mb4"));
        command.addAll(connection(suite, service));
        command.add(schema(service, profile));
        run(command, service, null, out, "dump the database of " + service.module());
    }

    private static void load(Suite suite, Path tools, SuiteService service, Optional<String> profile, Path dump) {
        List<String> command = new ArrayList<>(List.of(tool(tools, "mariadb"), "--default-character-set=utf8mb4"));
        command.addAll(connection(suite, service));
        command.add(schema(service, profile));
        run(command, service, dump, OutputStream.nullOutputStream(), "load the database of " + service.module());
    }

    private static List<String> connection(Suite suite, SuiteService service) {
        Endpoint database = suite.settings().database();
        return List.of("--host=" + database.host(), "--port=" + database.port(), "--protocol=TCP",
                "--user=" + service.database().orElseThrow());
    }

    static String schema(SuiteService service, Optional<String> profile) {
        return service.database().orElseThrow() + profile.filter("test"::equals).map(test -> "_test").orElse("");
    }

    private static String tool(Path tools, String name) {
        Path embedded = tools.resolve(name);
        return Files.isExecutable(embedded) ? embedded.toString() : name;
    }

    /** The password goes in the environment, never on a command line another user's ps could read. */
    private static void run(List<String> command, SuiteService service, Path input, OutputStream output, String what) {
        Path errors = null;
        try {
            errors = Files.createTempFile("dvc-backup", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            builder.environment().put("MYSQL_PWD", DatabaseAccounts.devPasswordOf(service));
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            Process process = builder.start();
            try (InputStream in = process.getInputStream()) {
                in.transferTo(output);
            }
            if (process.waitFor() != 0) {
                throw new LauncherException("Could not " + what + ": " + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new LauncherException("Could not " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while trying to " + what, e);
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }
}
