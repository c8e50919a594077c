package vn.dvc.kpi.rest.dto;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.rules.IndicatorEntry;
import vn.dvc.rules.RulesVersion;

@Schema(description = "One indicator of the catalogue (docs/counting-rules.md, \"Indicators\")")
public record IndicatorView(
        @Schema(description = "the code every figure is served under", example = "ONLINE_DOSSIER_SHARE") String code,
        @Schema(description = "its name for a Vietnamese reader", example = "Tỷ lệ hồ sơ xử lý trực tuyến") String nameVi,
        @Schema(description = "its name in English", example = "Dossiers handled online") String nameEn,
        @Schema(description = "PERCENT (a ratio's percent), COUNT or VND", example = "PERCENT") String unit,
        @Schema(description = "HIGHER (most) or LOWER (late, overdue, never entered) is better", example = "HIGHER") String direction,
        @Schema(description = "one of the plan's five targets (KH 170/KH-UBND 2022, III)") boolean planTarget,
        @Schema(description = "the target when a campaign sets none; absent: watched, not targeted", example = "50.0") BigDecimal defaultTarget,
        @Schema(description = "where the default target comes from", example = "KH 170/KH-UBND 2022, III.2") String targetSource,
        @Schema(description = "what the numerator counts (a count's or an amount's whole figure), in Vietnamese") String numerator,
        @Schema(description = "what the denominator counts, in Vietnamese; absent for a count or an amount") String denominator,
        @Schema(description = "the counting rules' version its figures are made by", example = "1") String rulesVersion,
        @Schema(description = "the section of docs/counting-rules.md that decides it", example = "Indicators") String section,
        @Schema(description = "where its figures are served", example = "/api/v1/kpis") String servedAt) {

    public static IndicatorView of(IndicatorEntry entry) {
        return new IndicatorView(entry.code(), entry.nameVi(), entry.nameEn(), entry.unit().name(),
                entry.higherIsBetter() ? "HIGHER" : "LOWER", entry.planTarget(), entry.defaultTarget(),
                entry.targetSource(), entry.numerator(), entry.denominator(), RulesVersion.CURRENT, entry.section(),
                entry.computedBy().isPresent() ? "/api/v1/kpis" : "/api/v1/campaigns/{id}/online-only");
    }
}
