package vn.dvc.kpi.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.store.UnitRollupKeys;
import vn.dvc.rules.Measure;

class ScopeKeyTest {

    private static List<ScopeKey> keys(String... values) {
        return Arrays.stream(values).map(ScopeKey::new).toList();
    }

    @Test
    void eachKeySaysWhoseRowsItHoldsAndNamesItsUnit() {
        ScopeKey communesOfTheDistrict = ScopeKey.subtree("H10").ofTier(Tier.COMMUNE);
        ScopeKey districtsOfTheTree = ScopeKey.WHOLE_TREE.ofTier(Tier.DISTRICT);

        assertThat(communesOfTheDistrict.value()).isEqualTo("H10@COMMUNE");
        assertThat(districtsOfTheTree.value()).isEqualTo("*@DISTRICT");
        assertThat(ScopeKey.ownRows("H10").value()).isEqualTo("H10!");
        assertThat(communesOfTheDistrict.unitCode()).isEqualTo("H10");
        assertThat(ScopeKey.ownRows("H10").unitCode()).isEqualTo("H10");
        assertThat(ScopeKey.subtree("H10").unitCode()).isEqualTo("H10");
        assertThat(new ScopeKey("H10@COMMUNE")).isEqualTo(communesOfTheDistrict);
    }

    @Test
    void aUnitsOwnRowsKeepOnlyWhatIsReadThere() {
        assertThat(ScopeKey.ownRows("H10").keeps(Measure.RECEIVED)).isTrue();
        assertThat(ScopeKey.ownRows("H10").keeps(Measure.RESOLVED)).isFalse();
        assertThat(ScopeKey.subtree("H10").keeps(Measure.RESOLVED)).isTrue();
        assertThat(ScopeKey.subtree("H10").ofTier(Tier.COMMUNE).keeps(Measure.RESOLVED)).isTrue();
    }

    @Test
    void everyTierPatternEscapesTheUnitCodesWildcards() {
        assertThat(ScopeKey.everyTierPattern("H_10")).isEqualTo("H\\_10@%");
    }

    @Test
    void subtreesOnlyLeavesTheOwnRowsOut() {
        Map<String, List<ScopeKey>> scopes = Map.of("H10", keys("P", "H10", "*", "P@DISTRICT", "H10@DISTRICT",
                "*@DISTRICT", "H10!"));

        assertThat(UnitRollupKeys.subtreesOnly(scopes).get("H10"))
                .containsExactlyElementsOf(keys("P", "H10", "*", "P@DISTRICT", "H10@DISTRICT", "*@DISTRICT"));
    }
}
