package vn.dvc.commons.outbox;

/** Fired when records join a transaction; observed after the commit to wake the relay without waiting for a poll. */
public record OutboxAppended(int count) {
}
