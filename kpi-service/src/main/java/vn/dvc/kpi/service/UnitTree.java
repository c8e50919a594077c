package vn.dvc.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.contracts.catalog.UnitChanged;

/**
 * kpi-service's copy of the unit tree, from {@code catalog-events}. Each unit keeps its path from the root
 * ({@code BP>H10>H10.01}), so a subtree is a path prefix. Paths are recomputed for the whole tree after each
 * change: a child that arrived before its parent, or a unit moved elsewhere, ends up right either way.
 */
@ApplicationScoped
public class UnitTree {

    static final String SEPARATOR = ">";

    private final Jdbc jdbc;

    public UnitTree(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<UnitChanged> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.batch("INSERT INTO kpi_unit (code, parent_code, tier, name, path) VALUES (?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE parent_code = VALUES(parent_code), tier = VALUES(tier), name = VALUES(name)",
                changes.stream().<List<?>>map(u -> java.util.Arrays.asList(u.code(), u.parentCode(), u.tier(), u.name(), u.code()))
                        .toList());
        recomputePaths();
    }

    private void recomputePaths() {
        Map<String, String> parents = new HashMap<>();
        Map<String, String> stored = new HashMap<>();
        for (Object[] row : jdbc.query("SELECT code, parent_code, path FROM kpi_unit", List.of())) {
            parents.put((String) row[0], (String) row[1]);
            stored.put((String) row[0], (String) row[2]);
        }
        List<List<?>> updates = new ArrayList<>();
        for (String code : parents.keySet()) {
            String path = pathOf(code, parents);
            if (!path.equals(stored.get(code))) {
                updates.add(List.of(path, code));
            }
        }
        jdbc.batch("UPDATE kpi_unit SET path = ? WHERE code = ?", updates);
    }

    /** Codes from the root down to the unit; an unknown parent ends the path (it is fixed when the parent comes). */
    static String pathOf(String code, Map<String, String> parents) {
        List<String> codes = new ArrayList<>();
        for (String current = code; current != null && !codes.contains(current); current = parents.get(current)) {
            codes.add(0, current);
        }
        return String.join(SEPARATOR, codes);
    }

    public Optional<String> pathOf(String unitCode) {
        return jdbc.query("SELECT path FROM kpi_unit WHERE code = ?", List.of(unitCode)).stream()
                .map(row -> (String) row[0]).findFirst();
    }
}
