package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/** Where a kind's rows go: the suite's own intake for that kind, with its rules and its idempotency. */
public interface ImportSink {

    /** The kind of rows it takes (an {@link vn.dvc.dossier.imports.ImportKind} name). */
    String kind();

    /**
     * Takes a chunk's items and hands their outcomes, in order, to {@code commit}, which writes the import's progress:
     * inside the intake's own transaction, so that the rows and the progress commit together or not at all.
     */
    void take(List<ObjectNode> items, Consumer<List<RowOutcome>> commit);
}
