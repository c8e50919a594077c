package vn.dvc.dossier.model;

/** What an upsert did: rows created, rows changed, rows sent again unchanged. */
public record UpsertResult(int created, int updated, int unchanged) {
}
