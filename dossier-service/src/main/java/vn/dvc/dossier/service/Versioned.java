package vn.dvc.dossier.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import vn.dvc.dossier.model.ItemOutcome;

/**
 * An item another system tells again and again (a feedback item, a procedure publication) as stored, with the number
 * of changes that made it.
 */
public record Versioned<T>(T item, long version) {

    /**
     * Each told item merged with what is known of it, in request order: the outcome of each (ACCEPTED for a new one,
     * UPDATED when the merge changes it, DUPLICATE when not) and, by id, what changed, with its next version.
     *
     * @param told  the readable items by their index in the request
     * @param known what is stored of them, by id
     */
    public static <T> Collection<Versioned<T>> merge(Map<Integer, T> told, Map<String, Versioned<T>> known, Function<T, String> idOf,
                                                     BinaryOperator<T> with, ItemOutcome[] outcomes) {
        Map<String, Versioned<T>> current = new HashMap<>(known);
        Map<String, Versioned<T>> changed = new LinkedHashMap<>();
        told.forEach((index, item) -> {
            String id = idOf.apply(item);
            Versioned<T> before = current.get(id);
            T merged = before == null ? item : with.apply(before.item(), item);
            if (before != null && merged.equals(before.item())) {
                outcomes[index] = ItemOutcome.of(index, id, ItemOutcome.Outcome.DUPLICATE, before.version());
                return;
            }
            Versioned<T> after = new Versioned<>(merged, before == null ? 1 : before.version() + 1);
            current.put(id, after);
            changed.put(id, after);
            outcomes[index] = ItemOutcome.of(index, id, before == null ? ItemOutcome.Outcome.ACCEPTED : ItemOutcome.Outcome.UPDATED,
                    after.version());
        });
        return changed.values();
    }
}
