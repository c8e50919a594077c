package vn.dvc.kpi.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.rules.ScoreLever;
import vn.dvc.rules.ScoreTable;
import vn.dvc.rules.WhatIf;

class Score766Test {

    private static final ScoreTables TABLES = new ScoreTables(new ObjectMapper());
    private static final ScoreTable TABLE = TABLES.version(null);

    private static ScoreTable.Component part(ScoreTable table, String code) {
        return table.components().stream().filter(component -> component.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theShippedTablesAreTheReconstructionOfAHundredPointsWithTheUnmeasuredPartsLeftUnmeasured() {
        assertThat(TABLES.all()).extracting(ScoreTable::version).containsExactly("766-r1", "766-r1-linear");
        assertThat(TABLE.version()).isEqualTo("766-r1");
        assertThat(TABLE.reconstruction()).isTrue();
        assertThat(TABLE.max()).isEqualTo(100);
        assertThat(TABLE.components().stream().filter(component -> component.measuredAs() != null).mapToInt(ScoreTable.Component::max).sum())
                .as("synchronised 6, progress 20, fully online 12, payment 10, e-results 6, digitised inputs 4, re-use 2, "
                        + "the national data store 4, resident data in dossiers 2, procedure satisfaction 6, feedback on time 6, "
                        + "feedback satisfaction 6, publication on time 6, updated on time 4, complete content 2, procedures "
                        + "linked to resident data 2, e-certified copies 2").isEqualTo(100);
        assertThat(part(TABLE, "PROCEDURE_SATISFACTION").measuredAs()).isEqualTo(ScoreLever.PROCEDURE_SATISFACTION);
        assertThat(TABLE.components()).allSatisfy(component -> assertThat(component.measuredAs()).as(component.code()).isNotNull());
        assertThat(TABLE.components()).allSatisfy(component -> assertThat(component.data()).as(component.code()).isNotBlank());
    }

    @Test
    void nothingToMeasureScoresAsTheReconstructionSaysPerPart() {
        assertThat(part(TABLE, "FEEDBACK_ON_TIME").pointsWithNothingToMeasure()).isEqualTo(6.0);
        assertThat(part(TABLE, "FEEDBACK_SATISFACTION").pointsWithNothingToMeasure()).isEqualTo(6.0);
        assertThat(part(TABLE, "PROCEDURE_SATISFACTION").pointsWithNothingToMeasure()).isEqualTo(0.0);
        assertThat(part(TABLE, "PUBLISHED_ON_TIME").pointsWithNothingToMeasure()).isEqualTo(0.0);
        assertThat(part(TABLE, "E_RESULTS").pointsWithNothingToMeasure()).as("the reconstruction does not say").isNull();
        assertThat(new WhatIf.Part(part(TABLE, "FEEDBACK_ON_TIME"), 0, 0).pointsAfter(0)).isEqualTo(6.0);
    }

    @Test
    void belowAThresholdPointsAreRateTimesMaxOverThresholdAtOrAboveItTheFullMax() {
        ScoreTable.Component fullyOnline = part(TABLE, "FULLY_ONLINE_DOSSIERS");

        assertThat(fullyOnline.points(0.25)).as("12 × 0.25 ÷ 0.5").isEqualTo(6.0);
        assertThat(fullyOnline.points(0.5)).isEqualTo(12.0);
        assertThat(fullyOnline.points(0.8)).isEqualTo(12.0);
        assertThat(part(TABLE, "E_RESULTS").points(0.4)).as("6 × 0.4 ÷ 0.8").isCloseTo(3.0, within(1e-9));
        assertThat(part(TABLE, "E_RESULTS").points(0.9)).isEqualTo(6.0);
    }

    @Test
    void everyThresholdedPartAtBelowAndAboveItsThreshold() {
        for (ScoreTable.Component component : TABLE.components()) {
            if (component.threshold() == null) {
                continue;
            }
            double threshold = component.threshold();
            assertThat(component.points(threshold)).as(component.code() + " at").isEqualTo((double) component.max());
            assertThat(component.points(Math.min(1, threshold + 0.05))).as(component.code() + " above").isEqualTo((double) component.max());
            assertThat(component.points(threshold / 2)).as(component.code() + " at half of it")
                    .isCloseTo(component.max() / 2.0, within(1e-9));
        }
        assertThat(part(TABLE, "DIGITISED_INPUTS").points(0.6)).as("4 × 0.6 ÷ 0.8").isCloseTo(3.0, within(1e-9));
        assertThat(part(TABLE, "DOSSIERS_SYNCHRONISED").points(1.0)).as("a linear part at 100 %: its max").isEqualTo(6.0);
    }

    @Test
    void withoutAThresholdPointsAreRateTimesMaxAndTheLinearVersionScoresDigitisationSo() {
        assertThat(part(TABLE, "RESOLUTION_PROGRESS").points(0.9)).isCloseTo(18.0, within(1e-9));
        assertThat(part(TABLE, "ONLINE_PAYMENT").points(0.3)).isCloseTo(3.0, within(1e-9));
        assertThat(part(TABLES.version("766-r1-linear"), "E_RESULTS").points(0.4)).isCloseTo(2.4, within(1e-9));
    }

    @Test
    void stepsToAPointAreTheFewestThatReachIt() {
        WhatIf.Part fullyOnline = new WhatIf.Part(part(TABLE, "FULLY_ONLINE_DOSSIERS"), 10, 40);
        WhatIf.Part payment = new WhatIf.Part(part(TABLE, "ONLINE_PAYMENT"), 30, 100);

        assertThat(fullyOnline.pointsAfter(0)).isEqualTo(6.0);
        assertThat(fullyOnline.stepsTo(7)).as("12/42 → 6.86; 13/43 → 7.26").isEqualTo(3);
        assertThat(payment.stepsTo(4)).as("40 of 100 paid online").isEqualTo(10);
        assertThat(payment.stepsTo(10)).as("all 70 unpaid paid").isEqualTo(70);
        assertThat(payment.stepsTo(10.5)).as("beyond the max").isEqualTo(-1);
    }

    @Test
    void theCheapestPathTakesEachPointFromTheLeverWhoseNextPointCostsFewest() {
        WhatIf.Part fullyOnline = new WhatIf.Part(part(TABLE, "FULLY_ONLINE_DOSSIERS"), 10, 40);
        WhatIf.Part payment = new WhatIf.Part(part(TABLE, "ONLINE_PAYMENT"), 30, 100);

        List<WhatIf.Step> path = WhatIf.cheapestPath(List.of(fullyOnline, payment), 2);

        assertThat(path).hasSize(1);
        assertThat(path.get(0).lever()).isEqualTo(ScoreLever.FULLY_ONLINE_DOSSIERS);
        assertThat(path.get(0).steps()).as("15/45 = 1/3 → 8 points").isEqualTo(5);
        assertThat(path.get(0).points()).isCloseTo(2.0, within(1e-9));

        List<WhatIf.Step> longer = WhatIf.cheapestPath(List.of(fullyOnline, payment), 8);
        assertThat(longer).extracting(WhatIf.Step::lever)
                .as("fully online tops out at 12 (6 points more), then payment").containsExactly(
                        ScoreLever.FULLY_ONLINE_DOSSIERS, ScoreLever.ONLINE_PAYMENT);
        assertThat(longer.stream().mapToDouble(WhatIf.Step::points).sum()).isCloseTo(8.0, within(1e-9));
    }
}
