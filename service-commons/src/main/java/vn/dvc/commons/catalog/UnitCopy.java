package vn.dvc.commons.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.rules.CopiedUnit;

/**
 * A consuming service's copy of the unit tree, from {@code catalog-events} (table {@code unit_copy}). Each unit
 * keeps its path from the root ({@code BP>H10>H10.01}), so a subtree is a path prefix. Paths are recomputed for the
 * whole tree after each change: a child that arrived before its parent, or a unit moved elsewhere, ends up right
 * either way.
 */
@ApplicationScoped
public class UnitCopy {

    public static final String SEPARATOR = ">";

    private final Jdbc jdbc;

    public UnitCopy(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the changes; answers the units that are new here (old path null) or whose path changed (moved, or
     * placed under a parent that arrived).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PathChange> apply(List<UnitChanged> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        List<String> codes = changes.stream().map(UnitChanged::code).distinct().toList();
        Map<String, CopiedUnit> before = byCodes(codes);
        jdbc.batch("INSERT INTO unit_copy (code, parent_code, tier, kind, name, path) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE parent_code = VALUES(parent_code), tier = VALUES(tier), "
                        + "kind = VALUES(kind), name = VALUES(name)",
                changes.stream().<List<?>>map(u -> Arrays.asList(u.code(), u.parentCode(), u.tier().name(), u.kind(), u.name(),
                        u.code())).toList());
        List<PathChange> moved = new ArrayList<>(recomputePaths());
        Map<String, String> paths = new HashMap<>();
        jdbc.rows("SELECT code, path FROM unit_copy WHERE code IN (" + Jdbc.placeholders(codes.size()) + ")", codes)
                .forEach(row -> paths.put(row.string("code"), row.string("path")));
        codes.stream().filter(code -> !before.containsKey(code))
                .forEach(code -> {
                    moved.removeIf(change -> change.code().equals(code));
                    moved.add(new PathChange(code, null, paths.get(code)));
                });
        return moved;
    }

    private List<PathChange> recomputePaths() {
        Map<String, String> parents = new HashMap<>();
        Map<String, String> stored = new HashMap<>();
        for (Row row : jdbc.rows("SELECT code, parent_code, path FROM unit_copy", List.of())) {
            parents.put(row.string("code"), row.string("parent_code"));
            stored.put(row.string("code"), row.string("path"));
        }
        List<List<?>> updates = new ArrayList<>();
        List<PathChange> moved = new ArrayList<>();
        for (String code : parents.keySet()) {
            String path = pathOf(code, parents);
            if (!path.equals(stored.get(code))) {
                updates.add(List.of(path, code));
                moved.add(new PathChange(code, stored.get(code), path));
            }
        }
        jdbc.batch("UPDATE unit_copy SET path = ? WHERE code = ?", updates);
        return moved;
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
        return jdbc.rows("SELECT path FROM unit_copy WHERE code = ?", List.of(unitCode)).stream()
                .map(row -> row.string("path")).findFirst();
    }

    /** Each known unit's line from the root: the codes of its ancestors, then its own. */
    public Map<String, List<String>> linesOf(Collection<String> unitCodes) {
        Map<String, List<String>> lines = new HashMap<>();
        List<String> codes = List.copyOf(new LinkedHashSet<>(unitCodes));
        if (!codes.isEmpty()) {
            jdbc.rows("SELECT code, path FROM unit_copy WHERE code IN (" + Jdbc.placeholders(codes.size()) + ")", codes)
                    .forEach(row -> lines.put(row.string("code"), List.of(row.string("path").split(Pattern.quote(SEPARATOR)))));
        }
        return lines;
    }

    /** Whether the unit is known here and has no parent: a province, the root of its own tree. */
    public boolean isRoot(String unitCode) {
        return jdbc.rows("SELECT code FROM unit_copy WHERE code = ? AND parent_code IS NULL", List.of(unitCode)).size() == 1;
    }

    /** Whether {@code unitCode} is {@code rootCode} or below it; a unit not known here is in no subtree. */
    public boolean isWithin(String unitCode, String rootCode) {
        Optional<String> path = pathOf(unitCode);
        Optional<String> root = pathOf(rootCode);
        return path.isPresent() && root.isPresent()
                && (path.get().equals(root.get()) || path.get().startsWith(root.get() + SEPARATOR));
    }

    /** The unit and every unit below it; empty when the unit is not known here (yet). */
    public List<CopiedUnit> subtreeOf(String unitCode) {
        Optional<String> path = pathOf(unitCode);
        if (path.isEmpty()) {
            return List.of();
        }
        return jdbc.rows("SELECT code, tier, kind, name FROM unit_copy WHERE code = ? OR path LIKE ? ORDER BY path",
                        List.of(unitCode, belowPath(path.get()))).stream()
                .map(UnitCopy::unitOf).toList();
    }

    public List<CopiedUnit> all() {
        return jdbc.rows("SELECT code, tier, kind, name FROM unit_copy ORDER BY path", List.of()).stream()
                .map(UnitCopy::unitOf).toList();
    }

    public Map<String, CopiedUnit> byCodes(List<String> codes) {
        Map<String, CopiedUnit> units = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.rows("SELECT code, tier, kind, name FROM unit_copy WHERE code IN (" + Jdbc.placeholders(codes.size())
                            + ")", codes)
                    .forEach(row -> units.put(row.string("code"), unitOf(row)));
        }
        return units;
    }

    private static CopiedUnit unitOf(Row row) {
        return new CopiedUnit(row.string("code"), Tier.valueOf(row.string("tier")), row.string("kind"), row.string("name"));
    }

    /** A LIKE pattern for the units strictly below the one with this path. */
    public static String belowPath(String path) {
        return literal(path) + SEPARATOR + "%";
    }

    /** The text as a LIKE pattern matching only itself: '%', '_' and '\\' escaped. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A unit's path before and after a change of the tree. */
    public record PathChange(String code, String oldPath, String newPath) {
    }
}
