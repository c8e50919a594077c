package vn.dvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    @Test
    void everyIndicatorHasOneEntryWithBothNamesAndItsNumeratorInWords() {
        List<String> codes = IndicatorCatalogue.entries().stream().map(IndicatorEntry::code).toList();
        assertThat(codes).doesNotHaveDuplicates().hasSize(25);
        assertThat(IndicatorCatalogue.entries()).allSatisfy(entry -> {
            assertThat(entry.nameVi()).as(entry.code()).isNotBlank().isNotEqualTo(entry.code());
            assertThat(entry.nameEn()).as(entry.code()).isNotBlank();
            assertThat(entry.numerator()).as(entry.code()).isNotBlank();
            assertThat(entry.denominator() == null).as(entry.code() + ": a ratio has a denominator, a count or amount none")
                    .isEqualTo(entry.unit() != FigureUnit.PERCENT);
        });
    }

    @Test
    void theRulesComputedFromTheSummaryRowsAreTheEntriesWithARuleInTheCataloguesOrder() {
        assertThat(IndicatorCatalogue.rules()).extracting(IndicatorRule::code).containsExactly(
                "ONLINE_SERVICE_UPTAKE", "ONLINE_SERVICE_UPTAKE_ONLINE", "ONLINE_DOSSIER_SHARE",
                "ONLINE_DOSSIER_SHARE_REPORTED", "DOSSIERS_NOT_ENTERED", "INPUT_DIGITISATION", "E_RESULT", "DATA_REUSE",
                "PERSONAL_STORE_LINK", "RESIDENT_DATA_USE",
                "ON_TIME_RESOLUTION", "EARLY_RESOLUTION", "PROCEDURE_SATISFACTION", "FEEDBACK_ON_TIME", "FEEDBACK_SATISFACTION", "LATE_RESOLUTION", "OPEN_OVERDUE", "APOLOGY_COMPLIANCE", "ONLINE_PAYMENT_SHARE",
                "PAYMENT_ENABLED_UNITS", "PAYMENT_AMOUNT_VND", "ONLINE_REPORTING", "REPORT_COMPLETION", "REPORT_TIMELINESS");
        assertThat(IndicatorCatalogue.entry("ONLINE_ONLY_COMPLIANCE").orElseThrow().computedBy()).isEmpty();
    }

    @Test
    void thePlansFiveTargetsAreTheOnesItSets() {
        Map<String, BigDecimal> planTargets = IndicatorCatalogue.entries().stream().filter(IndicatorEntry::planTarget)
                .collect(Collectors.toMap(IndicatorEntry::code, IndicatorEntry::defaultTarget));
        assertThat(planTargets).containsOnly(Map.entry("ONLINE_SERVICE_UPTAKE", new BigDecimal("80.0")),
                Map.entry("ONLINE_DOSSIER_SHARE", new BigDecimal("50.0")),
                Map.entry("INPUT_DIGITISATION", new BigDecimal("100.0")),
                Map.entry("ONLINE_REPORTING", new BigDecimal("50.0")),
                Map.entry("ON_TIME_RESOLUTION", new BigDecimal("100.0")));
        assertThat(IndicatorCatalogue.entry("LATE_RESOLUTION").orElseThrow().higherIsBetter()).isFalse();
        assertThat(IndicatorCatalogue.defaultTarget("REPORT_COMPLETION")).isEmpty();
        assertThat(IndicatorCatalogue.nameVi("NO_SUCH_CODE")).isEqualTo("NO_SUCH_CODE");
    }

    @Test
    void eachEntrysSectionAndCodeAreInTheCountingRulesDocument() throws IOException {
        String rules = Files.readString(Path.of("..", "docs", "counting-rules.md"), StandardCharsets.UTF_8);
        assertThat(IndicatorCatalogue.entries()).allSatisfy(entry -> {
            assertThat(rules).as(entry.code() + "'s section").contains("\n## " + entry.section() + "\n");
            assertThat(rules).as(entry.code()).contains(entry.code());
        });
    }
}
