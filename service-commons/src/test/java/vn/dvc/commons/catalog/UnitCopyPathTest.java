package vn.dvc.commons.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitCopyPathTest {

    @Test
    void aPathRunsFromTheRootDown() {
        Map<String, String> parents = new HashMap<>();
        parents.put("BP", null);
        parents.put("H1", "BP");
        parents.put("X1", "H1");

        assertThat(UnitCopy.pathOf("X1", parents)).isEqualTo("BP>H1>X1");
        assertThat(UnitCopy.pathOf("BP", parents)).isEqualTo("BP");
    }

    @Test
    void aUnitWhoseParentIsNotKnownYetStartsItsOwnPath() {
        assertThat(UnitCopy.pathOf("X1", Map.of("X1", "H1"))).isEqualTo("H1>X1");
    }

    @Test
    void aCycleInReceivedDataDoesNotLoopForever() {
        assertThat(UnitCopy.pathOf("A", Map.of("A", "B", "B", "A"))).isEqualTo("B>A");
    }
}
