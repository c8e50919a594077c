package vn.dvc.kpi.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.dvc.kpi.store.RollupRebuilds;

/**
 * A database from before the subtree rows existed gets them once, at start-up, from the units' own rows; one from
 * before the year rows were dropped loses them (changeset kpi-17).
 */
@ApplicationScoped
public class RollupBackfill {

    private static final Logger LOG = Logger.getLogger(RollupBackfill.class);

    void onStart(@Observes StartupEvent started, RollupRebuilds rollups) {
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            if (rollups.needsRebuild()) {
                LOG.info("Building the subtree summary rows from the units' own rows");
                rollups.rebuild();
            }
        });
        if (rollups.removeYearRowsIfPending()) {
            LOG.info("Removed the year summary rows: years are read from their months");
        }
    }
}
