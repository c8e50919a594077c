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
    void aStoppedRunGetsBackWhatWasGatheredButNotSent() {
        List<PortalItem> items = List.of(DossierEvent.of(at, "e1", "d1", "RECEIVED"),
                new Payment(at, "t1", "d1", "U", "Hộ tịch", "FEE", 1_000, "SUCCESS", "Payoo"),
                DossierEvent.of(at, "e2", "d1", "PROCESSING"), DossierEvent.of(at, "e3", "d1", "RESOLVED"));
        Batcher batcher = new Batcher(items.iterator(), 2);

        assertThat(batcher.next().orElseThrow().size()).isEqualTo(2);
        assertThat(batcher.remainder()).extracting(Batch::endpoint).containsExactly(Endpoint.PAYMENTS);
    }
}
