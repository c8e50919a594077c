package vn.dvc.kpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The national portal's Decision 766 evaluation as it publishes it ({@code metrics[{code, name, numerator,
 * denominator, ratio, score, maxScore}]}; its totals and other fields are accepted and not kept).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "NationalScore")
public record NationalScore(@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Metric> metrics) {

    /**
     * @param code  the portal's sub-indicator code (PUBLISH_ON_TIME, DOSSIER_SYNC, PETITION_PROCESSING_ON_TIME,
     *              DOSSIER_RECEIVING_SATISFACTION …), or the suite's part code where the portal gives none
     * @param ratio the rate as the portal gives it (a percent)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "NationalScoreMetric")
    public record Metric(@NotBlank @Size(max = 60) String code, @Size(max = 300) String name, @PositiveOrZero Long numerator,
                         @PositiveOrZero Long denominator, Double ratio, @PositiveOrZero Double score,
                         @PositiveOrZero Double maxScore) {
    }
}
