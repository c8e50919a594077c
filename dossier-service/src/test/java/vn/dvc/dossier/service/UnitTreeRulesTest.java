package vn.dvc.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.dossier.model.UnitRequest;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

class UnitTreeRulesTest {

    private static UnitRequest unit(String code, String parent) {
        return new UnitRequest(code, "Đơn vị " + code, parent == null ? Tier.PROVINCE : Tier.COMMUNE, parent, null);
    }

    private static List<Violation> violationsOf(List<UnitRequest> request, Map<String, String> stored) {
        return catchThrowableOfType(ProblemException.class, () -> UnitTreeRules.check(request, stored))
                .problem().violations();
    }

    @Test
    void acceptsATreeWhoseParentsComeLaterInTheSameRequest() {
        Map<String, String> parents = UnitTreeRules.check(List.of(unit("X1", "H1"), unit("H1", "BP"), unit("BP", null)), Map.of());

        assertThat(parents).containsEntry("X1", "H1").containsEntry("H1", "BP").containsEntry("BP", null);
        assertThat(UnitTreeRules.depthOf("X1", parents)).isEqualTo(2);
    }

    @Test
    void acceptsCommunesDirectlyUnderTheProvince() {
        Map<String, String> stored = new HashMap<>();
        stored.put("BP", null);

        assertThat(UnitTreeRules.check(List.of(unit("X1", "BP")), stored)).containsEntry("X1", "BP");
    }

    @Test
    void refusesAnUnknownParentNamingTheUnit() {
        assertThat(violationsOf(List.of(unit("X1", "NOWHERE")), Map.of()))
                .containsExactly(new Violation("[0].parentCode",
                        "unit X1 names parent NOWHERE, which is not a known unit"));
    }

    @Test
    void refusesTheSameCodeTwice() {
        assertThat(violationsOf(List.of(unit("BP", null), unit("BP", null)), Map.of()))
                .extracting(Violation::field).containsExactly("[1].code");
    }

    @Test
    void refusesMovingAUnitUnderItsOwnDescendant() {
        Map<String, String> stored = new HashMap<>();
        stored.put("BP", null);
        stored.put("H1", "BP");
        stored.put("X1", "H1");

        assertThat(violationsOf(List.of(unit("H1", "X1")), stored))
                .extracting(Violation::message).containsExactly("unit H1 under X1 would make a cycle in the unit tree");
    }

    @Test
    void reportsACycleOnItsMembersOnly() {
        Map<String, String> stored = new HashMap<>();
        stored.put("R", null);
        stored.put("D", "R");

        assertThat(violationsOf(List.of(unit("NEW", "D"), unit("R", "D")), stored)).extracting(Violation::field)
                .containsExactly("[1].parentCode");
    }

    @Test
    void refusesAUnitThatIsItsOwnParent() {
        assertThat(violationsOf(List.of(unit("A", "A")), Map.of())).extracting(Violation::field)
                .containsExactly("[0].parentCode");
    }
}
