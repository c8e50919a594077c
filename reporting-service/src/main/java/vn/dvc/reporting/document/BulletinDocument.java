package vn.dvc.reporting.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.reporting.config.BulletinConfig;
import vn.dvc.reporting.model.BulletinView.IndicatorLine;
import vn.dvc.reporting.model.BulletinView.Section;
import vn.dvc.reporting.model.BulletinView.UnitLine;
import vn.dvc.reporting.model.BulletinView;
import vn.dvc.reporting.rules.VietnameseLabels;
import vn.dvc.reporting.service.BulletinSheets;
import vn.dvc.reporting.sheet.Table;
import vn.dvc.rules.CopiedUnit;

/**
 * The bulletin as the steering committee's document (docs/operations.md, "The bulletin as a document"): laid out as
 * Decree 30/2020 lays out an administrative report — the bodies and the national motto in the header, number and
 * symbol, place and date, the title, the body with its tables and charts, "Nơi nhận" and the signature block — in Times
 * New Roman on A4. Every number is the bulletin's own.
 */
@ApplicationScoped
public class BulletinDocument {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String FONT = "Times New Roman";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    // A4 in twentieths of a point; margins 20 mm top and bottom, 30 mm left, 15 mm right (Decree 30/2020, appendix I)
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final long TEXT_WIDTH = A4_WIDTH - 1701 - 851;
    private static final int CHART_WIDTH_CM = 16;

    private final BulletinConfig.Document config;
    private final UnaryOperator<String> nameOfUnit;

    @Inject
    public BulletinDocument(BulletinConfig config, UnitCopy units) {
        this(config.document(), code -> {
            CopiedUnit unit = units.byCodes(List.of(code)).get(code);
            return unit == null ? code : unit.name();
        });
    }

    BulletinDocument(BulletinConfig.Document config, UnaryOperator<String> nameOfUnit) {
        this.config = config;
        this.nameOfUnit = nameOfUnit;
    }

