package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;

/** Each assignee's latest report per task and occurrence. */
@ApplicationScoped
public class TaskReportStore {

    private static final String COLUMNS = "task_code, unit_code, occurrence, state, progress, reported_at, document_number, "
            + "document_date, corrections";

    private final Jdbc jdbc;

    public TaskReportStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored report; {@code state} IN_PROGRESS or DONE. */
    public record StoredReport(String taskCode, String unitCode, String occurrence, String state, Integer progress,
                               Instant reportedAt, String documentNumber, LocalDate documentDate, int corrections) {

        public boolean sameAs(StoredReport other) {
            return state.equals(other.state) && Objects.equals(progress, other.progress)
                    && reportedAt.equals(other.reportedAt) && Objects.equals(documentNumber, other.documentNumber)
                    && Objects.equals(documentDate, other.documentDate);
        }

        Key key() {
            return new Key(taskCode, unitCode, occurrence);
        }
    }

    public record Key(String taskCode, String unitCode, String occurrence) {
    }

    public Map<Key, StoredReport> ofCampaign(String campaignId) {
        Map<Key, StoredReport> reports = new HashMap<>();
        jdbc.forEach("SELECT " + COLUMNS + " FROM kpi_campaign_task_report WHERE campaign_id = ?", List.of(campaignId),
                row -> {
                    StoredReport report = reportOf(row);
                    reports.put(report.key(), report);
                });
        return reports;
    }

    /** The report, its row locked until the transaction ends. */
    public Optional<StoredReport> lock(String campaignId, Key key) {
        return jdbc.rows("SELECT " + COLUMNS + " FROM kpi_campaign_task_report WHERE campaign_id = ? AND task_code = ? "
                        + "AND unit_code = ? AND occurrence = ? FOR UPDATE",
                List.of(campaignId, key.taskCode(), key.unitCode(), key.occurrence())).stream()
                .map(TaskReportStore::reportOf).findFirst();
    }

    public void save(String campaignId, StoredReport report, Instant receivedAt, String keyId) {
        jdbc.update("INSERT INTO kpi_campaign_task_report (campaign_id, " + COLUMNS + ", received_at, key_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE state = VALUES(state), "
                + "progress = VALUES(progress), reported_at = VALUES(reported_at), document_number = VALUES(document_number), "
                + "document_date = VALUES(document_date), corrections = VALUES(corrections), received_at = VALUES(received_at), "
                + "key_id = VALUES(key_id)", Arrays.asList(campaignId, report.taskCode(), report.unitCode(),
                report.occurrence(), report.state(), report.progress(), Timestamp.from(report.reportedAt()),
                report.documentNumber(), report.documentDate() == null ? null : Date.valueOf(report.documentDate()),
                report.corrections(), Timestamp.from(receivedAt), keyId));
    }

    private static StoredReport reportOf(Row row) {
        return new StoredReport(row.string("task_code"), row.string("unit_code"), row.string("occurrence"),
                row.string("state"), row.nullableInt("progress"), row.instant("reported_at"),
                row.string("document_number"), row.day("document_date"), row.intValue("corrections"));
    }
}
