package vn.dvc.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * How units are ranked by one indicator: by its percent (or value, for a count), best first — highest when higher
 * is better, lowest otherwise; a unit with nothing to measure (percent null) comes last; equal figures share a rank
 * (1, 2, 2, 4), listed by unit code.
 */
public final class RankOrder {

    private RankOrder() {
    }

    public static <T> List<Ranked<T>> rank(List<T> items, Function<T, IndicatorValue> figure, Function<T, String> code,
                                           boolean higherIsBetter) {
        Comparator<BigDecimal> best = higherIsBetter ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<T> sorted = items.stream()
                .sorted(Comparator.comparing((T item) -> number(figure.apply(item)), Comparator.nullsLast(best))
                        .thenComparing(code))
                .toList();
        List<Ranked<T>> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal number = number(figure.apply(sorted.get(i)));
            BigDecimal previous = i == 0 ? null : number(figure.apply(sorted.get(i - 1)));
            boolean tie = number != null && previous != null && number.compareTo(previous) == 0;
            ranked.add(new Ranked<>(tie ? ranked.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return ranked;
    }

    static BigDecimal number(IndicatorValue value) {
        return value.percent() != null ? value.percent() : value.value() == null ? null : BigDecimal.valueOf(value.value());
    }

    public record Ranked<T>(int rank, T item) {
    }
}
