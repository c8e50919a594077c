package vn.dvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.dvc.rules.Ratio;

class RankOrderTest {

    private record Unit(String code, IndicatorValue figure) {
    }

    private static Unit unit(String code, long numerator, long denominator) {
        return new Unit(code, IndicatorValue.of(new OnlineDossierShare(),
                Figure.ratio(Ratio.of(numerator, denominator)), new BigDecimal("50.0")));
    }

    @Test
    void bestFirstEqualFiguresShareARankAndUnitsWithNothingToMeasureComeLast() {
        List<Unit> units = List.of(unit("C", 1, 4), unit("A", 0, 0), unit("B", 3, 4), unit("D", 2, 8), unit("E", 3, 4));

        List<RankOrder.Ranked<Unit>> ranked = RankOrder.rank(units, Unit::figure, Unit::code, true);

        assertThat(ranked).extracting(r -> r.item().code()).containsExactly("B", "E", "C", "D", "A");
        assertThat(ranked).extracting(RankOrder.Ranked::rank).containsExactly(1, 1, 3, 3, 5);
    }

    @Test
    void lowerIsBetterRanksTheSmallestFirst() {
        Function<Unit, IndicatorValue> figure = Unit::figure;
        List<RankOrder.Ranked<Unit>> ranked = RankOrder.rank(List.of(unit("A", 3, 4), unit("B", 1, 4)), figure,
                Unit::code, false);

        assertThat(ranked).extracting(r -> r.item().code()).containsExactly("B", "A");
    }
}
