package vn.dvc.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A service's tables derived from the log rebuilt by replaying it ({@code ./suite rebuild kpi-service}): the service
 * stopped, its derived tables emptied (its own kept, {@code db/tables.txt}), its consumer groups deleted — so that
 * they start again from each topic's beginning — then the service started and followed until it has applied every
 * record the topics held when the rebuild began, with its progress.
 */
public final class ProjectionRebuild {

    /** Given up when no record was applied for this long. */
    private static final Duration STALLED = Duration.ofMinutes(5);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private ProjectionRebuild() {
    }

    /** What was replayed: records and the time it took. */
    public record Replayed(long records, Duration took) {

        public double perSecond() {
            return records / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    /**
     * @param profile the profile the service runs in (the end-to-end tests' {@code test}: its own database and groups)
     * @param start   starts the service again, ready
     */
    public static Replayed run(Suite suite, SuiteService service, Optional<String> profile, Runnable start, PrintStream out) {
        Path module = suite.settings().projectRoot().resolve(service.module());
        ConsumerChannels channels = ConsumerChannels.of(module.resolve("src/main/resources/application.properties"), profile);
        if (channels.groups().isEmpty()) {
            throw new LauncherException(service.module() + " consumes no topic: nothing to rebuild");
        }
        ServiceTables tables = ServiceTables.of(module.resolve("src/main/resources/db/tables.txt"));
        out.println("Stopping " + service.module() + " (and a second instance, if one runs)");
        suite.stopService(service);
        suite.stopSecondInstance(service);
        Endpoint broker = suite.settings().kafka();
        LogPositions.Span span = LogPositions.span(broker, channels.topics());
        out.printf("Replaying %,d records of %s%n", span.records(), String.join(", ", channels.topics()));
        emptyDerivedTables(suite, service, profile, tables.derived());
        out.println("Emptied " + String.join(", ", tables.derived()));
        LogPositions.deleteGroups(broker, channels.groups());
        Instant began = Instant.now();
        start.run();
        follow(() -> LogPositions.applied(broker, channels.groups(), span), span.records(), began, out);
        Replayed replayed = new Replayed(span.records(), Duration.between(began, Instant.now()));
        out.printf("Rebuilt %s: %,d records in %.1f s (%,.0f records/s)%n", service.module(), replayed.records(),
                replayed.took().toMillis() / 1000.0, replayed.perSecond());
        return replayed;
    }

    private static void follow(Supplier<Long> applied, long total, Instant began, PrintStream out) {
        long last = -1;
        Instant lastMoved = Instant.now();
        while (true) {
            long now = applied.get();
            if (now >= total) {
                return;
            }
            if (now != last) {
                last = now;
                lastMoved = Instant.now();
                double seconds = Math.max(0.001, Duration.between(began, Instant.now()).toMillis() / 1000.0);
                out.printf("  %,d of %,d records applied (%.0f %%, %,.0f records/s)%n", now, total, 100.0 * now / Math.max(1, total),
                        now / seconds);
            } else if (Duration.between(lastMoved, Instant.now()).compareTo(STALLED) > 0) {
                throw new LauncherException("The rebuild stalled at " + now + " of " + total + " records for " + STALLED.toMinutes()
                        + " minutes: read the service's log under .run/logs");
            }
            Wait.pause(PROGRESS_EVERY);
        }
    }

    private static void emptyDerivedTables(Suite suite, SuiteService service, Optional<String> profile, List<String> derived) {
        String schema = service.database().orElseThrow() + profile.filter("test"::equals).map(test -> "_test").orElse("");
        Endpoint database = suite.settings().database();
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + database + "/" + schema
                        + "?connectTimeout=3000&allowPublicKeyRetrieval=true&useSSL=false", service.database().orElseThrow(),
                DatabaseAccounts.devPasswordOf(service));
             Statement statement = connection.createStatement()) {
            for (String table : derived) {
                statement.execute("TRUNCATE TABLE " + table);
            }
        } catch (SQLException e) {
            throw new LauncherException("Could not empty the derived tables of " + schema + " at " + database + ": " + e.getMessage(), e);
        }
    }

    /** A service's tables, each derived from the log or owned, as its {@code db/tables.txt} lists them. */
    public record ServiceTables(List<String> derived, List<String> owned) {

        public static ServiceTables of(Path file) {
            try {
                List<String[]> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+")).toList();
                return new ServiceTables(namesOf(lines, "derived"), namesOf(lines, "owned"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the list of tables " + file, e);
            }
        }

        private static List<String> namesOf(List<String[]> lines, String kind) {
            return lines.stream().filter(line -> line[0].equals(kind)).map(line -> line[1]).toList();
        }
    }
}
