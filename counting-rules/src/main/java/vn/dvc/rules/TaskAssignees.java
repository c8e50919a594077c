package vn.dvc.rules;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a campaign task names (docs/counting-rules.md, "Campaign tasks"): units by code, every administrative body of a
 * tier (service points — units with a kind, such as one-stop shops — are not bodies a plan assigns tasks to), every
 * unit of a kind, and units by their name (NFC, case-insensitive), so that a plan's "Sở Thông tin và Truyền thông"
 * finds that department in any province's tree. Each unit selected once, in the tree's order.
 */
public record TaskAssignees(List<String> units, List<String> tiers, List<String> kinds, List<String> names) {

    public TaskAssignees {
        units = units == null ? List.of() : List.copyOf(units);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        names = names == null ? List.of() : List.copyOf(names);
    }

    public static final TaskAssignees NOBODY = new TaskAssignees(List.of(), List.of(), List.of(), List.of());

    /** Of the tree's units, those selected. */
    public List<CopiedUnit> select(List<CopiedUnit> tree) {
        Set<String> wantedNames = names.stream().map(TaskAssignees::comparable).collect(Collectors.toSet());
        return tree.stream().filter(unit -> units.contains(unit.code())
                || (unit.kind() == null && tiers.contains(unit.tier().name()))
                || (unit.kind() != null && kinds.contains(unit.kind()))
                || wantedNames.contains(comparable(unit.name()))).toList();
    }

    /** Whether some unit of the tree has this name. */
    public static boolean named(List<CopiedUnit> tree, String name) {
        String wanted = comparable(name);
        return tree.stream().anyMatch(unit -> comparable(unit.name()).equals(wanted));
    }

    private static String comparable(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
