package vn.dvc.dossier.imports;

import java.util.List;
import vn.dvc.dossier.imports.RowReader.Reason;

/** What became of one row: taken, a repeat of what is known, or refused with its reasons. */
public record RowOutcome(Outcome outcome, List<Reason> reasons) {

    public enum Outcome {
        ACCEPTED, DUPLICATE, REJECTED
    }

    public static final RowOutcome ACCEPTED = new RowOutcome(Outcome.ACCEPTED, List.of());
    public static final RowOutcome DUPLICATE = new RowOutcome(Outcome.DUPLICATE, List.of());

    public static RowOutcome rejected(List<Reason> reasons) {
        return new RowOutcome(Outcome.REJECTED, reasons);
    }
}
