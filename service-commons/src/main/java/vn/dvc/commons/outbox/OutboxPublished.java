package vn.dvc.commons.outbox;

/** Fired (synchronously, in the relay's instance) once a round of records is marked published. */
public record OutboxPublished(long lastId) {
}
