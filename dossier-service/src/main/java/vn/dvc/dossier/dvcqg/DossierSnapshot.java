package vn.dvc.dossier.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.problem.Violation;
import vn.dvc.rules.time.PortalTime;

/**
 * What the suite takes from one dossier of the national portal's sync payload ({@code DongBoHoSoMC}), in its own
 * field names (docs/dvcqg-sync.md). Only these fields are read; everything else — the applicant's name, e-mail, phone,
 * address and ID numbers among it — is never copied out of the request.
 */
public record DossierSnapshot(String maHoSo, String maTTHC, String donViXuLy, String kenhThucHien, int trangThaiHoSo,
                              Instant ngayTiepNhan, Instant ngayHenTra, Instant ngayKetThucXuLy, Instant ngayTra,
                              List<Supplement> supplements, boolean feeBearing, boolean digitised,
                              boolean electronicResult, DataUsed dataUsed) {

    /**
     * The codes of the population database in {@code DSKetNoiCSDL[].MaCSDL} (docs/dvcqg-sync.md: "7" in the one
     * published sample; not confirmed by a specification).
     */
    static final Set<String> POPULATION_DATABASE = Set.of("7");
    private static final Set<String> REUSED = Set.of("1", "2");

    /**
     * What the dossier took from data held before — facts only, never the identity numbers that say whose
     * ({@code DinhDanhCHS} is not read).
     *
     * @param reused            a component re-used from data digitised before ({@code TaiLieuNop[].DuocTaiSuDung} 1 or 2)
     * @param fromPersonalStore a component from the citizen's national data store ({@code TaiLieuNop[].DuocLayTuKhoDMQG} 1)
     * @param residentData      resident data used: a VNeID-verified account ({@code TaiKhoanDuocXacThucVoiVNeID} 1), a
     *                          component from the data store, or a link to the population database
     *                          ({@code DSKetNoiCSDL[].MaCSDL})
     */
    public record DataUsed(boolean reused, boolean fromPersonalStore, boolean residentData) {

        static DataUsed of(JsonNode node) {
            boolean reused = false;
            boolean fromStore = false;
            for (JsonNode input : node.path("TaiLieuNop")) {
                reused |= REUSED.contains(input.path("DuocTaiSuDung").asText());
                fromStore |= truthy(input.path("DuocLayTuKhoDMQG"));
            }
            boolean linked = false;
            for (JsonNode link : node.path("DSKetNoiCSDL")) {
                linked |= POPULATION_DATABASE.contains(link.path("MaCSDL").asText().trim());
            }
            return new DataUsed(reused, fromStore, fromStore || linked || truthy(node.path("TaiKhoanDuocXacThucVoiVNeID")));
        }
    }

    /** Received, then processing, supplement or payment requested, resolved, returned. */
    private static final Set<Integer> RECEIVED_STATUSES = Set.of(2, 4, 5, 6, 9, 10);
    /** Withdrawn, stopped, resolved, returned. */
    private static final Set<Integer> ENDED_STATUSES = Set.of(7, 8, 9, 10);

    /** Leaves room in an event id for the step and its time. */
    static final int MAX_DOSSIER_ID = 70;

    /** A supplement request: asked for at {@code requestedAt}, received at {@code receivedAt} with a new due time. */
    public record Supplement(Instant requestedAt, Instant receivedAt, Instant newDueAt) {
    }

    /** The snapshot, or the violations naming each bad field (by its DVCQG name). */
    public record Read(DossierSnapshot snapshot, List<Violation> violations) {

        public boolean readable() {
            return violations.isEmpty();
        }
    }

    public static Read read(JsonNode node) {
        List<Violation> violations = new ArrayList<>();
        if (node == null || !node.isObject()) {
            return new Read(null, List.of(new Violation("", "each dossier is a JSON object")));
        }
        String maHoSo = code(node, "MaHoSo", true, violations);
        if (maHoSo != null && maHoSo.length() > MAX_DOSSIER_ID) {
            violations.add(new Violation("MaHoSo", "is longer than " + MAX_DOSSIER_ID + " characters"));
        }
        String maTTHC = code(node, "MaTTHC", false, violations);
        String donViXuLy = code(node, "DonViXuLy", false, violations);
        String kenh = text(node, "KenhThucHien");
        if (kenh != null && !kenh.matches("[123]")) {
            violations.add(new Violation("KenhThucHien", "must be 1 (direct), 2 (online) or 3 (postal)"));
        }
        int status = status(node, violations);
        Instant received = time(node, "NgayTiepNhan", violations);
        Instant due = time(node, "NgayHenTra", violations);
        Instant ended = time(node, "NgayKetThucXuLy", violations);
        Instant returned = time(node, "NgayTra", violations);
        List<Supplement> supplements = supplements(node.path("DanhSachHoSoBoSung"), violations);
        boolean feeBearing = feeBearing(node.path("DanhSachLePhi"), violations);
        requiredForStatus(status, received, ended, returned, violations);
        return new Read(violations.isEmpty() ? new DossierSnapshot(maHoSo, maTTHC, donViXuLy, kenh, status, received, due,
                ended, returned, supplements, feeBearing, digitised(node),
                node.path("DanhSachGiayToKetQua").isArray() && !node.path("DanhSachGiayToKetQua").isEmpty(),
                DataUsed.of(node)) : null,
                List.copyOf(violations));
    }

    /** What each status needs to say when it happened: received ones their receipt, ended ones their end. */
    private static void requiredForStatus(int status, Instant received, Instant ended, Instant returned,
                                          List<Violation> violations) {
        if (RECEIVED_STATUSES.contains(status) && received == null) {
            violations.add(new Violation("NgayTiepNhan", "is required for status " + status));
        }
        if (ENDED_STATUSES.contains(status) && ended == null) {
            violations.add(new Violation("NgayKetThucXuLy", "is required for status " + status));
        }
        if (status == 10 && returned == null) {
            violations.add(new Violation("NgayTra", "is required for status 10 (result returned)"));
        }
    }

    private static int status(JsonNode node, List<Violation> violations) {
        Optional<Integer> code = statusCode(text(node, "TrangThaiHoSo"));
        if (code.isEmpty()) {
            violations.add(new Violation("TrangThaiHoSo", "must be a status code 1–10 (or its Vietnamese words)"));
            return 0;
        }
        return code.get();
    }

    /** A DVCQG status code 1–10, given as the code or as the words offices write for it ("Đã trả kết quả"). */
    static Optional<Integer> statusCode(String text) {
        if (text == null || text.isBlank() || text.length() > 60) {
            return Optional.empty();
        }
        String value = text.trim();
        if (value.matches("10|[1-9]")) {
            return Optional.of(Integer.parseInt(value));
        }
        return value.matches("\\d+") ? Optional.empty() : DossierStatus.parse(value).flatMap(DossierStatus::nationalCode);
    }

    private static List<Supplement> supplements(JsonNode list, List<Violation> violations) {
        List<Supplement> supplements = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return supplements;
        }
        if (!list.isArray()) {
            violations.add(new Violation("DanhSachHoSoBoSung", "must be an array"));
            return supplements;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String prefix = "DanhSachHoSoBoSung[" + i + "].";
            Instant requested = time(item, "NgayBoSung", prefix, violations);
            if (requested == null) {
                violations.add(new Violation(prefix + "NgayBoSung", "is required: when the supplement was requested"));
            }
            supplements.add(new Supplement(requested, time(item, "NgayTiepNhanBoSung", prefix, violations),
                    time(item, "NgayHenTraMoi", prefix, violations)));
        }
        return supplements;
    }

    /**
     * Fee-bearing when some fee is above zero: a list of zero fees is a free procedure. A fee that is not a number, or
     * is below zero, is refused naming it.
     */
    private static boolean feeBearing(JsonNode fees, List<Violation> violations) {
        boolean bearing = false;
        for (int i = 0; i < fees.size(); i++) {
            JsonNode price = fees.get(i).path("Gia");
            if (price.isMissingNode() || price.isNull()) {
                continue;
            }
            Optional<BigDecimal> amount = amount(price);
            if (amount.isEmpty() || amount.get().signum() < 0) {
                violations.add(new Violation("DanhSachLePhi[" + i + "].Gia", "must be an amount of đồng, zero or more"));
            } else {
                bearing |= amount.get().signum() > 0;
            }
        }
        return bearing;
    }

    private static Optional<BigDecimal> amount(JsonNode price) {
        if (price.isNumber()) {
            return Optional.of(price.decimalValue());
        }
        try {
            return Optional.of(new BigDecimal(price.asText().trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static boolean digitised(JsonNode node) {
        if (truthy(node.path("HoSoCoThanhPhanSoHoa"))) {
            return true;
        }
        for (JsonNode input : node.path("TaiLieuNop")) {
            if (truthy(input.path("DuocSoHoa"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean truthy(JsonNode value) {
        return value.asBoolean(false) || "1".equals(value.asText());
    }

    private static String code(JsonNode node, String field, boolean required, List<Violation> violations) {
        String value = text(node, field);
        if (value == null) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
            return null;
        }
        if (value.length() > 100 || !value.matches("[A-Za-z0-9._\\-/]+")) {
            violations.add(new Violation(field, "may contain only letters, digits, '.', '_', '-' and '/' (at most 100)"));
        }
        return value;
    }

    private static Instant time(JsonNode node, String field, List<Violation> violations) {
        return time(node, field, "", violations);
    }

    private static Instant time(JsonNode node, String field, String prefix, List<Violation> violations) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        Optional<Instant> parsed = value.length() > 40 ? Optional.empty() : PortalTime.parse(value);
        if (parsed.isEmpty()) {
            violations.add(new Violation(prefix + field, "is not a time (yyyyMMddHHmmss, local to Asia/Ho_Chi_Minh)"));
        }
        return parsed.orElse(null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }
}
