package vn.dvc.kpi.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvc.kpi.store.UnitRollupKeys;
import vn.dvc.rules.Measure;

class ScopeKeysTest {

    @Test
    void eachKeySaysWhoseRowsItHoldsAndNamesItsUnit() {
        String communesOfTheDistrict = ScopeKeys.ofTier(ScopeKeys.subtree("H10"), "COMMUNE");
        String districtsOfTheTree = ScopeKeys.ofTier(ScopeKeys.WHOLE_TREE, "DISTRICT");

        assertThat(communesOfTheDistrict).isEqualTo("H10@COMMUNE");
        assertThat(districtsOfTheTree).isEqualTo("*@DISTRICT");
        assertThat(ScopeKeys.ownRows("H10")).isEqualTo("H10!");
        assertThat(ScopeKeys.unitOf(communesOfTheDistrict)).isEqualTo("H10");
        assertThat(ScopeKeys.unitOf(ScopeKeys.ownRows("H10"))).isEqualTo("H10");
        assertThat(ScopeKeys.unitOf(ScopeKeys.subtree("H10"))).isEqualTo("H10");
    }

    @Test
    void aUnitsOwnRowsKeepOnlyWhatIsReadThere() {
        assertThat(ScopeKeys.keeps(ScopeKeys.ownRows("H10"), Measure.RECEIVED)).isTrue();
        assertThat(ScopeKeys.keeps(ScopeKeys.ownRows("H10"), Measure.RESOLVED)).isFalse();
        assertThat(ScopeKeys.keeps(ScopeKeys.subtree("H10"), Measure.RESOLVED)).isTrue();
        assertThat(ScopeKeys.keeps(ScopeKeys.ofTier("H10", "COMMUNE"), Measure.RESOLVED)).isTrue();
    }

    @Test
    void everyTierPatternEscapesTheUnitCodesWildcards() {
        assertThat(ScopeKeys.everyTierOf("H_10")).isEqualTo("H\\_10@%");
    }

    @Test
    void subtreesOnlyLeavesTheOwnRowsOut() {
        Map<String, List<String>> scopes = Map.of("H10", List.of("P", "H10", "*", "P@DISTRICT", "H10@DISTRICT",
                "*@DISTRICT", "H10!"));

        assertThat(UnitRollupKeys.subtreesOnly(scopes).get("H10"))
                .containsExactly("P", "H10", "*", "P@DISTRICT", "H10@DISTRICT", "*@DISTRICT");
    }
}
