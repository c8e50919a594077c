package vn.dvc.dossier.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.dvc.commons.imports.RowReader.Reason;
import vn.dvc.commons.jdbc.Jdbc;

/** The imports' progress and rejections (tables history_import and history_import_rejection). */
@ApplicationScoped
public class ImportStore {

    private static final String COLUMNS = "id, kind, format, file_name, file_sha256, size_bytes, status, committed_row, rows_read, "
            + "accepted, duplicate, rejected, fraction_done, created_by, created_at, started_at, run_started_at, run_rows_start, "
            + "finished_at, failure";
    private static final int MAX_REASON = 500;

    private final Jdbc jdbc;

    public ImportStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void create(String id, String kind, ImportFormat format, String fileName, String sha256, long size, String createdBy) {
        jdbc.update("INSERT INTO history_import (id, kind, format, file_name, file_sha256, size_bytes, status, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)", List.of(id, kind, format.name(), fileName, sha256, size, createdBy,
                Timestamp.from(Instant.now())));
    }

    public Optional<ImportProgress> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM history_import WHERE id = ?", List.of(id)).stream().map(ImportStore::progress).findFirst();
    }

    public List<ImportProgress> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM history_import ORDER BY created_at DESC, id LIMIT ?", List.of(limit))
                .stream().map(ImportStore::progress).toList();
    }

    /** Imports queued or interrupted, oldest first: what this service reads on when it starts. */
    public List<String> unfinished() {
        return jdbc.query("SELECT id FROM history_import WHERE status IN ('QUEUED', 'RUNNING') ORDER BY created_at, id", List.of())
                .stream().map(row -> (String) row[0]).toList();
    }

    /** A run of the import begins (its first, or a resumption): the rate is counted from here. */
    public void start(String id) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("UPDATE history_import SET status = 'RUNNING', started_at = COALESCE(started_at, ?), run_started_at = ?, "
                + "run_rows_start = rows_read WHERE id = ?", List.of(now, now, id));
    }

    /**
     * A chunk's rows done, up to and including {@code lastRow}: called in the transaction that takes them, so the
     * import's place in its file moves only with the rows it stands for.
     */
    public void commit(String id, long lastRow, Counts counts, double fractionDone, List<Rejection> rejections) {
        jdbc.update("UPDATE history_import SET committed_row = ?, rows_read = rows_read + ?, accepted = accepted + ?, "
                + "duplicate = duplicate + ?, rejected = rejected + ?, fraction_done = ? WHERE id = ?",
                List.of(lastRow, counts.read(), counts.accepted(), counts.duplicate(), counts.rejected(), fractionDone, id));
        if (!rejections.isEmpty()) {
            List<List<?>> rows = new ArrayList<>();
            rejections.forEach(rejection -> {
                for (int seq = 0; seq < rejection.reasons().size(); seq++) {
                    Reason reason = rejection.reasons().get(seq);
                    rows.add(List.of(id, rejection.row(), seq, shortened(reason.field(), 100), shortened(reason.reason(), MAX_REASON)));
                }
            });
            jdbc.batch("INSERT INTO history_import_rejection (import_id, file_row, seq, field, reason) VALUES (?, ?, ?, ?, ?)", rows);
        }
    }

    public void finish(String id) {
        jdbc.update("UPDATE history_import SET status = 'DONE', fraction_done = 1, finished_at = ? WHERE id = ?",
                List.of(Timestamp.from(Instant.now()), id));
    }

    public void fail(String id, String failure) {
        jdbc.update("UPDATE history_import SET status = 'FAILED', failure = ?, finished_at = ? WHERE id = ?",
                List.of(shortened(failure, MAX_REASON), Timestamp.from(Instant.now()), id));
    }

    /** Each rejected row's reasons in row order, streamed. */
    public void forEachRejection(String id, Consumer<Object[]> rowFieldReason) {
        jdbc.forEachRow("SELECT file_row, field, reason FROM history_import_rejection WHERE import_id = ? ORDER BY file_row, seq",
                List.of(id), rowFieldReason);
    }

    /** A chunk's tally. */
    public record Counts(long read, long accepted, long duplicate, long rejected) {
    }

    /** A refused row and why. */
    public record Rejection(long row, List<Reason> reasons) {
    }

    private static String shortened(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() > max ? value.substring(0, max - 1) + "…" : value;
    }

    private static ImportProgress progress(Object[] row) {
        return new ImportProgress((String) row[0], (String) row[1], ImportFormat.valueOf((String) row[2]), (String) row[3],
                (String) row[4], number(row[5]), ImportProgress.Status.valueOf((String) row[6]), number(row[7]), number(row[8]),
                number(row[9]), number(row[10]), number(row[11]), ((Number) row[12]).doubleValue(), (String) row[13],
                Jdbc.instant(row[14]), Jdbc.instant(row[15]), Jdbc.instant(row[16]), number(row[17]), Jdbc.instant(row[18]),
                (String) row[19]);
    }

    private static long number(Object column) {
        return ((Number) column).longValue();
    }
}
