package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.util.List;

/** The pilot's receipts through another channel than online, a page of them, the latest first. */
public record FlaggedReceipts(String campaign, String kind, String label, long total, int page, int size,
                              List<FlaggedReceipt> items) {

    public record FlaggedReceipt(String dossierId, String unit, String service, String channel, LocalDate receivedDay) {
    }
}
