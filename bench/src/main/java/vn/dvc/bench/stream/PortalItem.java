package vn.dvc.bench.stream;

import java.time.Instant;
import java.time.LocalDate;

/** Something the portal pushes, at the moment it happens: a dossier event, a payment, a report, a unit's total. */
public sealed interface PortalItem {

    Instant at();

    /**
     * One dossier lifecycle event, as {@code POST /dossier-events} takes it. {@code late} is the generator's own
     * knowledge, never sent: whether the dossier this {@code RESOLVED} ends was made late.
     */
    record DossierEvent(Instant at, String eventId, String dossierId, String status, String unitCode,
                        String receivedAtUnitCode, String serviceCode, String channel, Instant dueAt, Instant newDueAt,
                        Boolean inputsDigitised, Boolean feeRequired, Boolean electronicResult, String reason,
                        boolean late) implements PortalItem {

        public static DossierEvent of(Instant at, String eventId, String dossierId, String status) {
            return new DossierEvent(at, eventId, dossierId, status, null, null, null, null, null, null, null, null,
                    null, null, false);
        }
    }

    /** One report of an online payment transaction's status, as {@code POST /payments} takes it. */
    record Payment(Instant at, String transactionId, String dossierId, String unitCode, String field, String kind,
                   long amountVnd, String status, String provider) implements PortalItem {
    }

    /** A unit's report for one period instance of a form, as {@code POST /report-submissions} takes it. */
    record ReportSubmission(Instant at, String formCode, String indicatorCode, String unitCode, String period,
                            String channel) implements PortalItem {
    }

    /** A unit's own count of the dossiers it received in {@code [from, to)}, as {@code POST /dossier-totals} takes it. */
    record DossierTotal(Instant at, String unitCode, LocalDate from, LocalDate to, long total) implements PortalItem {
    }
}