    public byte[] of(BulletinView bulletin) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            String province = bulletin.province() == null ? null : nameOfUnit.apply(bulletin.province());
            heading(document, bulletin, province);
            body(document, bulletin);
            signature(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(851));
    }

    /** The two columns above the title: the bodies, number and symbol; the motto, place and date. */
    private void heading(XWPFDocument document, BulletinView bulletin, String province) {
        XWPFTable header = document.createTable(3, 2);
        borderless(header);
        columns(header, 0.4, 0.6);
        String parent = config.parentBody().orElse(province == null ? "ỦY BAN NHÂN DÂN TỈNH" : "UBND " + province.toUpperCase(VIETNAMESE));
        cell(header, 0, 0, parent, false, false, 13);
        cell(header, 1, 0, config.issuer(), true, false, 13);
        cell(header, 2, 0, "Số: " + bulletin.id() + "/" + config.symbol(), false, false, 13);
        cell(header, 0, 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12);
        cell(header, 1, 1, "Độc lập - Tự do - Hạnh phúc", true, false, 13);
        LocalDate made = bulletin.madeAt().toLocalDate();
        cell(header, 2, 1, place(province) + ", ngày " + String.format("%02d", made.getDayOfMonth()) + " tháng "
                + String.format("%02d", made.getMonthValue()) + " năm " + made.getYear(), false, true, 13);
        paragraph(document, "", false, false, ParagraphAlignment.CENTER, 13);
        paragraph(document, "BÁO CÁO", true, false, ParagraphAlignment.CENTER, 14);
        paragraph(document, "Tiến độ thực hiện chiến dịch " + bulletin.campaign() + " đến hết ngày " + DAY.format(bulletin.asOf()),
                true, false, ParagraphAlignment.CENTER, 14);
    }

    private String place(String province) {
        return config.place().orElse(province == null ? "" : province.replaceFirst("^(?i)(tỉnh|thành phố)\\s+", ""));
    }

    private void body(XWPFDocument document, BulletinView bulletin) {
        paragraph(document, "Thực hiện Kế hoạch số 170/KH-UBND ngày 01/6/2022 của Ủy ban nhân dân tỉnh, " + sentenceCase(config.issuer())
                + " báo cáo tiến độ thực hiện (số liệu từ ngày " + DAY.format(bulletin.from()) + " đến hết ngày "
                + DAY.format(bulletin.asOf()) + ", lập lúc " + MADE_AT.format(bulletin.madeAt()) + ") như sau:",
                false, false, ParagraphAlignment.BOTH, 13);
        List<Section> sections = bulletin.sections().stream().filter(section -> !section.units().isEmpty()).toList();
        paragraph(document, "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", true, false, ParagraphAlignment.LEFT, 13);
        targets(document, sections);
        paragraph(document, "II. XẾP HẠNG CÁC ĐƠN VỊ", true, false, ParagraphAlignment.LEFT, 13);
        int number = 1;
        for (Section section : sections) {
            paragraph(document, "Bảng 2." + number++ + ". " + section.title() + " (xếp theo " + VietnameseLabels
                    .indicator(section.indicatorCodes().get(0)).toLowerCase(VIETNAMESE) + "; trong ngoặc: thứ hạng)",
                    false, true, ParagraphAlignment.LEFT, 12);
            ranking(document, section);
        }
        paragraph(document, "III. BIỂU ĐỒ CÁC CHỈ TIÊU", true, false, ParagraphAlignment.LEFT, 13);
        sections.stream().filter(section -> section.tier() == Tier.DISTRICT).findFirst()
                .or(() -> sections.stream().findFirst())
                .ifPresentOrElse(section -> charts(document, section),
                        () -> paragraph(document, "Chưa có đơn vị nào có số liệu.", false, true, ParagraphAlignment.LEFT, 13));
        paragraph(document, "IV. NHIỆM VỤ QUÁ HẠN", true, false, ParagraphAlignment.LEFT, 13);
        table(document, bulletin.overdueTasks() == null ? null : BulletinSheets.overdueTasks(bulletin), "Không có nhiệm vụ quá hạn.");
        paragraph(document, "V. CẢNH BÁO NGUỒN DỮ LIỆU", true, false, ParagraphAlignment.LEFT, 13);
        table(document, bulletin.sources() == null ? null : BulletinSheets.sources(bulletin), "Không có cảnh báo.");
    }

    /** Table 1: each indicator's target and, per section, the units meeting it of those with a figure. */
    private static void targets(XWPFDocument document, List<Section> sections) {
        List<String> codes = sections.isEmpty() ? List.of() : sections.get(0).indicatorCodes();
        List<String> headers = new ArrayList<>(List.of("STT", "Chỉ tiêu", "Mục tiêu"));
        sections.forEach(section -> headers.add(section.title() + ": số đơn vị đạt / có số liệu"));
        List<List<String>> rows = new ArrayList<>();
        for (String code : codes) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(rows.size() + 1), VietnameseLabels.indicator(code),
                    target(sections, code)));
            for (Section section : sections) {
                long judged = section.units().stream().map(unit -> unit.line(code)).filter(line -> line != null && line.met() != null).count();
                long met = section.units().stream().map(unit -> unit.line(code)).filter(line -> line != null && Boolean.TRUE.equals(line.met())).count();
                row.add(met + " / " + judged);
            }
            rows.add(row);
        }
        paragraph(document, "Bảng 1. Các chỉ tiêu của Kế hoạch", false, true, ParagraphAlignment.LEFT, 12);
        grid(document, headers, rows);
    }

    private static String target(List<Section> sections, String code) {
        return sections.stream().flatMap(section -> section.units().stream()).map(unit -> unit.line(code))
                .filter(line -> line != null && line.target() != null).findFirst()
                .map(line -> DocumentText.number(line.target()) + (line.percent() != null ? " %" : "")).orElse("—");
    }

    /** A section's units by the rank of its first indicator, each indicator's figure with its rank in brackets. */
    private static void ranking(XWPFDocument document, Section section) {
        List<String> codes = section.indicatorCodes();
        List<String> headers = new ArrayList<>(List.of("STT", "Đơn vị"));
        codes.forEach(code -> headers.add(VietnameseLabels.indicator(code)));
        headers.add("Hồ sơ quá hạn");
        List<UnitLine> ordered = section.units().stream().sorted(Comparator.comparing((UnitLine unit) -> {
            IndicatorLine first = unit.line(codes.get(0));
            return first == null || first.rank() == null ? Integer.MAX_VALUE : first.rank();
        })).toList();
        List<List<String>> rows = new ArrayList<>();
        for (UnitLine unit : ordered) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(rows.size() + 1), unit.unitName() == null ? unit.unitCode() : unit.unitName()));
            for (String code : codes) {
                IndicatorLine line = unit.line(code);
                row.add(line == null || line.figure() == null ? "—"
                        : DocumentText.number(line.figure()) + (line.rank() == null ? "" : " (" + line.rank() + ")"));
            }
            row.add(String.valueOf(unit.openOverdue()));
            rows.add(row);
        }
        grid(document, headers, rows);
    }

    private static void charts(XWPFDocument document, Section section) {
        for (String code : section.indicatorCodes()) {
            XWPFParagraph holder = document.createParagraph();
            holder.setAlignment(ParagraphAlignment.CENTER);
            try {
                int width = CHART_WIDTH_CM * Units.EMU_PER_CENTIMETER;
                holder.createRun().addPicture(new ByteArrayInputStream(BulletinCharts.png(section, code)), XWPFDocument.PICTURE_TYPE_PNG,
                        code + ".png", width, width * BulletinCharts.HEIGHT / BulletinCharts.WIDTH);
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException impossible) {
                throw new IllegalStateException(impossible);
            }
            paragraph(document, "Biểu đồ: " + VietnameseLabels.indicator(code) + " – " + section.title(), false, true,
                    ParagraphAlignment.CENTER, 11);
        }
    }

    /** A workbook table of the bulletin as a Word table, or a sentence when it has no rows. */
    private static void table(XWPFDocument document, Table table, String none) {
        if (table == null || table.rows().isEmpty()) {
            paragraph(document, none, false, true, ParagraphAlignment.LEFT, 13);
            return;
        }
        List<List<String>> rows = table.rows().stream().map(row -> row.stream()
                .map(cell -> cell == null ? "" : cell instanceof Number number ? DocumentText.number(number) : cell.toString()).toList())
                .toList();
        grid(document, table.headers(), rows);
    }

    private void signature(XWPFDocument document) {
        paragraph(document, "", false, false, ParagraphAlignment.LEFT, 13);
        XWPFTable block = document.createTable(1, 2);
        borderless(block);
        XWPFTableCell recipients = block.getRow(0).getCell(0);
        write(recipients.getParagraphs().get(0), "Nơi nhận:", true, true, 12);
        for (String line : List.of("- Ủy ban nhân dân tỉnh (b/c);", "- Các sở, ban, ngành tỉnh;",
                "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT.")) {
            write(recipients.addParagraph(), line, false, false, 11);
        }
        XWPFTableCell signer = block.getRow(0).getCell(1);
        XWPFParagraph on = signer.getParagraphs().get(0);
        on.setAlignment(ParagraphAlignment.CENTER);
        write(on, "TM. " + config.issuer().replaceFirst("(?i)^ban chỉ đạo.*", "BAN CHỈ ĐẠO"), true, false, 13);
        XWPFParagraph title = signer.addParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        write(title, config.signerTitle(), true, false, 13);
    }

    private static void grid(XWPFDocument document, List<String> headers, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        // a narrow number, a wide name, the figures sharing the rest
        double[] shares = new double[headers.size()];
        for (int column = 0; column < shares.length; column++) {
            shares[column] = column == 0 ? 0.08 : column == 1 ? 0.24 : 0.68 / (shares.length - 2);
        }
        columns(table, shares);
        for (int column = 0; column < headers.size(); column++) {
            XWPFParagraph paragraph = table.getRow(0).getCell(column).getParagraphs().get(0);
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            write(paragraph, headers.get(column), true, false, 11);
        }
        for (int row = 0; row < rows.size(); row++) {
            XWPFTableRow line = table.getRow(row + 1);
            for (int column = 0; column < headers.size(); column++) {
                write(line.getCell(column).getParagraphs().get(0), rows.get(row).get(column), false, false, 11);
            }
        }
        paragraph(document, "", false, false, ParagraphAlignment.LEFT, 6);
    }

    /** Column widths as shares of the text's width, in the table's grid (what Word and LibreOffice lay out by). */
    private static void columns(XWPFTable table, double... shares) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int column = 0; column < shares.length; column++) {
            long twips = Math.round(TEXT_WIDTH * shares[column]);
            grid.addNewGridCol().setW(BigInteger.valueOf(twips));
            for (XWPFTableRow row : table.getRows()) {
                row.getCell(column).setWidth(String.valueOf(twips));
            }
        }
    }

    private static void borderless(XWPFTable table) {
        table.setWidth("100%");
        table.removeBorders();
    }

    private static void cell(XWPFTable table, int row, int column, String text, boolean bold, boolean italic, int size) {
        XWPFParagraph paragraph = table.getRow(row).getCell(column).getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        write(paragraph, text, bold, italic, size);
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, boolean italic, ParagraphAlignment alignment,
                                  int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        write(paragraph, text, bold, italic, size);
    }

    private static void write(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    private static String sentenceCase(String caps) {
        String lower = caps.toLowerCase(VIETNAMESE);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1)
                .replace("dvctt", "DVCTT");
    }
}
