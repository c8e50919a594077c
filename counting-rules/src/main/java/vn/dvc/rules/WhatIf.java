package vn.dvc.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counting rules v1, "Decision 766 score", what-if: how many steps of each lever (ScoreLever) raise a part's points by
 * one, two, … points, and the cheapest path to a number of points more — a point at a time, from the lever whose next
 * point costs the fewest further steps.
 */
public final class WhatIf {

    /** Points are compared to a billionth: a rate's floating-point rounding must not cost a step. */
    private static final double EPSILON = 1e-9;
    /** More dossiers than any unit receives in a year: a part that needs more is out of reach. */
    static final long MOST_DOSSIERS_ADDED = 10_000_000;

    private WhatIf() {
    }

    /** A measured part as it stands: its table row and its rate's numerator and denominator. */
    public record Part(ScoreTable.Component component, long numerator, long denominator) {

        public double pointsAfter(long steps) {
            long numeratorAfter = numerator + steps;
            long denominatorAfter = component.measuredAs().addsDossiers() ? denominator + steps : denominator;
            if (denominatorAfter == 0) {
                Double nothingToMeasure = component.pointsWithNothingToMeasure();
                return nothingToMeasure == null ? 0 : nothingToMeasure;
            }
            return component.points((double) numeratorAfter / denominatorAfter);
        }

        /** The most steps the lever allows: turning only what is there, or adding up to a bound no unit reaches. */
        long mostSteps() {
            return component.measuredAs().addsDossiers() ? MOST_DOSSIERS_ADDED : denominator - numerator;
        }

        /** The fewest steps that bring the part to {@code points} or more; -1 when none can. */
        public long stepsTo(double points) {
            if (pointsAfter(0) >= points - EPSILON) {
                return 0;
            }
            long most = mostSteps();
            if (most <= 0) {
                return -1;
            }
            long high = 1;
            while (pointsAfter(high) < points - EPSILON) {
                if (high >= most) {
                    return -1;
                }
                high = Math.min(most, high * 2);
            }
            long low = 0;
            while (high - low > 1) {
                long middle = low + (high - low) / 2;
                if (pointsAfter(middle) >= points - EPSILON) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            return high;
        }
    }

    /** One lever's share of a path: its steps and the points they gain. */
    public record Step(ScoreLever lever, long steps, double points) {
    }

    /**
     * The cheapest path to {@code wanted} more points: each whole point taken from the lever whose next point costs
     * the fewest further steps; shorter when every lever is spent.
     */
    public static List<Step> cheapestPath(List<Part> parts, int wanted) {
        Map<ScoreLever, Long> steps = new EnumMap<>(ScoreLever.class);
        Map<ScoreLever, Integer> pointsTaken = new EnumMap<>(ScoreLever.class);
        for (int point = 0; point < wanted; point++) {
            Part cheapest = null;
            long cheapestCost = Long.MAX_VALUE;
            for (Part part : parts) {
                ScoreLever lever = part.component().measuredAs();
                int taken = pointsTaken.getOrDefault(lever, 0);
                double target = part.pointsAfter(0) + taken + 1;
                long needed = target > part.component().max() + EPSILON ? -1 : part.stepsTo(target);
                long cost = needed < 0 ? -1 : needed - steps.getOrDefault(lever, 0L);
                if (needed >= 0 && cost < cheapestCost) {
                    cheapest = part;
                    cheapestCost = cost;
                }
            }
            if (cheapest == null) {
                break;
            }
            ScoreLever lever = cheapest.component().measuredAs();
            steps.merge(lever, cheapestCost, Long::sum);
            pointsTaken.merge(lever, 1, Integer::sum);
        }
        List<Step> path = new ArrayList<>();
        for (Part part : parts) {
            ScoreLever lever = part.component().measuredAs();
            if (steps.containsKey(lever)) {
                long taken = steps.get(lever);
                path.add(new Step(lever, taken, part.pointsAfter(taken) - part.pointsAfter(0)));
            }
        }
        return path;
    }
}
