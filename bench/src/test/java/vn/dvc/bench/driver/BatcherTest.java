package vn.dvc.bench.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvc.bench.driver.Batch.Endpoint;
import vn.dvc.bench.stream.PortalItem;
import vn.dvc.bench.stream.PortalItem.DossierEvent;
import vn.dvc.bench.stream.PortalItem.DossierTotal;
import vn.dvc.bench.stream.PortalItem.Payment;

class BatcherTest {

    private final Instant at = Instant.parse("2022-06-01T01:30:00Z");

    @Test
    void dossierEventsGoInFullBatchesAndTheRarerKindsAreGatheredUntilTheEnd() {
        List<PortalItem> items = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            items.add(DossierEvent.of(at, "e" + i, "d" + i, "RECEIVED"));
            if (i % 3 == 0) {
                items.add(new Payment(at, "t" + i, "d" + i, "U", "Đất đai", "FEE", 1_000, "SUCCESS", "VNPT Pay"));
            }
        }
        items.add(new DossierTotal(at, "U", LocalDate.of(2022, 6, 1), LocalDate.of(2022, 7, 1), 9));
        Batcher batcher = new Batcher(items.iterator(), 3);

        List<Batch> batches = new ArrayList<>();
        for (Optional<Batch> batch = batcher.next(); batch.isPresent(); batch = batcher.next()) {
            batches.add(batch.get());
        }

        assertThat(batches).extracting(Batch::endpoint).containsExactly(Endpoint.DOSSIER_EVENTS, Endpoint.DOSSIER_EVENTS,
                Endpoint.PAYMENTS, Endpoint.DOSSIER_TOTAL, Endpoint.DOSSIER_EVENTS);
        assertThat(batches).extracting(Batch::size).containsExactly(3, 3, 3, 1, 1);
        assertThat(batches.stream().mapToInt(Batch::size).sum()).isEqualTo(items.size());
    }

    @Test
    void eachPartitionGetsItsOwnDossiersSoConcurrentBatchesNeverShareOne() {
        List<PortalItem> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(DossierEvent.of(at, "e" + i, "d" + (i % 10), "PROCESSING"));
        }
        Batcher batcher = new Batcher(items.iterator(), 4, 2);

        List<Batch> first = new ArrayList<>();
        List<Batch> second = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            batcher.next(0).ifPresent(first::add);
            batcher.next(1).ifPresent(second::add);
        }

        assertThat(first.stream().mapToInt(Batch::size).sum() + second.stream().mapToInt(Batch::size).sum()).isEqualTo(40);
        java.util.Set<String> ofFirst = dossiers(first.subList(0, first.size() - 1));
        java.util.Set<String> ofSecond = dossiers(second.subList(0, second.size() - 1));
        assertThat(ofFirst).isNotEmpty().doesNotContainAnyElementsOf(ofSecond);
    }

    private static java.util.Set<String> dossiers(List<Batch> batches) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        batches.forEach(batch -> batch.items().forEach(item -> ids.add(((DossierEvent) item).dossierId())));
        return ids;
    }

    @Test
    void aStoppedRunGetsBackWhatWasGatheredButNotSent() {
        List<PortalItem> items = List.of(DossierEvent.of(at, "e1", "d1", "RECEIVED"),
                new Payment(at, "t1", "d1", "U", "Hộ tịch", "FEE", 1_000, "SUCCESS", "Payoo"),
                DossierEvent.of(at, "e2", "d1", "PROCESSING"), DossierEvent.of(at, "e3", "d1", "RESOLVED"));
        Batcher batcher = new Batcher(items.iterator(), 2);

        assertThat(batcher.next().orElseThrow().size()).isEqualTo(2);
        assertThat(batcher.remainder()).extracting(Batch::endpoint).containsExactly(Endpoint.PAYMENTS);
    }
}
