package vn.dvc.dossier.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.dossier.service.EventForm;

class SnapshotEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode snapshot(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    private static final String RETURNED = "{'MaHoSo':'000.00.17.H10-221201-0001','MaTTHC':'1.004227','MaLinhVuc':'G09',"
            + "'DonViXuLy':'000.00.17.H10','KenhThucHien':'2','TrangThaiHoSo':'10','NgayTiepNhan':'20221201091000',"
            + "'NgayHenTra':'20221208170000','NgayKetThucXuLy':'20221209100000','NgayTra':'20221209150000',"
            + "'ChuHoSo':'Nguyễn Văn Thử','Email':'thu@example.vn','SoDienThoai':'0912345678',"
            + "'DanhSachHoSoBoSung':[{'NgayBoSung':'20221202100000','NgayTiepNhanBoSung':'20221205080000','NgayHenTraMoi':'20221210170000'}],"
            + "'DanhSachLePhi':[{'MaPhiLePhi':'LP1','Gia':50000}],'TaiLieuNop':[{'DuocSoHoa':true}],"
            + "'DanhSachGiayToKetQua':[{'GiayToId':'KQ1'}]}";

    @Test
    void aReturnedSnapshotImpliesItsWholeLifecycleInOrder() throws Exception {
        DossierSnapshot.Read read = DossierSnapshot.read(snapshot(RETURNED));
        assertThat(read.violations()).isEmpty();
        List<ObjectNode> events = SnapshotEvents.of(read.snapshot(), "BP.SO-TTTT");
        assertThat(events).extracting(event -> event.get("status").asText())
                .containsExactly("RECEIVED", "DIGITISED", "FEE_REQUIRED", "SUPPLEMENT_REQUESTED", "SUPPLEMENT_RECEIVED", "RESOLVED",
                        "ELECTRONIC_RESULT", "RETURNED");
        ObjectNode received = events.get(0);
        assertThat(received.get("eventId").asText()).isEqualTo("000.00.17.H10-221201-0001/RECEIVED/20221201091000");
        assertThat(received.get("occurredAt").asText()).isEqualTo("2022-12-01T09:10:00+07:00");
        assertThat(received.get("unitCode").asText()).isEqualTo("BP.SO-TTTT");
        assertThat(received.get("channel").asText()).isEqualTo("2");
        assertThat(received.get("dueAt").asText()).isEqualTo("2022-12-08T17:00:00+07:00");
        assertThat(received.has("feeRequired")).as("told by an annotation of its own").isFalse();
        assertThat(received.has("inputsDigitised")).isFalse();
        assertThat(events.get(1).get("eventId").asText()).isEqualTo("000.00.17.H10-221201-0001/DIGITISED/20221201091000");
        assertThat(events.get(2).get("occurredAt").asText()).isEqualTo(received.get("occurredAt").asText());
        assertThat(events.get(4).get("newDueAt").asText()).isEqualTo("2022-12-10T17:00:00+07:00");
        assertThat(events.get(5).has("electronicResult")).isFalse();
        assertThat(events.get(6).get("eventId").asText()).isEqualTo("000.00.17.H10-221201-0001/ELECTRONIC_RESULT/20221209100000");
        // nothing personal is carried into any event
        assertThat(events.toString()).doesNotContain("Nguyễn").doesNotContain("0912345678").doesNotContain("thu@example");
    }

    @Test
    void whatTheDossierTookFromDataHeldBeforeIsAnnotatedAtItsReceiptAndNoIdentityNumberIsCarried() throws Exception {
        String base = "{'MaHoSo':'D10','MaTTHC':'1.1','DonViXuLy':'U1','KenhThucHien':'2','TrangThaiHoSo':'2',"
                + "'NgayTiepNhan':'20220601080000',";
        DossierSnapshot reused = DossierSnapshot.read(snapshot(base + "'TaiLieuNop':[{'DuocTaiSuDung':'0'},{'DuocTaiSuDung':'2'}],"
                + "'DinhDanhCHS':[{'LoaiDinhDanh':'1','SoDinhDanh':'079123456789'}]}")).snapshot();
        DossierSnapshot fromStore = DossierSnapshot.read(snapshot(base + "'TaiLieuNop':[{'DuocLayTuKhoDMQG':1}]}")).snapshot();
        DossierSnapshot vneid = DossierSnapshot.read(snapshot(base + "'TaiKhoanDuocXacThucVoiVNeID':'1'}")).snapshot();
        DossierSnapshot population = DossierSnapshot.read(snapshot(base + "'DSKetNoiCSDL':[{'MaCSDL':'3'},{'MaCSDL':'7'}]}")).snapshot();
        DossierSnapshot otherDatabase = DossierSnapshot.read(snapshot(base + "'DSKetNoiCSDL':[{'MaCSDL':'3'}],"
                + "'TaiLieuNop':[{'DuocTaiSuDung':'0','DuocLayTuKhoDMQG':'0'}],'TaiKhoanDuocXacThucVoiVNeID':'0'}")).snapshot();

        assertThat(reused.dataUsed()).isEqualTo(new DossierSnapshot.DataUsed(true, false, false));
        assertThat(fromStore.dataUsed()).as("a component from the store is resident data too")
                .isEqualTo(new DossierSnapshot.DataUsed(false, true, true));
        assertThat(vneid.dataUsed()).isEqualTo(new DossierSnapshot.DataUsed(false, false, true));
        assertThat(population.dataUsed()).isEqualTo(new DossierSnapshot.DataUsed(false, false, true));
        assertThat(otherDatabase.dataUsed()).isEqualTo(new DossierSnapshot.DataUsed(false, false, false));
        List<ObjectNode> events = SnapshotEvents.of(fromStore, "U1");
        assertThat(events).extracting(event -> event.get("status").asText())
                .containsExactly("RECEIVED", "FROM_PERSONAL_STORE", "RESIDENT_DATA_USED");
        assertThat(events.get(1).get("eventId").asText()).isEqualTo("D10/FROM_PERSONAL_STORE/20220601080000");
        assertThat(SnapshotEvents.of(reused, "U1").toString()).contains("DATA_REUSED").doesNotContain("079123456789");
    }

    @Test
    void theSameSnapshotGivesTheSameEventIdsAndALaterOneOnlyAddsSteps() throws Exception {
        String processing = "{'MaHoSo':'D1','MaTTHC':'1.1','DonViXuLy':'U1','KenhThucHien':'1','TrangThaiHoSo':'4',"
                + "'NgayTiepNhan':'20220601080000','NgayHenTra':'20220605170000'}";
        String resolved = processing.replace("'TrangThaiHoSo':'4'", "'TrangThaiHoSo':'9','NgayKetThucXuLy':'20220603090000'");
        List<String> first = ids(processing);
        assertThat(ids(processing)).isEqualTo(first);
        assertThat(ids(resolved)).containsAll(first).hasSize(first.size() + 1).contains("D1/RESOLVED/20220603090000");
    }

    @Test
    void zeroFeesAreNotFeeBearingAndASnapshotWithoutAReceiptImpliesNothing() throws Exception {
        DossierSnapshot free = DossierSnapshot.read(snapshot("{'MaHoSo':'D2','MaTTHC':'1.1','DonViXuLy':'U1','KenhThucHien':'3',"
                + "'TrangThaiHoSo':'2','NgayTiepNhan':'20220601080000','DanhSachLePhi':[{'Gia':0},{'Gia':'0'}],"
                + "'HoSoCoThanhPhanSoHoa':'1'}")).snapshot();
        assertThat(free.feeBearing()).isFalse();
        assertThat(free.digitised()).isTrue();
        assertThat(SnapshotEvents.of(DossierSnapshot.read(snapshot("{'MaHoSo':'D3','TrangThaiHoSo':'1'}")).snapshot(), null)).isEmpty();
        assertThat(SnapshotEvents.of(DossierSnapshot.read(snapshot("{'MaHoSo':'D4','TrangThaiHoSo':'3','NgayKetThucXuLy':'20220601080000'}"))
                .snapshot(), null)).extracting(event -> event.get("status").asText()).containsExactly("REJECTED");
    }

    @Test
    void aResolvedStepHasTheSameContentWhetherASnapshotOrAProgressUpdateTellsIt() throws Exception {
        ObjectNode fromSnapshot = SnapshotEvents.of(DossierSnapshot.read(snapshot(RETURNED)).snapshot(), "U1").stream()
                .filter(event -> event.get("status").asText().equals("RESOLVED")).findFirst().orElseThrow();
        EventForm fromUpdate = ProgressUpdates.read(snapshot("{'MaHoSo':'000.00.17.H10-221201-0001','TrangThai':'9',"
                + "'ThoiDiemXuLy':'20221209100000'}"));
        assertThat(fromUpdate.event()).isEqualTo(fromSnapshot);
    }

    @Test
    void statusesInVietnameseWordsAreTheirCodesAndAFeeBelowZeroIsRefused() throws Exception {
        DossierSnapshot words = DossierSnapshot.read(snapshot("{'MaHoSo':'D8','MaTTHC':'1.1','DonViXuLy':'U1','KenhThucHien':'1',"
                + "'TrangThaiHoSo':'ĐÃ TRẢ KẾT QUẢ','NgayTiepNhan':'20220601080000','NgayKetThucXuLy':'20220602080000',"
                + "'NgayTra':'20220603080000'}")).snapshot();
        assertThat(words.trangThaiHoSo()).isEqualTo(10);
        assertThat(ProgressUpdates.read(snapshot("{'MaHoSo':'D8','TrangThai':'hoan thanh','ThoiDiemXuLy':'20220602080000'}"))
                .event().get("status").asText()).isEqualTo("RESOLVED");
        assertThat(DossierSnapshot.read(snapshot("{'MaHoSo':'D9','TrangThaiHoSo':'2','NgayTiepNhan':'20220601080000',"
                + "'DanhSachLePhi':[{'Gia':10000},{'Gia':-50000},{'Gia':'mười nghìn'}]}")).violations())
                .extracting(violation -> violation.field()).containsExactly("DanhSachLePhi[1].Gia", "DanhSachLePhi[2].Gia");
    }

    @Test
    void eachEndingStatusEndsAsItSays() throws Exception {
        for (String[] status : new String[][] {{"7", "WITHDRAWN"}, {"8", "STOPPED"}, {"9", "RESOLVED"}}) {
            DossierSnapshot read = DossierSnapshot.read(snapshot("{'MaHoSo':'D5','MaTTHC':'1.1','DonViXuLy':'U1','KenhThucHien':'1',"
                    + "'TrangThaiHoSo':'" + status[0] + "','NgayTiepNhan':'20220601080000','NgayKetThucXuLy':'20220602080000'}")).snapshot();
            assertThat(SnapshotEvents.of(read, "U1")).extracting(event -> event.get("status").asText()).containsExactly("RECEIVED", status[1]);
        }
    }

    @Test
    void badFieldsAreNamedAsTheSnapshotNamesThem() throws Exception {
        DossierSnapshot.Read read = DossierSnapshot.read(snapshot("{'MaHoSo':'D 6','KenhThucHien':'9','TrangThaiHoSo':'11',"
                + "'NgayTiepNhan':'2022-13-45','DanhSachHoSoBoSung':[{'NgayTiepNhanBoSung':'20220601080000'}]}"));
        assertThat(read.violations()).extracting(violation -> violation.field())
                .contains("MaHoSo", "KenhThucHien", "TrangThaiHoSo", "NgayTiepNhan", "DanhSachHoSoBoSung[0].NgayBoSung");
        assertThat(DossierSnapshot.read(snapshot("{'MaHoSo':'D7','TrangThaiHoSo':'10','NgayTiepNhan':'20220601080000'}"))
                .violations()).extracting(violation -> violation.field()).containsExactly("NgayKetThucXuLy", "NgayTra");
    }

    @Test
    void aProgressUpdateHasTheIdOfTheSameStepInASnapshot() throws Exception {
        EventForm step = ProgressUpdates.read(snapshot("{'MaHoSo':'D1','TrangThai':'9','ThoiDiemXuLy':'20220603090000',"
                + "'NguoiXuLy':'Trần Thị Cán Bộ','NoiDungXuLy':'Đã xử lý'}"));
        assertThat(step.event().get("eventId").asText()).isEqualTo(SnapshotEvents.eventId("D1", "RESOLVED", Instant.parse("2022-06-03T02:00:00Z")));
        assertThat(step.event().toString()).doesNotContain("Trần");
        assertThat(ProgressUpdates.read(snapshot("{'MaHoSo':'D1','TrangThai':'0'}")).violations())
                .extracting(violation -> violation.field()).containsExactly("TrangThai", "ThoiDiemXuLy");
    }

    private static List<String> ids(String json) throws Exception {
        return SnapshotEvents.of(DossierSnapshot.read(snapshot(json)).snapshot(), "U1").stream().map(event -> event.get("eventId").asText()).toList();
    }
}
