package vn.dvc.bench.faults;

import java.time.LocalDate;
import vn.dvc.bench.driver.IngestStats;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.stream.PortalStream;

/** One case as it ran: its province and window, what it generated, what the load driver saw. */
record CaseRun(Province province, LocalDate from, LocalDate to, PortalStream stream, Generated generated,
               IngestStats ingest) {

    String namespace() {
        return province.namespace();
    }
}
