package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The summary rows of a period recomputed from the raw facts kept here (each dossier's, payment's and report
 * obligation's latest state):
 * every row that differs, at most the first 100 of them listed, {@code differences} counting them all.
 */
public record ReconciliationReport(String unit, LocalDate from, LocalDate to, long dossiers, long payments,
                                   long rowsCompared, long differences, List<Difference> listed) {

    /** One summary row whose stored value is not what the facts give. */
    public record Difference(String table, String unit, String measure, String bucket, LocalDate start,
                             long expected, long actual) {
    }
}
