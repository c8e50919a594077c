package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;
import vn.dvc.rules.ScoreLever;

/**
 * What would raise a unit's measured 766 points: per lever, the steps that gain one, two, … points, and the cheapest
 * path to {@code wanted} points more (docs/counting-rules.md, "Decision 766 score").
 */
public record WhatIfReport(String unit, LocalDate from, LocalDate to, String version, double measuredPoints,
                           int wanted, List<Lever> levers, Path cheapestPath) {

    /**
     * @param steps each entry: how many steps (dossiers added or turned) bring this part's points up by
     *              {@code points}; a part that cannot gain a point more has none
     */
    public record Lever(ScoreLever lever, String label, String part, long numerator, long denominator, double points,
                        int max, List<Gain> steps) {
    }

    public record Gain(int points, long add) {
    }

    /** @param add dossiers added or turned in all; {@code points} gained in all (less than wanted when levers run out) */
    public record Path(List<PathStep> steps, long add, double points) {
    }

    public record PathStep(ScoreLever lever, String label, long add, double points) {
    }
}
