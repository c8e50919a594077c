package vn.dvc.reporting.model;

import java.time.OffsetDateTime;

/** A bulletin in a list: when it was made, and the scheduled time it stands for (null when made on demand). */
public record BulletinSummary(long id, OffsetDateTime madeAt, OffsetDateTime scheduledFor) {
}
