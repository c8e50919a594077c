package vn.dvc.bench.faults;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import vn.dvc.bench.stream.PortalItem;
import vn.dvc.bench.stream.PortalItem.DossierEvent;
import vn.dvc.bench.stream.PortalItem.Payment;
import vn.dvc.bench.stream.PortalItem.ReportSubmission;

/**
 * The ids a case's stream carries, counted from a twin of the stream (same seed, same decoration): every dossier
 * event, payment transaction and report the suite must end up holding exactly once, and how many items are sent.
 */
record Generated(Set<String> eventIds, Set<String> transactionIds, Set<String> reports, long items) {

    static Generated of(Iterator<PortalItem> twin) {
        Set<String> events = new HashSet<>();
        Set<String> transactions = new HashSet<>();
        Set<String> reports = new HashSet<>();
        long items = 0;
        while (twin.hasNext()) {
            PortalItem item = twin.next();
            items++;
            if (item instanceof DossierEvent event) {
                events.add(event.eventId());
            } else if (item instanceof Payment payment) {
                transactions.add(payment.transactionId());
            } else if (item instanceof ReportSubmission report) {
                reports.add(reportKey(report.formCode(), report.indicatorCode(), report.unitCode(), report.period()));
            }
        }
        return new Generated(events, transactions, reports, items);
    }

    static String reportKey(String form, String indicator, String unit, String period) {
        return form + "|" + (indicator == null ? "" : indicator) + "|" + unit + "|" + period;
    }
}
