package vn.dvc.dossier.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvc.contracts.catalog.Tier;

/**
 * Finding a unit among a nation's by what a person types: its name or its code, with or without diacritics, in any
 * case ("binh phuoc" finds "Bình Phước", "dong xoai" finds "Thành phố Đồng Xoài"), every word typed in the name. Names
 * that begin with what was typed come first, then higher tiers, then names in order; each hit carries the names of
 * the units above it, so two communes of one name are told apart.
 */
public final class UnitSearch {

    private static final List<Tier> TIERS = List.of(Tier.PROVINCE, Tier.DEPARTMENT, Tier.DISTRICT, Tier.COMMUNE);

    private UnitSearch() {
    }

    /** A unit as searched: its code, name, tier and parent. */
    public record Candidate(String code, String name, Tier tier, String parentCode, String kind) {
    }

    /** A unit found, with the names above it, root first. */
    public record Hit(Candidate unit, List<String> path) {
    }

    /** Folded for comparison: no diacritics, "đ" as "d", lower case, single spaces. */
    public static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    public static List<Hit> search(Collection<Candidate> units, String typed, int limit) {
        String query = folded(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> words = Arrays.asList(query.split(" "));
        Map<String, Candidate> byCode = units.stream().collect(Collectors.toMap(Candidate::code, Function.identity(), (a, b) -> a));
        List<Candidate> found = new ArrayList<>();
        for (Candidate unit : units) {
            String name = folded(unit.name());
            if (folded(unit.code()).startsWith(query) || words.stream().allMatch(name::contains)) {
                found.add(unit);
            }
        }
        Comparator<Candidate> order = Comparator.comparing((Candidate unit) -> !folded(unit.name()).startsWith(query)
                        && !nameAfterKind(folded(unit.name())).startsWith(query))
                .thenComparing(unit -> TIERS.indexOf(unit.tier()) < 0 ? TIERS.size() : TIERS.indexOf(unit.tier()))
                .thenComparing(unit -> folded(unit.name())).thenComparing(Candidate::code);
        return found.stream().sorted(order).limit(limit).map(unit -> new Hit(unit, pathOf(unit, byCode))).toList();
    }

    /** "tinh binh phuoc" → "binh phuoc": what follows the unit's kind, which people leave out when they type. */
    private static String nameAfterKind(String name) {
        for (String kind : List.of("thanh pho ", "tinh ", "huyen ", "thi xa ", "quan ", "xa ", "phuong ", "thi tran ", "so ",
                "ubnd ")) {
            if (name.startsWith(kind)) {
                return name.substring(kind.length());
            }
        }
        return name;
    }

    private static List<String> pathOf(Candidate unit, Map<String, Candidate> byCode) {
        LinkedList<String> path = new LinkedList<>();
        for (Candidate above = byCode.get(unit.parentCode()); above != null && path.size() < 10; above = byCode.get(above.parentCode())) {
            path.addFirst(above.name());
        }
        return List.copyOf(path);
    }
}
