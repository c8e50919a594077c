package vn.dvc.commons.web;

import vn.dvc.problem.Problem;

/**
 * What became of one item of an intake request (one or a batch): undecided while it goes through the checks, then
 * an outcome — the rejected one with its problem. Each intake's item extends it with its own request and outcome.
 */
public abstract class ItemVerdict<O extends Enum<O>> {

    private final O rejected;
    private O outcome;
    private Problem problem;

    protected ItemVerdict(O rejected) {
        this.rejected = rejected;
    }

    public boolean pending() {
        return outcome == null;
    }

    public void reject(Problem why) {
        outcome = rejected;
        problem = why;
    }

    /** Decides the item (a refusal found before is set aside: an item known already is a duplicate, whatever it says). */
    public void decide(O decided) {
        outcome = decided;
        problem = null;
    }

    public O outcome() {
        return outcome;
    }

    public Problem problem() {
        return problem;
    }
}
