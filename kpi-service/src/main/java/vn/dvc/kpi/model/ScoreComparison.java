package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The suite's Decision 766 estimate beside the national portal's published evaluation, part by part.
 *
 * @param ourPoints      the suite's points over the parts the portal scored
 * @param nationalPoints the portal's points over the same parts
 */
public record ScoreComparison(String unit, LocalDate from, LocalDate to, String version, String rulesVersion,
                              @Schema(description = "whether the portal's evaluation was put for the unit and period; "
                                      + "until it is, every part's national side is null") boolean evaluated,
                              double ourPoints, double nationalPoints, double difference, List<Part> parts) {

    /**
     * @param nationalCode the portal's code for the part; null where it gives none (the suite's code stands for it)
     * @param difference   our points − the portal's; null unless both scored it
     * @param inputs       where both counted, which side of the rate differs and by how much
     */
    public record Part(String code, String nationalCode, String label, int max, Side ours, Side national, Double difference,
                       @Schema(description = "the sides of the rate that differ: NUMERATOR, DENOMINATOR") List<InputDifference> inputs) {
    }

    /** One side's rate and points; null fields where that side has none. */
    public record Side(Long numerator, Long denominator, Double percent, Double points) {
    }

    /** @param by ours − the portal's */
    public record InputDifference(@Schema(enumeration = {"NUMERATOR", "DENOMINATOR"}) String input, long ours, long national, long by) {
    }
}
