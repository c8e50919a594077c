package vn.dvc.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvc.bench.stream.PortalItem;
import vn.dvc.bench.stream.PortalItem.DossierEvent;

class DuplicatedAndReorderedTest {

    @Test
    void everyItemComesAtLeastOnceAboutATenthTwiceAndNotInOrder() {
        List<PortalItem> original = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            original.add(DossierEvent.of(Instant.EPOCH.plusSeconds(i), "e" + i, "d" + i / 4, "PROCESSING"));
        }
        Iterator<PortalItem> sent = new DuplicatedAndReordered().decorate(original.iterator(), 7);

        Map<PortalItem, Integer> times = new HashMap<>();
        List<PortalItem> order = new ArrayList<>();
        sent.forEachRemaining(item -> {
            times.merge(item, 1, Integer::sum);
            order.add(item);
        });

        assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(original);
        long twice = times.values().stream().filter(count -> count == 2).count();
        assertThat(twice).isBetween(400L, 600L);
        assertThat(times.values()).allMatch(count -> count <= 2);
        assertThat(order.subList(0, 500)).isNotEqualTo(original.subList(0, 500));
    }
}
