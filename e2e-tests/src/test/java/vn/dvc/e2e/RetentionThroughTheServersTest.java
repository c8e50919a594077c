package vn.dvc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.dvc.launcher.DatabaseAccounts;
import vn.dvc.launcher.SuiteService;

/**
 * Nothing grows without bound (docs/capacity.md, "What is kept, and for how long"): rows made old on purpose in the
 * running services' databases are purged by the services themselves — each table past what it keeps, and nothing
 * younger or still needed (a pending push, an urgent notice, an import's own row) — and the gateway's old
 * audit entries are archived to a file before they go. The end-to-end services purge every 2 s.
 */
class RetentionThroughTheServersTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.now();

    @Test
    void eachTablePurgesWhatItKeptLongEnoughAndNothingElse() throws SQLException {
        RunningSuite.get();
        Timestamp fortyDays = Timestamp.from(now.minus(Duration.ofDays(40)));
        Timestamp hundredDays = Timestamp.from(now.minus(Duration.ofDays(100)));
        Timestamp yesterday = Timestamp.from(now.minus(Duration.ofDays(1)));
        Timestamp twoYearsAndMore = Timestamp.from(now.minus(Duration.ofDays(800)));
        try (Connection kpi = connect(SuiteService.KPI); Connection reporting = connect(SuiteService.REPORTING);
             Connection dossier = connect(SuiteService.DOSSIER); Connection gateway = connect(SuiteService.GATEWAY)) {
            for (Object[] claim : List.of(new Object[] {"old-" + run, fortyDays}, new Object[] {"new-" + run, yesterday})) {
                update(kpi, "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('retention-test', ?, ?)", claim);
            }
            for (Object[] record : List.of(new Object[] {"published-" + run, fortyDays, fortyDays},
                    new Object[] {"recent-" + run, yesterday, yesterday})) {
                update(kpi, "INSERT INTO outbox_record (topic, record_key, payload, created_at, published_at) "
                        + "VALUES ('retention-test', ?, '{}', ?, ?)", record);
            }
            // due in a year: never sent to the test's receiver
            for (Object[] push : List.of(new Object[] {"delivered-" + run, "DELIVERED", hundredDays},
                    new Object[] {"queued-" + run, "QUEUED", hundredDays}, new Object[] {"recent-" + run, "DELIVERED", yesterday})) {
                update(kpi, "INSERT INTO kpi_emc_push (idempotency_key, slot, unit_code, period_from, period_to, payload, status, "
                        + "attempts, next_attempt_at, created_at, give_up_at) VALUES (?, NOW(), 'RT', '2022-06-01', '2022-07-01', "
                        + "'{}', ?, 1, NOW() + INTERVAL 1 YEAR, ?, NOW() + INTERVAL 1 YEAR)", push);
            }
            for (Object[] delivery : List.of(new Object[] {"DIGEST", "old-" + run, hundredDays},
                    new Object[] {"URGENT", "old-" + run, hundredDays}, new Object[] {"DIGEST", "new-" + run, yesterday})) {
                update(reporting, "INSERT INTO reminder_delivery (unit_code, kind, slot, channel, status, subject, text_body, "
                        + "html_body, json_body, next_attempt_at, created_at) VALUES ('RT-" + run + "', ?, ?, 'EMAIL', 'SENT', '', '', "
                        + "'', '{}', NOW(), ?)", delivery);
            }
            for (Object[] done : List.of(new Object[] {"old-" + run, hundredDays}, new Object[] {"new-" + run, yesterday})) {
                update(dossier, "INSERT INTO history_import (id, kind, format, file_name, file_sha256, size_bytes, status, "
                        + "created_by, created_at, finished_at) VALUES (?, 'dossier-events', 'CSV', 'a.csv', REPEAT('0', 64), 1, "
                        + "'DONE', 'retention-test', ?, ?)", done[0], done[1], done[1]);
                update(dossier, "INSERT INTO history_import_rejection (import_id, file_row, seq, field, reason) "
                        + "VALUES (?, 2, 0, 'status', 'không hợp lệ')", done[0]);
            }
            for (Object[] answer : List.of(new Object[] {"old-" + run, Timestamp.from(now.minus(Duration.ofDays(2)))},
                    new Object[] {"new-" + run, Timestamp.from(now.minus(Duration.ofHours(1)))})) {
                update(gateway, "INSERT INTO idempotency_record (key_id, idempotency_key, fingerprint, created_at) "
                        + "VALUES ('rt0000000000', ?, REPEAT('0', 64), ?)", answer);
            }
            for (Object[] entry : List.of(new Object[] {twoYearsAndMore, "old-" + run}, new Object[] {yesterday, "new-" + run})) {
                update(gateway, "INSERT INTO audit_entry (at, key_id, key_name, method, path, status, request_id) "
                        + "VALUES (?, 'rt0000000000', 'retention-test', 'PUT', '/api/v1/units', 200, ?)", entry);
            }

            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(strings(kpi, "SELECT event_id FROM processed_event WHERE consumer = 'retention-test' AND event_id LIKE ?"))
                        .containsExactly("new-" + run);
                assertThat(strings(kpi, "SELECT record_key FROM outbox_record WHERE topic = 'retention-test' AND record_key LIKE ?"))
                        .containsExactly("recent-" + run);
                assertThat(strings(kpi, "SELECT idempotency_key FROM kpi_emc_push WHERE unit_code = 'RT' AND idempotency_key LIKE ?"))
                        .containsExactlyInAnyOrder("queued-" + run, "recent-" + run);
                assertThat(strings(reporting, "SELECT CONCAT(kind, '/', slot) FROM reminder_delivery WHERE slot LIKE ?"))
                        .containsExactlyInAnyOrder("URGENT/old-" + run, "DIGEST/new-" + run);
                assertThat(strings(dossier, "SELECT import_id FROM history_import_rejection WHERE import_id LIKE ?"))
                        .containsExactly("new-" + run);
                assertThat(strings(dossier, "SELECT id FROM history_import WHERE id LIKE ?"))
                        .as("the imports themselves stay").containsExactlyInAnyOrder("old-" + run, "new-" + run);
                assertThat(strings(gateway, "SELECT idempotency_key FROM idempotency_record WHERE key_id = 'rt0000000000' "
                        + "AND idempotency_key LIKE ?")).containsExactly("new-" + run);
                assertThat(strings(gateway, "SELECT request_id FROM audit_entry WHERE key_name = 'retention-test' AND request_id LIKE ?"))
                        .containsExactly("new-" + run);
            });
        }
        Path archive = RunningSuite.get().settings().runDir().resolve("audit-archive")
                .resolve("audit-" + YearMonth.from(now.atZone(ZoneOffset.UTC)) + ".jsonl.gz");
        assertThat(archived(archive)).contains("\"requestId\":\"old-" + run + "\"").doesNotContain("new-" + run);
    }

    private static Connection connect(SuiteService service) throws SQLException {
        String database = service.database().orElseThrow();
        return DriverManager.getConnection("jdbc:mysql://" + RunningSuite.get().settings().database() + "/" + database
                + "_test?allowPublicKeyRetrieval=true&useSSL=false&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true",
                database, DatabaseAccounts.devPasswordOf(service));
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The first column of the rows whose last parameter matches this run. */
    private List<String> strings(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "%" + run);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new java.util.ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    private static String archived(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("No audit archive at " + file, e);
        }
    }
}
