package vn.dvc.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The units a campaign target applies to (docs/counting-rules.md, "Targets of a scope"): units by code, or units of
 * these kinds (at these tiers, when tiers are named) — the plan's digitisation target "tại Trung tâm phục vụ hành
 * chính công tỉnh và Bộ phận một cửa cấp huyện" is the service centre and the district one-stop shops. A unit's
 * figure against such a target is the figure of the units it applies to in the unit's subtree, each counted once: a
 * unit that applies under another that applies is in that one's figure already.
 */
public record TargetScope(List<String> units, List<String> kinds, List<String> tiers) {

    public TargetScope {
        units = units == null ? List.of() : List.copyOf(units);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /** Whether the target applies to the unit. */
    public boolean appliesTo(CopiedUnit unit) {
        return units.contains(unit.code())
                || unit.kind() != null && kinds.contains(unit.kind()) && (tiers.isEmpty() || tiers.contains(unit.tier().name()));
    }

    /**
     * The topmost units under {@code unit} (itself included) that the target applies to: whose figures together are
     * the unit's figure against the target.
     *
     * @param linesOfApplying for each unit the target applies to, its line from the root down to itself
     */
    public List<String> topmostUnder(String unit, Map<String, List<String>> linesOfApplying) {
        List<String> topmost = new ArrayList<>();
        linesOfApplying.forEach((applying, line) -> {
            int from = line.indexOf(unit);
            if (from >= 0 && line.subList(from, line.size() - 1).stream().noneMatch(linesOfApplying::containsKey)) {
                topmost.add(applying);
            }
        });
        Collections.sort(topmost);
        return topmost;
    }
}
