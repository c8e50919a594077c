package vn.dvc.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * The online-only pilot (docs/counting-rules.md, "Online-only pilot"): from {@code from}, dossiers of the pilot's
 * services received by a unit inside the pilot's units (each with its subtree) may be received online only. Such a
 * receipt through any other channel is flagged; the indicator is online receipts ÷ all receipts of the pilot's
 * services in its units from that day, target 100 %.
 */
public record OnlineOnlyCompliance(LocalDate from, Set<String> services) {

    public static final String CODE = "ONLINE_ONLY_COMPLIANCE";
    public static final String ANOMALY = "OFFLINE_RECEIPT_IN_ONLINE_ONLY_PILOT";
    public static final String ANOMALY_LABEL = "Tiếp nhận không qua trực tuyến dịch vụ chỉ tiếp nhận trực tuyến (thí điểm)";

    /** Whether the pilot covers a receipt made by a unit inside its units. */
    public boolean covers(String serviceCode, LocalDate receivedDay) {
        return receivedDay != null && !receivedDay.isBefore(from) && services.contains(serviceCode);
    }

    /** Whether a receipt by a unit inside the pilot's units is flagged. */
    public boolean flags(String serviceCode, LocalDate receivedDay, String channel) {
        return covers(serviceCode, receivedDay) && !"ONLINE".equals(channel);
    }

    /** Over the covered receipts of a scope: the online ones ÷ all. */
    public static Ratio of(long onlineReceipts, long allReceipts) {
        return Ratio.of(onlineReceipts, allReceipts);
    }
}
