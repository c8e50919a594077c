package vn.dvc.dossier.imports;

import java.time.Duration;
import java.time.Instant;

/** An import as it stands: its file, how far it got, and what became of its rows. */
public record ImportProgress(String id, String kind, ImportFormat format, String fileName, String sha256, long sizeBytes,
                             Status status, long committedRow, long rowsRead, long accepted, long duplicate, long rejected,
                             double fractionDone, String createdBy, Instant createdAt, Instant startedAt,
                             Instant runStartedAt, long runRowsStart, Instant finishedAt, String failure,
                             int attempts, String createdByRole, String createdByScope) {

    public enum Status {
        /** Waiting for the import before it. */
        QUEUED,
        /** Being read (or interrupted, and read on from its last committed row when the service is back). */
        RUNNING,
        DONE,
        /** The file could not be read on (it is damaged); the rows committed before stay. */
        FAILED,
        /** Cancelled by its sender or ops ({@code DELETE /imports/{id}}); the rows committed before stay. */
        CANCELLED;

        public boolean ended() {
            return this != QUEUED && this != RUNNING;
        }
    }

    /** Rows per second since this run of it began (a resumed import counts from its resumption). */
    public Double rowsPerSecond(Instant now) {
        if (runStartedAt == null) {
            return null;
        }
        Instant end = finishedAt == null ? now : finishedAt;
        double seconds = Math.max(0.001, Duration.between(runStartedAt, end).toMillis() / 1000.0);
        return (rowsRead - runRowsStart) / seconds;
    }

    /** The time left at the present rate, from the part of the file read so far; unknown before the first rows. */
    public Long secondsLeft(Instant now) {
        Double rate = rowsPerSecond(now);
        if (status == Status.DONE) {
            return 0L;
        }
        if (rate == null || rate <= 0 || fractionDone <= 0 || status != Status.RUNNING) {
            return null;
        }
        double rowsLeft = rowsRead * (1 - fractionDone) / fractionDone;
        return Math.round(rowsLeft / rate);
    }
}
