package vn.dvc.kpi.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitTreePathTest {

    @Test
    void aPathRunsFromTheRootDown() {
        Map<String, String> parents = new HashMap<>();
        parents.put("BP", null);
        parents.put("H1", "BP");
        parents.put("X1", "H1");

        assertThat(UnitTree.pathOf("X1", parents)).isEqualTo("BP>H1>X1");
        assertThat(UnitTree.pathOf("BP", parents)).isEqualTo("BP");
    }

    @Test
    void aUnitWhoseParentIsNotKnownYetStartsItsOwnPath() {
        assertThat(UnitTree.pathOf("X1", Map.of("X1", "H1"))).isEqualTo("H1>X1");
    }

    @Test
    void aCycleInReceivedDataDoesNotLoopForever() {
        assertThat(UnitTree.pathOf("A", Map.of("A", "B", "B", "A"))).isEqualTo("B>A");
    }
}
