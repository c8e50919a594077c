package vn.dvc.commons.messaging;

/** Fired (synchronously) once a consumer's poll has committed: what it changed is now what every reader sees. */
public record BatchCommitted(String consumer, int records) {
}
