package vn.dvc.dossier.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvc.dossier.model.UnitRequest;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

/**
 * The checks a whole unit upsert must pass before anything is stored: no code twice in one request, every parent
 * known (stored or in the request), and no cycle once the request is applied — which also refuses moving a unit
 * under one of its own descendants.
 */
public final class UnitTreeRules {

    private UnitTreeRules() {
    }

    /**
     * @param requested   the units of the request, in request order
     * @param storedParents every stored unit's parent code (null for a root)
     * @return every unit's parent once the request is applied
     */
    public static Map<String, String> check(List<UnitRequest> requested, Map<String, String> storedParents) {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> parents = new HashMap<>(storedParents);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            UnitRequest unit = requested.get(i);
            if (!seen.add(unit.code())) {
                violations.add(new Violation("[" + i + "].code", "unit " + unit.code() + " appears more than once in the request"));
            }
            parents.put(unit.code(), unit.parentCode());
        }
        for (int i = 0; i < requested.size(); i++) {
            UnitRequest unit = requested.get(i);
            if (unit.parentCode() != null && !parents.containsKey(unit.parentCode())) {
                violations.add(new Violation("[" + i + "].parentCode",
                        "unit " + unit.code() + " names parent " + unit.parentCode() + ", which is not a known unit"));
            } else if (formsCycle(unit.code(), parents)) {
                violations.add(new Violation("[" + i + "].parentCode",
                        "unit " + unit.code() + " under " + unit.parentCode() + " would make a cycle in the unit tree"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations.size() + " unit(s) cannot be stored; nothing was stored",
                    violations);
        }
        return parents;
    }

    /**
     * A caller held to a province changes its subtree only: each unit of the request must lie under the caller's unit
     * both as it is stored (if it is) and once the request is applied — no other province's unit taken in, none of its
     * own moved out, no new province made. A 403 naming each unit; nothing stored.
     *
     * @param parents every unit's parent once the request is applied ({@link #check})
     */
    public static void requireWithin(String scope, List<UnitRequest> requested, Map<String, String> storedParents,
                                     Map<String, String> parents) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i).code();
            boolean storedOutside = storedParents.containsKey(code) && !isWithin(code, scope, storedParents);
            if (storedOutside || !isWithin(code, scope, parents)) {
                violations.add(new Violation("[" + i + "].code", "unit " + code + " is " + (storedOutside ? "" : "placed ")
                        + "outside " + scope + ", the subtree this key may write"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.forbidden(violations));
        }
    }

    private static boolean isWithin(String code, String scope, Map<String, String> parents) {
        Set<String> visited = new HashSet<>();
        for (String current = code; current != null && visited.add(current); current = parents.get(current)) {
            if (current.equals(scope)) {
                return true;
            }
        }
        return false;
    }

    /** True when walking up from the unit leads back to it; a cycle above it is reported for its own members. */
    private static boolean formsCycle(String code, Map<String, String> parents) {
        Set<String> visited = new HashSet<>();
        for (String current = parents.get(code); current != null; current = parents.get(current)) {
            if (current.equals(code)) {
                return true;
            }
            if (!visited.add(current)) {
                return false;
            }
        }
        return false;
    }

    /** Depth of a unit in the tree (root = 0): publishing parents before children keeps consumers' trees whole. */
    public static int depthOf(String code, Map<String, String> parents) {
        int depth = 0;
        for (String parent = parents.get(code); parent != null; parent = parents.get(parent)) {
            depth++;
        }
        return depth;
    }
}
