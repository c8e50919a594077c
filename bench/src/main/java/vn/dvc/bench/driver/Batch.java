package vn.dvc.bench.driver;

import java.util.List;
import vn.dvc.bench.stream.PortalItem;

/** Items for one request to one endpoint: a batch of one kind, or a single dossier total. */
public record Batch(Endpoint endpoint, List<PortalItem> items) {

    public enum Endpoint {
        DOSSIER_EVENTS("/dossier-events/batch"), PAYMENTS("/payments/batch"),
        REPORT_SUBMISSIONS("/report-submissions/batch"), DOSSIER_TOTAL("/dossier-totals");

        private final String path;

        Endpoint(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public int size() {
        return items.size();
    }
}
