package vn.dvc.reporting.model;

/** What a PUT of forms did: forms stored, and report obligations created, withdrawn or re-dated as a result. */
public record FormsSaved(int forms, int obligationsChanged) {
}
