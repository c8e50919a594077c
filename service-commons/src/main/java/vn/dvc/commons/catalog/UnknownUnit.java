package vn.dvc.commons.catalog;

import java.util.List;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

/**
 * A unit this service's copy of the catalogue does not hold. Answered as its problem (404 or 422) only when the
 * copy is up to date; while catalogue changes wait to be applied it is "not yet", a 503 ({@link NotYetKnown}).
 */
public class UnknownUnit extends ProblemException {

    private final String unitCode;

    private UnknownUnit(Problem problem, String unitCode) {
        super(problem);
        this.unitCode = unitCode;
    }

    public String unitCode() {
        return unitCode;
    }

    /** 404: the unit a read is about. */
    public static UnknownUnit notFound(String unitCode) {
        return new UnknownUnit(Problem.of(404, "Not found", "Unit " + unitCode + " is not known", null), unitCode);
    }

    /** 422: a unit a request names in one of its fields. */
    public static UnknownUnit unprocessable(String field, String unitCode) {
        List<Violation> violations = List.of(new Violation(field, "unit " + unitCode + " is not known"));
        return new UnknownUnit(Problem.unprocessable(violations), unitCode);
    }
}
