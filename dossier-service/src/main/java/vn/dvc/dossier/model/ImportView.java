package vn.dvc.dossier.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.dossier.imports.ImportProgress;

/** An import's progress as its caller reads it. */
@Schema(description = "A history import: its file, where it stands, and what became of its rows")
public record ImportView(
        String id,
        @Schema(enumeration = {"dossier-events", "dvcqg-dossiers", "payments", "dossier-totals", "dossier-ratings", "feedback-items",
                "procedure-publications"}) String kind,
        @Schema(enumeration = {"XLSX", "CSV"}) String format,
        String fileName,
        @Schema(description = "SHA-256 of the file, hex") String sha256,
        long sizeBytes,
        @Schema(enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED"}) String status,
        @Schema(description = "rows read and committed (the header not counted)") long rowsRead,
        long accepted,
        @Schema(description = "rows that changed nothing: already known (the same file again), or, for national portal rows, nothing new")
        long duplicate,
        @Schema(description = "rows refused; each with its reasons in the rejections file") long rejected,
        @Schema(description = "the part of the file read, 0 to 1") double fractionDone,
        @Schema(description = "rows per second since this run of the import began") Double rowsPerSecond,
        @Schema(description = "at the present rate; absent until it can be told") Long secondsLeft,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "why a FAILED import stopped, in Vietnamese") String failure,
        @Schema(description = "the rejected rows as CSV (row, field, reason in Vietnamese)") String rejections,
        @Schema(description = "the unit whose subtree the sender's key is for; absent when sent with a key of no unit (ops)")
        String senderUnit) {

    public static ImportView of(ImportProgress progress, Instant now) {
        return new ImportView(progress.id(), progress.kind(), progress.format().name(), progress.fileName(), progress.sha256(),
                progress.sizeBytes(), progress.status().name(), progress.rowsRead(), progress.accepted(), progress.duplicate(),
                progress.rejected(), progress.fractionDone(), progress.rowsPerSecond(now), progress.secondsLeft(now),
                progress.createdAt(), progress.startedAt(), progress.finishedAt(), progress.failure(),
                "/api/v1/imports/" + progress.id() + "/rejections", progress.createdByScope());
    }
}
