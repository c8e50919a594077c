package vn.dvc.dossier.model;

import java.util.List;

/** One page of a worklist; {@code total} counts every item on all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
