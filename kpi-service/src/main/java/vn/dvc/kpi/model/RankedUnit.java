package vn.dvc.kpi.model;

import vn.dvc.rules.IndicatorValue;

/** One unit's place in a ranking: units with the same figure share a rank. */
public record RankedUnit(int rank, String unit, String name, IndicatorValue figure) {
}
