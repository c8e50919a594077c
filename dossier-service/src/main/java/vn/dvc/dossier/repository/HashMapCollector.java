package vn.dvc.dossier.repository;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collector;

/** {@link java.util.stream.Collectors#toMap} refuses null values; parents of roots are null. */
final class HashMapCollector {

    private HashMapCollector() {
    }

    static <T, K, V> Collector<T, ?, Map<K, V>> of(Function<T, K> key, Function<T, V> value) {
        return Collector.of(HashMap::new, (map, item) -> map.put(key.apply(item), value.apply(item)),
                (left, right) -> {
                    left.putAll(right);
                    return left;
                });
    }
}
