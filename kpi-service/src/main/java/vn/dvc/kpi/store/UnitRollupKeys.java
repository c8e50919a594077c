package vn.dvc.kpi.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.service.ScopeKey;

/** The summary-row keys ({@link ScopeKey}) a unit's own figures are added to. */
@ApplicationScoped
public class UnitRollupKeys {

    private final Jdbc jdbc;

    public UnitRollupKeys(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each unit's keys: its subtree, its ancestors' (as far as the tree is known) and the whole tree's — each also
     * with the unit's tier, when it is known — and the unit's own rows.
     */
    public Map<String, List<ScopeKey>> of(Collection<String> unitCodes) {
        List<String> codes = unitCodes.stream().distinct().toList();
        Map<String, Row> known = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.rows("SELECT code, path, tier FROM unit_copy WHERE code IN (" + Jdbc.placeholders(codes.size()) + ")", codes)
                    .forEach(unit -> known.put(unit.string("code"), unit));
        }
        Map<String, List<ScopeKey>> scopes = new HashMap<>();
        for (String code : codes) {
            Row unit = known.get(code);
            List<ScopeKey> along = new ArrayList<>(Arrays.stream((unit == null ? code : unit.string("path"))
                    .split(UnitCopy.SEPARATOR)).map(ScopeKey::subtree).toList());
            along.add(ScopeKey.WHOLE_TREE);
            List<ScopeKey> keys = new ArrayList<>(along);
            if (unit != null) {
                along.forEach(key -> keys.add(key.ofTier(Tier.valueOf(unit.string("tier")))));
            }
            keys.add(ScopeKey.ownRows(code));
            scopes.put(code, keys);
        }
        return scopes;
    }

    /** The subtree keys only, without the units' own rows. */
    public static Map<String, List<ScopeKey>> subtreesOnly(Map<String, List<ScopeKey>> scopes) {
        Map<String, List<ScopeKey>> subtrees = new HashMap<>();
        scopes.forEach((unit, keys) -> subtrees.put(unit, keys.stream().filter(key -> !key.isOwnRows()).toList()));
        return subtrees;
    }
}
