package vn.dvc.bench.stream;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import vn.dvc.bench.stream.PortalItem.DossierEvent;
import vn.dvc.bench.stream.PortalItem.DossierTotal;
import vn.dvc.bench.stream.PortalItem.Payment;
import vn.dvc.bench.stream.PortalItem.ReportSubmission;

/**
 * What the generator knows the suite must show once every item it emitted is counted: for the province over the
 * stream's window, dossiers received (and online), resolved (and late), successful online payments and their amount;
 * and how many items of each kind were sent. Known by construction, not by re-applying the counting rules.
 */
public final class Expected {

    public enum Kind { DOSSIER_EVENT, PAYMENT, REPORT_SUBMISSION, DOSSIER_TOTAL }

    private final Map<Kind, Long> items = new EnumMap<>(Kind.class);
    private long received;
    private long receivedOnline;
    private long resolved;
    private long resolvedLate;
    private long payments;
    private BigInteger paymentAmount = BigInteger.ZERO;

    void count(PortalItem item) {
        if (item instanceof DossierEvent event) {
            items.merge(Kind.DOSSIER_EVENT, 1L, Long::sum);
            if (event.status().equals("RECEIVED")) {
                received++;
                receivedOnline += "ONLINE".equals(event.channel()) ? 1 : 0;
            } else if (event.status().equals("RESOLVED")) {
                resolved++;
                resolvedLate += event.late() ? 1 : 0;
            }
        } else if (item instanceof Payment payment) {
            items.merge(Kind.PAYMENT, 1L, Long::sum);
            int sign = switch (payment.status()) {
                case "SUCCESS" -> 1;
                case "REFUNDED" -> -1;
                default -> 0;
            };
            payments += sign;
            paymentAmount = paymentAmount.add(BigInteger.valueOf(sign * payment.amountVnd()));
        } else if (item instanceof ReportSubmission) {
            items.merge(Kind.REPORT_SUBMISSION, 1L, Long::sum);
        } else if (item instanceof DossierTotal) {
            items.merge(Kind.DOSSIER_TOTAL, 1L, Long::sum);
        }
    }

    public long items(Kind kind) {
        return items.getOrDefault(kind, 0L);
    }

    public long received() {
        return received;
    }

    public long receivedOnline() {
        return receivedOnline;
    }

    public long resolved() {
        return resolved;
    }

    public long resolvedLate() {
        return resolvedLate;
    }

    public long payments() {
        return payments;
    }

    public BigInteger paymentAmount() {
        return paymentAmount;
    }
}
