package vn.dvc.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.reporting.config.BulletinConfig;
import vn.dvc.reporting.model.BulletinView.IndicatorLine;
import vn.dvc.reporting.model.BulletinView.Section;
import vn.dvc.reporting.model.BulletinView.Sources;
import vn.dvc.reporting.model.BulletinView.UnitLine;
import vn.dvc.reporting.model.BulletinView;

class BulletinDocumentTest {

    private static final BulletinConfig.Document DEFAULTS = new BulletinConfig.Document() {
        @Override
        public Optional<String> parentBody() {
            return Optional.empty();
        }

        @Override
        public String issuer() {
            return "BAN CHỈ ĐẠO CHIẾN DỊCH DVCTT";
        }

        @Override
        public String symbol() {
            return "BC-BCĐ";
        }

        @Override
        public Optional<String> place() {
            return Optional.empty();
        }

        @Override
        public String signerTitle() {
            return "TRƯỞNG BAN";
        }

        @Override
        public Optional<String> pdfConverter() {
            return Optional.empty();
        }
    };
    private final BulletinDocument documents = new BulletinDocument(DEFAULTS, code -> "Tỉnh Bình Phước");

    private static IndicatorLine share(String percent, String target, Boolean met, Integer rank) {
        return new IndicatorLine("ONLINE_DOSSIER_SHARE", "", 3L, 4L, percent == null ? null : new BigDecimal(percent), null,
                new BigDecimal(target), met, null, rank, 2);
    }

    private static BulletinView bulletin(List<Section> sections, Sources sources) {
        return new BulletinView(41, OffsetDateTime.parse("2026-04-28T16:00:00+07:00"), null, 40L, "BP", "KH-170-2022",
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-29"), LocalDate.parse("2026-04-28"), sections, sources, null,
                null);
    }

    @Test
    void theHeaderIsThatOfAnAdministrativeDocumentOfTheProvince() throws IOException {
        try (XWPFDocument document = open(bulletin(List.of(), null))) {
            XWPFTable heading = document.getTables().get(0);
            assertThat(heading.getRow(0).getCell(0).getText()).isEqualTo("UBND TỈNH BÌNH PHƯỚC");
            assertThat(heading.getRow(2).getCell(0).getText()).isEqualTo("Số: 41/BC-BCĐ");
            assertThat(heading.getRow(2).getCell(1).getText()).isEqualTo("Bình Phước, ngày 28 tháng 04 năm 2026");
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)).contains("BÁO CÁO",
                    "Tiến độ thực hiện chiến dịch KH-170-2022 đến hết ngày 28/04/2026", "Chưa có đơn vị nào có số liệu.",
                    "Không có nhiệm vụ quá hạn.", "Không có cảnh báo.");
            assertThat(document.getAllPictures()).isEmpty();
        }
    }

    @Test
    void unitsAreListedByRankWithTheirFiguresAndTheTargetsMetCounted() throws IOException {
        Section districts = new Section(Tier.DISTRICT, "Cấp huyện", List.of(
                new UnitLine("BP.H2", "Huyện Hai", List.of(share("33.333", "50", false, 2)), 1, 0, 0),
                new UnitLine("BP.H1", "Huyện Một", List.of(share("1234.5", "50", true, 1)), 0, 0, 0),
                new UnitLine("BP.H3", "Huyện Ba", List.of(share(null, "50", null, null)), 0, 0, 0)));
        try (XWPFDocument document = open(bulletin(List.of(districts), new Sources(List.of(), List.of(), List.of(), List.of())))) {
            XWPFTable targets = document.getTables().get(1);
            assertThat(targets.getRow(1).getCell(2).getText()).isEqualTo("50 %");
            assertThat(targets.getRow(1).getCell(3).getText()).as("met of those judged").isEqualTo("1 / 2");
            XWPFTable ranking = document.getTables().get(2);
            assertThat(ranking.getRows().stream().skip(1).map(row -> row.getCell(1).getText() + " " + row.getCell(2).getText()))
                    .containsExactly("Huyện Một 1.234,5 (1)", "Huyện Hai 33,33 (2)", "Huyện Ba —");
            assertThat(ranking.getRow(2).getCell(3).getText()).as("open overdue").isEqualTo("1");
            assertThat(document.getAllPictures()).hasSize(1);
        }
    }

    private XWPFDocument open(BulletinView bulletin) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(documents.of(bulletin)));
    }
}
