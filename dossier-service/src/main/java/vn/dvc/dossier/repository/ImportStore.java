package vn.dvc.dossier.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.dossier.imports.ImportFormat;
import vn.dvc.dossier.imports.ImportProgress;
import vn.dvc.dossier.imports.Imports;
import vn.dvc.dossier.imports.RowReader.Reason;

/** The imports' progress and rejections (tables history_import and history_import_rejection). */
@ApplicationScoped
public class ImportStore {

    private static final String COLUMNS = "id, kind, format, file_name, file_sha256, size_bytes, status, committed_row, rows_read, "
            + "accepted, duplicate, rejected, fraction_done, created_by, created_at, started_at, run_started_at, run_rows_start, "
            + "finished_at, failure, attempts, created_by_role, created_by_scope";
    private static final String UNFINISHED = "('QUEUED', 'RUNNING')";
    private static final int MAX_REASON = 500;

    private final Jdbc jdbc;

    public ImportStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void create(String id, String kind, ImportFormat format, String fileName, String sha256, long size, Caller sender) {
        jdbc.update("INSERT INTO history_import (id, kind, format, file_name, file_sha256, size_bytes, status, created_by, created_at, "
                + "created_by_role, created_by_scope) VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?)", Arrays.asList(id, kind,
                format.name(), fileName, sha256, size, Imports.senderOf(sender), Timestamp.from(Instant.now()), sender.role(),
                sender.unitCode()));
    }

    public Optional<ImportProgress> find(String id) {
        return jdbc.rows("SELECT " + COLUMNS + " FROM history_import WHERE id = ?", List.of(id)).stream().map(ImportStore::progress).findFirst();
    }

    /** The latest {@code limit} imports, newest first; of one status only when {@code status} is given. */
    public List<ImportProgress> recent(int limit, ImportProgress.Status status) {
        String where = status == null ? "" : " WHERE status = ?";
        List<Object> parameters = status == null ? List.of(limit) : List.of(status.name(), limit);
        return jdbc.rows("SELECT " + COLUMNS + " FROM history_import" + where + " ORDER BY created_at DESC, id LIMIT ?",
                parameters).stream().map(ImportStore::progress).toList();
    }

    /** Imports queued or interrupted, oldest first: what this service reads on when it starts. */
    public List<ImportProgress> unfinished() {
        return jdbc.rows("SELECT " + COLUMNS + " FROM history_import WHERE status IN " + UNFINISHED + " ORDER BY created_at, id",
                List.of()).stream().map(ImportStore::progress).toList();
    }

    /** The bytes of a key's files still waiting or being read: what its quota counts. */
    public long bytesInProgress(String createdBy) {
        return jdbc.rows("SELECT COALESCE(SUM(size_bytes), 0) AS bytes FROM history_import WHERE created_by = ? AND status IN "
                + UNFINISHED, List.of(createdBy)).get(0).longValue("bytes");
    }

    /**
     * A run of the import begins (its first, or a resumption): the rate is counted from here, and the run counts as an
     * attempt until it is stopped in order ({@link #interrupted}).
     */
    public void start(String id) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("UPDATE history_import SET status = 'RUNNING', started_at = COALESCE(started_at, ?), run_started_at = ?, "
                + "run_rows_start = rows_read, attempts = attempts + 1 WHERE id = ? AND status IN " + UNFINISHED, List.of(now, now, id));
    }

    /** The run was stopped in order (the service shutting down): it was no failed attempt. */
    public void interrupted(String id) {
        jdbc.update("UPDATE history_import SET attempts = GREATEST(attempts - 1, 0) WHERE id = ?", List.of(id));
    }

    /**
     * A chunk's rows done, up to and including {@code lastRow}: called in the transaction that takes them, so the
     * import's place in its file moves only with the rows it stands for. An import cancelled meanwhile takes nothing
     * more: {@link ImportCancelled} rolls the chunk back.
     */
    public void commit(String id, long lastRow, Counts counts, double fractionDone, List<Rejection> rejections) {
        int moved = jdbc.update("UPDATE history_import SET committed_row = ?, rows_read = rows_read + ?, accepted = accepted + ?, "
                + "duplicate = duplicate + ?, rejected = rejected + ?, fraction_done = ? WHERE id = ? AND status = 'RUNNING'",
                List.of(lastRow, counts.read(), counts.accepted(), counts.duplicate(), counts.rejected(), fractionDone, id));
        if (moved == 0) {
            throw new ImportCancelled(id);
        }
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
        jdbc.update("UPDATE history_import SET status = 'DONE', fraction_done = 1, finished_at = ? WHERE id = ? AND status = 'RUNNING'",
                List.of(Timestamp.from(Instant.now()), id));
    }

    public void fail(String id, String failure) {
        jdbc.update("UPDATE history_import SET status = 'FAILED', failure = ?, finished_at = ? WHERE id = ? AND status IN " + UNFINISHED,
                List.of(shortened(failure, MAX_REASON), Timestamp.from(Instant.now()), id));
    }

    /** Cancels an import not yet ended; false when it had ended already. */
    public boolean cancel(String id) {
        return jdbc.update("UPDATE history_import SET status = 'CANCELLED', finished_at = ? WHERE id = ? AND status IN " + UNFINISHED,
                List.of(Timestamp.from(Instant.now()), id)) == 1;
    }

    /** Each rejected row's reasons in row order, streamed. */
    public void forEachRejection(String id, Consumer<Rejected> rejected) {
        jdbc.forEach("SELECT file_row, field, reason FROM history_import_rejection WHERE import_id = ? ORDER BY file_row, seq",
                List.of(id), row -> rejected.accept(new Rejected(row.longValue("file_row"), row.string("field"), row.string("reason"))));
    }

    /** A chunk's tally. */
    public record Counts(long read, long accepted, long duplicate, long rejected) {
    }

    /** A refused row and why. */
    public record Rejection(long row, List<Reason> reasons) {
    }

    /** One reason of a refused row, as stored. */
    public record Rejected(long row, String field, String reason) {
    }

    /** Thrown in a chunk's transaction when its import was cancelled: the chunk is rolled back. */
    public static final class ImportCancelled extends RuntimeException {

        ImportCancelled(String id) {
            super("import " + id + " was cancelled", null, false, false);
        }
    }

    private static String shortened(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() > max ? value.substring(0, max - 1) + "…" : value;
    }

    private static ImportProgress progress(Row row) {
        return new ImportProgress(row.string("id"), row.string("kind"), ImportFormat.valueOf(row.string("format")),
                row.string("file_name"), row.string("file_sha256"), row.longValue("size_bytes"),
                ImportProgress.Status.valueOf(row.string("status")), row.longValue("committed_row"), row.longValue("rows_read"),
                row.longValue("accepted"), row.longValue("duplicate"), row.longValue("rejected"),
                ((Number) row.value("fraction_done")).doubleValue(), row.string("created_by"), row.instant("created_at"),
                row.instant("started_at"), row.instant("run_started_at"), row.longValue("run_rows_start"),
                row.instant("finished_at"), row.string("failure"), (int) row.longValue("attempts"), row.string("created_by_role"),
                row.string("created_by_scope"));
    }
}
