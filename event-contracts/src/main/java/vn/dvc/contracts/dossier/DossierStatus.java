package vn.dvc.contracts.dossier;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The statuses a portal may send, by name or by their DVCQG code 1–10 (docs/counting-rules.md, "Integrations": 1 Mới đăng ký …
 * 10 Đã trả kết quả). The statuses without a code are the suite's own transitions. The declaration order is the
 * lifecycle order that breaks ties between events of the same time.
 */
public enum DossierStatus {
    SUBMITTED(1), RECEIVED(2), REJECTED(3), PROCESSING(4), SUPPLEMENT_REQUESTED(5), SUPPLEMENT_RECEIVED(null),
    PAYMENT_REQUESTED(6), WITHDRAWN(7), STOPPED(8), RESOLVED(9), RETURNED(10), EXTENDED(null), APOLOGY_ISSUED(null),
    DIGITISED(null);

    private static final Set<DossierStatus> ANNOTATIONS = EnumSet.of(EXTENDED, APOLOGY_ISSUED, DIGITISED);
    private static final Set<DossierStatus> ENDS_UNRESOLVED = EnumSet.of(REJECTED, WITHDRAWN, STOPPED);
    /** What an officer does while handling a dossier: none of it belongs after the result. */
    private static final Set<DossierStatus> HANDLING = EnumSet.of(PROCESSING, SUPPLEMENT_REQUESTED,
            SUPPLEMENT_RECEIVED, PAYMENT_REQUESTED, EXTENDED, APOLOGY_ISSUED, STOPPED, WITHDRAWN, REJECTED);

    private final Integer nationalCode;

    DossierStatus(Integer nationalCode) {
        this.nationalCode = nationalCode;
    }

    /** Accepts {@code "RESOLVED"}, {@code "resolved"}, {@code "9"} (or the JSON number 9, read as text). */
    public static Optional<DossierStatus> parse(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        String value = nameOrCode.trim();
        if (value.matches("\\d{1,2}")) {
            int code = Integer.parseInt(value);
            return Arrays.stream(values()).filter(status -> status.nationalCode != null && status.nationalCode == code).findFirst();
        }
        return Arrays.stream(values()).filter(status -> status.name().equals(value.toUpperCase(Locale.ROOT))).findFirst();
    }

    /** The statuses that open a dossier and must name its unit, service and channel. */
    public boolean opensDossier() {
        return this == SUBMITTED || this == RECEIVED;
    }

    /** Events that record something about the dossier without moving it to another status. */
    public boolean isAnnotation() {
        return ANNOTATIONS.contains(this);
    }

    /** Counting rules v1, "End": these end a dossier without resolving it. */
    public boolean endsUnresolved() {
        return ENDS_UNRESOLVED.contains(this);
    }

    public boolean isHandling() {
        return HANDLING.contains(this);
    }
}
