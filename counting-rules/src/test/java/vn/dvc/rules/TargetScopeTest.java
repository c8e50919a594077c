package vn.dvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.rules.CopiedUnit;

class TargetScopeTest {

    private static final TargetScope PLAN_DIGITISATION = new TargetScope(null, List.of("SERVICE_CENTRE", "ONE_STOP_SHOP"),
            List.of("DEPARTMENT", "DISTRICT"));
    private static final List<CopiedUnit> TREE = List.of(
            new CopiedUnit("BP", Tier.PROVINCE, null, "Tỉnh"),
            new CopiedUnit("BP.TTPVHCC", Tier.DEPARTMENT, "SERVICE_CENTRE", "Trung tâm Phục vụ hành chính công tỉnh"),
            new CopiedUnit("BP.TTPVHCC.X", Tier.DEPARTMENT, "ONE_STOP_SHOP", "Quầy trong Trung tâm"),
            new CopiedUnit("BP.STP", Tier.DEPARTMENT, null, "Sở Tư pháp"),
            new CopiedUnit("BP.H01", Tier.DISTRICT, null, "Huyện Lộc Ninh"),
            new CopiedUnit("BP.H01.MC", Tier.DISTRICT, "ONE_STOP_SHOP", "Bộ phận Một cửa huyện"),
            new CopiedUnit("BP.H01.X01", Tier.COMMUNE, null, "Xã Lộc Tấn"),
            new CopiedUnit("BP.H01.X01.MC", Tier.COMMUNE, "ONE_STOP_SHOP", "Bộ phận Một cửa xã"));
    private static final Map<String, String> PARENTS = Map.of("BP.TTPVHCC", "BP", "BP.TTPVHCC.X", "BP.TTPVHCC", "BP.STP", "BP",
            "BP.H01", "BP", "BP.H01.MC", "BP.H01", "BP.H01.X01", "BP.H01", "BP.H01.X01.MC", "BP.H01.X01");

    /** The line from the root down to each unit the scope applies to, as the unit copy gives it. */
    private static Map<String, List<String>> linesOfApplying(TargetScope scope) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        TREE.stream().filter(scope::appliesTo).forEach(unit -> {
            List<String> line = new ArrayList<>();
            for (String code = unit.code(); code != null; code = PARENTS.get(code)) {
                line.add(0, code);
            }
            lines.put(unit.code(), line);
        });
        return lines;
    }

    @Test
    void thePlansDigitisationTargetIsJudgedAtTheServiceCentreAndTheDistrictOneStopShops() {
        assertThat(TREE.stream().filter(PLAN_DIGITISATION::appliesTo).map(CopiedUnit::code))
                .containsExactly("BP.TTPVHCC", "BP.TTPVHCC.X", "BP.H01.MC");
        assertThat(PLAN_DIGITISATION.topmostUnder("BP", linesOfApplying(PLAN_DIGITISATION)))
                .as("the counter inside the centre is in the centre's figure already").containsExactly("BP.H01.MC", "BP.TTPVHCC");
        assertThat(PLAN_DIGITISATION.topmostUnder("BP.TTPVHCC", linesOfApplying(PLAN_DIGITISATION))).containsExactly("BP.TTPVHCC");
    }

    @Test
    void aDistrictIsJudgedOnItsOwnShopAndADepartmentWithoutOneOnNothing() {
        assertThat(PLAN_DIGITISATION.topmostUnder("BP.H01", linesOfApplying(PLAN_DIGITISATION))).containsExactly("BP.H01.MC");
        assertThat(PLAN_DIGITISATION.topmostUnder("BP.STP", linesOfApplying(PLAN_DIGITISATION))).isEmpty();
        assertThat(PLAN_DIGITISATION.topmostUnder("BP.H01.X01", linesOfApplying(PLAN_DIGITISATION)))
                .as("a commune's own shop is not of the tiers named").isEmpty();
    }

    @Test
    void unitsByCodeApplyWhateverTheirKind() {
        TargetScope named = new TargetScope(List.of("BP.STP", "BP.H01.X01"), null, null);
        assertThat(named.topmostUnder("BP", linesOfApplying(named))).containsExactly("BP.H01.X01", "BP.STP");
        TargetScope shops = new TargetScope(null, List.of("ONE_STOP_SHOP"), null);
        assertThat(shops.topmostUnder("BP", linesOfApplying(shops))).as("any tier when none is named")
                .containsExactly("BP.H01.MC", "BP.H01.X01.MC", "BP.TTPVHCC.X");
    }
}
