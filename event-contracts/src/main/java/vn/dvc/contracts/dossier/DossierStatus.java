package vn.dvc.contracts.dossier;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    DIGITISED(null),
    /** The result was issued electronically (the national portal's result documents): told apart from its step. */
    ELECTRONIC_RESULT(null),
    /** The procedure charges the dossier a fee (the national portal's fee list): told apart from the receipt. */
    FEE_REQUIRED(null),
    /** A component was re-used from data digitised before (DVCQG {@code TaiLieuNop[].DuocTaiSuDung} 1 or 2). */
    DATA_REUSED(null),
    /** A component was taken from the citizen's national data store (DVCQG {@code TaiLieuNop[].DuocLayTuKhoDMQG} 1). */
    FROM_PERSONAL_STORE(null),
    /**
     * Resident data was used: the applicant's account verified with VNeID, a component from the national data store,
     * or a link to the population database (DVCQG {@code TaiKhoanDuocXacThucVoiVNeID}, {@code DSKetNoiCSDL[].MaCSDL}).
     */
    RESIDENT_DATA_USED(null),
    /** The applicant rated the handling (DanhGia); the latest rating by its own time is the dossier's. */
    RATED_VERY_SATISFIED(null), RATED_SATISFIED(null), RATED_UNSATISFIED(null),
    /** A feedback item (phản ánh, kiến nghị) was raised about the dossier. */
    FEEDBACK_RAISED(null),
    /**
     * An electronic certified copy was made from an original for the dossier (one-stop systems: a certification dossier,
     * {@code LaHoSoChungThuc}, with a component {@code DaChungThucDienTu}): its unit offers e-certified copies.
     */
    E_CERTIFIED_COPY(null);

    private static final Set<DossierStatus> ANNOTATIONS = EnumSet.of(EXTENDED, APOLOGY_ISSUED, DIGITISED, ELECTRONIC_RESULT,
            FEE_REQUIRED, DATA_REUSED, FROM_PERSONAL_STORE, RESIDENT_DATA_USED, RATED_VERY_SATISFIED, RATED_SATISFIED,
            RATED_UNSATISFIED, FEEDBACK_RAISED, E_CERTIFIED_COPY);
    private static final Set<DossierStatus> ENDS_UNRESOLVED = EnumSet.of(REJECTED, WITHDRAWN, STOPPED);
    /** What an officer does while handling a dossier: none of it belongs after the result. */
    private static final Set<DossierStatus> HANDLING = EnumSet.of(PROCESSING, SUPPLEMENT_REQUESTED,
            SUPPLEMENT_RECEIVED, PAYMENT_REQUESTED, EXTENDED, APOLOGY_ISSUED, STOPPED, WITHDRAWN, REJECTED);

    /**
     * The words offices' registers and exports use for each status (the DVCQG names of the codes and their common
     * variants), compared without diacritics, case, spaces or punctuation.
     */
    private static final Map<String, DossierStatus> WORDS = words(Map.ofEntries(
            Map.entry(SUBMITTED, List.of("Mới đăng ký", "Đăng ký mới", "Đã nộp", "Chờ tiếp nhận")),
            Map.entry(RECEIVED, List.of("Được tiếp nhận", "Đã tiếp nhận", "Tiếp nhận", "Mới tiếp nhận")),
            Map.entry(REJECTED, List.of("Không được tiếp nhận", "Từ chối tiếp nhận", "Không tiếp nhận", "Từ chối")),
            Map.entry(PROCESSING, List.of("Đang xử lý", "Đang giải quyết", "Đang thụ lý")),
            Map.entry(SUPPLEMENT_REQUESTED, List.of("Yêu cầu bổ sung", "Yêu cầu bổ sung hồ sơ", "Chờ bổ sung")),
            Map.entry(SUPPLEMENT_RECEIVED, List.of("Đã bổ sung", "Tiếp nhận bổ sung", "Đã nhận bổ sung")),
            Map.entry(PAYMENT_REQUESTED, List.of("Yêu cầu thực hiện nghĩa vụ tài chính", "Chờ thực hiện nghĩa vụ tài chính",
                    "Chờ thanh toán", "Yêu cầu nộp phí")),
            Map.entry(WITHDRAWN, List.of("Công dân yêu cầu rút hồ sơ", "Rút hồ sơ", "Đã rút hồ sơ", "Đã rút")),
            Map.entry(STOPPED, List.of("Dừng xử lý", "Đã dừng xử lý", "Dừng giải quyết", "Tạm dừng")),
            Map.entry(RESOLVED, List.of("Đã xử lý xong", "Hoàn thành", "Đã hoàn thành", "Đã giải quyết", "Đã có kết quả",
                    "Có kết quả", "Xử lý xong")),
            Map.entry(RETURNED, List.of("Đã trả kết quả", "Trả kết quả", "Đã trả")),
            Map.entry(EXTENDED, List.of("Gia hạn", "Đã gia hạn")),
            Map.entry(APOLOGY_ISSUED, List.of("Xin lỗi", "Thư xin lỗi", "Văn bản xin lỗi", "Đã xin lỗi")),
            Map.entry(DIGITISED, List.of("Số hóa", "Đã số hóa")),
            Map.entry(ELECTRONIC_RESULT, List.of("Kết quả điện tử", "Trả kết quả điện tử")),
            Map.entry(FEE_REQUIRED, List.of("Có lệ phí", "Thu phí, lệ phí")),
            Map.entry(DATA_REUSED, List.of("Tái sử dụng dữ liệu", "Tái sử dụng dữ liệu số hóa")),
            Map.entry(FROM_PERSONAL_STORE, List.of("Lấy từ kho dữ liệu", "Kho quản lý dữ liệu điện tử")),
            Map.entry(RESIDENT_DATA_USED, List.of("Khai thác dữ liệu dân cư", "Xác thực VNeID")),
            Map.entry(RATED_VERY_SATISFIED, List.of("Rất hài lòng")),
            Map.entry(RATED_SATISFIED, List.of("Hài lòng")),
            Map.entry(RATED_UNSATISFIED, List.of("Không hài lòng")),
            Map.entry(FEEDBACK_RAISED, List.of("Phản ánh, kiến nghị", "Có phản ánh kiến nghị")),
            Map.entry(E_CERTIFIED_COPY, List.of("Chứng thực điện tử", "Chứng thực bản sao điện tử"))));

    private final Integer nationalCode;

    DossierStatus(Integer nationalCode) {
        this.nationalCode = nationalCode;
    }

    /**
     * Accepts {@code "RESOLVED"}, {@code "resolved"}, {@code "9"} (or the JSON number 9, read as text), and the
     * Vietnamese words for it with or without diacritics, in any case ({@code "Hoàn thành"}, {@code "HOAN THANH"}).
     */
    public static Optional<DossierStatus> parse(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        String value = nameOrCode.trim();
        if (value.matches("\\d{1,2}")) {
            int code = Integer.parseInt(value);
            return Arrays.stream(values()).filter(status -> status.nationalCode != null && status.nationalCode == code).findFirst();
        }
        Optional<DossierStatus> named = Arrays.stream(values()).filter(status -> status.name().equals(value.toUpperCase(Locale.ROOT))).findFirst();
        return named.isPresent() ? named : Optional.ofNullable(WORDS.get(wordKey(value)));
    }

    /** The rating a {@code RATED_…} status gives; empty for every other status. */
    public Optional<Rating> rating() {
        return switch (this) {
            case RATED_VERY_SATISFIED -> Optional.of(Rating.VERY_SATISFIED);
            case RATED_SATISFIED -> Optional.of(Rating.SATISFIED);
            case RATED_UNSATISFIED -> Optional.of(Rating.UNSATISFIED);
            default -> Optional.empty();
        };
    }

    /** The DVCQG code 1–10, for the statuses that have one. */
    public Optional<Integer> nationalCode() {
        return Optional.ofNullable(nationalCode);
    }

    private static Map<String, DossierStatus> words(Map<DossierStatus, List<String>> wordsByStatus) {
        Map<String, DossierStatus> byKey = new HashMap<>();
        wordsByStatus.forEach((status, words) -> words.forEach(word -> byKey.put(wordKey(word), status)));
        return Map.copyOf(byKey);
    }

    /** "Đã trả kết quả" → "datraketqua": no diacritics, đ as d, lower case, letters and digits only. */
    private static String wordKey(String text) {
        String stripped = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
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
