package vn.dvc.problem;

/** One invalid field of a request: its JSON path (e.g. {@code offerings[0].level}) and what is wrong with it. */
public record Violation(String field, String message) {
}
