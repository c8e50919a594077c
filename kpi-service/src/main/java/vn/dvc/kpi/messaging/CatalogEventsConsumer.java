package vn.dvc.kpi.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.messaging.OnceOnlyBatches;
import vn.dvc.contracts.catalog.CatalogEvent;
import vn.dvc.contracts.catalog.ServiceChanged;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.kpi.store.KpiOfferings;
import vn.dvc.kpi.store.RollupRebuilds;

/**
 * Keeps kpi-service's copies of the unit tree and of the catalogue's offerings, once per event id; a change of the
 * tree moves the summary rows of the subtrees that moved.
 */
@ApplicationScoped
public class CatalogEventsConsumer {

    static final String CONSUMER = "kpi-catalog-events";

    private final OnceOnlyBatches batches;
    private final UnitCopy units;
    private final KpiOfferings offerings;
    private final RollupRebuilds rollups;

    public CatalogEventsConsumer(OnceOnlyBatches batches, UnitCopy units, KpiOfferings offerings, RollupRebuilds rollups) {
        this.batches = batches;
        this.units = units;
        this.offerings = offerings;
        this.rollups = rollups;
    }

    @Incoming("catalog-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, CatalogEvent.class, CatalogEvent::eventId, events -> {
            List<UnitChanged> unitChanges = events.stream().filter(UnitChanged.class::isInstance)
                    .map(UnitChanged.class::cast).toList();
            if (!unitChanges.isEmpty()) {
                rollups.lockTree();
                rollups.reattribute(units.apply(unitChanges));
            }
            offerings.apply(events.stream().filter(ServiceChanged.class::isInstance).map(ServiceChanged.class::cast).toList());
        });
    }
}
