package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvc.contracts.dossier.DossierStatus;

/**
 * Reads the rows of one file of a kind: its header row tells which column is which field (unknown columns are left
 * out: a name or a phone number in an export is never read), then each row becomes the item the kind's endpoint takes,
 * or the reasons, in Vietnamese and by field, why it cannot. A reason names the field and the rule, never the cell's
 * content: a cell in the wrong column (a phone number shifted into a date's) must not reach the rejections file.
 */
public final class RowReader {

    private static final Set<String> YES = Set.of("1", "x", "co", "true", "yes", "y", "dung");
    private static final Set<String> NO = Set.of("0", "khong", "false", "no", "n", "sai");

    private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** No field of any kind needs more; a longer cell is refused before it is copied. */
    static final int MAX_CELL = 1000;

    private final ImportKind kind;
    private final Map<Integer, ImportKind.Field> byColumn;

    private RowReader(ImportKind kind, Map<Integer, ImportKind.Field> byColumn) {
        this.kind = kind;
        this.byColumn = byColumn;
    }

    /** The reader of a file with these headers, or the fields it lacks. */
    public static Header of(ImportKind kind, List<String> headers) {
        HeaderNames names = kind.headerNames();
        Map<Integer, ImportKind.Field> byColumn = new HashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            int at = column;
            names.fieldOf(headers.get(column)).flatMap(name -> kind.fields().stream().filter(f -> f.name().equals(name)).findFirst())
                    .filter(field -> !byColumn.containsValue(field)).ifPresent(field -> byColumn.put(at, field));
        }
        List<String> missing = kind.fields().stream().filter(ImportKind.Field::required)
                .filter(field -> !byColumn.containsValue(field)).map(ImportKind.Field::name).toList();
        return new Header(missing.isEmpty() ? new RowReader(kind, byColumn) : null, missing);
    }

    /**
     * The kind a file's headers are, when the caller did not say: of the kinds whose required fields all have a
     * column, the one that recognises the most columns; empty when none, or when two recognise as many.
     */
    public static Optional<ImportKind> kindOf(List<String> headers) {
        List<Header> complete = ImportKind.ALL.stream().map(kind -> of(kind, headers)).filter(header -> header.reader() != null)
                .sorted(Comparator.comparingInt((Header header) -> header.reader().byColumn.size()).reversed()).toList();
        if (complete.isEmpty() || complete.size() > 1 && complete.get(0).reader().byColumn.size() == complete.get(1).reader().byColumn.size()) {
            return Optional.empty();
        }
        return Optional.of(complete.get(0).reader().kind);
    }

    public ImportKind kind() {
        return kind;
    }

    /** A file's header row read: the reader, or the required fields no column names. */
    public record Header(RowReader reader, List<String> missingFields) {
    }

    /** One row read: the item, or each field's problem. */
    public record Row(ObjectNode item, List<Reason> reasons) {
    }

    /** Why a field of a row cannot be taken, in Vietnamese (for the rejections file). */
    public record Reason(String field, String reason) {
    }

    public Row read(List<String> cells) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        List<Reason> reasons = new ArrayList<>();
        byColumn.forEach((column, field) -> {
            String cell = column < cells.size() && cells.get(column) != null ? cells.get(column).trim() : "";
            if (cell.isEmpty()) {
                return;
            }
            Optional<String> problem = cell.length() > MAX_CELL ? Optional.of("dài quá " + MAX_CELL + " ký tự")
                    : put(item, field, cell);
            problem.ifPresent(reason -> reasons.add(new Reason(field.name(), reason)));
        });
        kind.fields().stream().filter(ImportKind.Field::required).filter(field -> !item.has(field.name()))
                .filter(field -> reasons.stream().noneMatch(reason -> reason.field().equals(field.name())))
                .forEach(field -> reasons.add(new Reason(field.name(), "thiếu giá trị")));
        return reasons.isEmpty() ? new Row(item, List.of()) : new Row(null, List.copyOf(reasons));
    }

    private static Optional<String> put(ObjectNode item, ImportKind.Field field, String cell) {
        switch (field.type()) {
            case TIME, PORTAL_TIME -> {
                var time = ImportTimes.parse(cell);
                if (time.isEmpty()) {
                    return Optional.of("không phải thời điểm (dd/MM/yyyy HH:mm, yyyyMMddHHmmss hoặc ISO-8601)");
                }
                item.put(field.name(), time.get().format(field.type() == ImportKind.Type.TIME ? DateTimeFormatter.ISO_OFFSET_DATE_TIME : PORTAL));
            }
            case DATE -> {
                var time = ImportTimes.parse(cell);
                if (time.isEmpty()) {
                    return Optional.of("không phải ngày (dd/MM/yyyy)");
                }
                item.put(field.name(), time.get().toLocalDate().toString());
            }
            case BOOLEAN -> {
                String key = HeaderNames.key(cell);
                if (YES.contains(key)) {
                    item.put(field.name(), true);
                } else if (NO.contains(key)) {
                    item.put(field.name(), false);
                } else {
                    return Optional.of("không phải có/không (1, x, có, true / 0, không, false)");
                }
            }
            case NUMBER, AMOUNT -> {
                Optional<BigDecimal> number = number(cell);
                if (number.isEmpty()) {
                    return Optional.of(field.type() == ImportKind.Type.AMOUNT ? "không phải số tiền hay số lượng (số không âm)" : "không phải số");
                }
                if (field.type() == ImportKind.Type.AMOUNT && number.get().signum() < 0) {
                    return Optional.of("là số âm: phải là số không âm");
                }
                if (number.get().stripTrailingZeros().scale() <= 0) {
                    item.put(field.name(), number.get().longValueExact());
                } else {
                    item.put(field.name(), number.get());
                }
            }
            case STATUS -> {
                Optional<DossierStatus> status = DossierStatus.parse(cell);
                if (status.isEmpty()) {
                    return Optional.of("không phải trạng thái: tên trạng thái, mã 1–10 của Cổng DVCQG hoặc cách viết tiếng Việt "
                            + "(Đã tiếp nhận, Đang xử lý, Hoàn thành, Đã trả kết quả…)");
                }
                item.put(field.name(), status.get().name());
            }
            default -> item.put(field.name(), cell);
        }
        return Optional.empty();
    }

    /** "50.000", "50 000" and "1,5" as Vietnamese write them. */
    private static Optional<BigDecimal> number(String cell) {
        try {
            BigDecimal number = new BigDecimal(cell.replace(" ", "").replace(".", "").replace(',', '.'));
            if (number.stripTrailingZeros().scale() <= 0) {
                number.longValueExact();
            }
            return Optional.of(number);
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return Optional.empty();
        }
    }
}
