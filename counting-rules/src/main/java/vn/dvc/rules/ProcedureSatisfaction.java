package vn.dvc.rules;

/**
 * {@code PROCEDURE_SATISFACTION} (docs/counting-rules.md, "Decision 766 score", the satisfaction parts): dossiers
 * resolved in the period early or on time, neither rated "không hài lòng" by the applicant nor the subject of a
 * feedback item / dossiers resolved in the period.
 */
public final class ProcedureSatisfaction extends ShareInPeriod {

    public static final String CODE = "PROCEDURE_SATISFACTION";

    public ProcedureSatisfaction() {
        super(CODE, Measure.RESOLVED_SATISFYING, Measure.RESOLVED);
    }
}
