package vn.dvc.dossier.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnapshotContradictionsTest {

    private static final Instant RECEIVED = Instant.parse("2022-06-01T01:00:00Z");
    private static final Instant ENDED = Instant.parse("2022-06-03T02:00:00Z");

    private static DossierSnapshot snapshot(String json) throws Exception {
        return DossierSnapshot.read(SnapshotEventsTest.snapshot(json)).snapshot();
    }

    private static String field(DossierSnapshot snapshot, SnapshotContradictions.Known known) {
        return SnapshotContradictions.find(snapshot, known).map(violation -> violation.field()).orElse(null);
    }

    @Test
    void aMovedReceiptIsAContradiction() throws Exception {
        DossierSnapshot moved = snapshot("{'MaHoSo':'D1','TrangThaiHoSo':'2','NgayTiepNhan':'20220601090000'}");
        assertThat(field(moved, new SnapshotContradictions.Known(RECEIVED, null, null))).isEqualTo("NgayTiepNhan");
        DossierSnapshot same = snapshot("{'MaHoSo':'D1','TrangThaiHoSo':'2','NgayTiepNhan':'20220601080000'}");
        assertThat(field(same, new SnapshotContradictions.Known(RECEIVED, null, null))).isNull();
    }

    @Test
    void anEndMovedOrOfAnotherKindIsAContradiction() throws Exception {
        SnapshotContradictions.Known resolved = new SnapshotContradictions.Known(RECEIVED, ENDED, "RESOLVED");
        assertThat(field(snapshot("{'MaHoSo':'D1','TrangThaiHoSo':'9','NgayTiepNhan':'20220601080000','NgayKetThucXuLy':'20220604090000'}"),
                resolved)).isEqualTo("NgayKetThucXuLy");
        assertThat(field(snapshot("{'MaHoSo':'D1','TrangThaiHoSo':'7','NgayTiepNhan':'20220601080000','NgayKetThucXuLy':'20220603090000'}"),
                resolved)).isEqualTo("TrangThaiHoSo");
        assertThat(field(snapshot("{'MaHoSo':'D1','TrangThaiHoSo':'10','NgayTiepNhan':'20220601080000','NgayKetThucXuLy':'20220603090000',"
                + "'NgayTra':'20220604090000'}"), resolved)).as("returned after resolved is the next step, not a contradiction").isNull();
    }

    @Test
    void theEndIsToldByAnEndingStepNeverByTheResultsReturnAlone() {
        Instant returned = Instant.parse("2022-06-05T02:00:00Z");
        assertThat(SnapshotContradictions.Known.of(RECEIVED, java.util.Map.of())).isEqualTo(new SnapshotContradictions.Known(RECEIVED, null, null));
        assertThat(SnapshotContradictions.Known.of(RECEIVED, java.util.Map.of("RESOLVED", ENDED, "STOPPED", RECEIVED)))
                .as("a resolution wins over an earlier stop, as the state rules say").isEqualTo(new SnapshotContradictions.Known(RECEIVED, ENDED, "RESOLVED"));
        assertThat(SnapshotContradictions.Known.of(RECEIVED, java.util.Map.of("WITHDRAWN", returned, "STOPPED", ENDED)))
                .isEqualTo(new SnapshotContradictions.Known(RECEIVED, ENDED, "STOPPED"));
    }

    @Test
    void aStepAfterTheEndIsAStatusGoingBackWhileAnOlderSnapshotIsNot() throws Exception {
        SnapshotContradictions.Known resolved = new SnapshotContradictions.Known(RECEIVED, ENDED, "RESOLVED");
        assertThat(field(snapshot("{'MaHoSo':'D1','TrangThaiHoSo':'5','NgayTiepNhan':'20220601080000',"
                + "'DanhSachHoSoBoSung':[{'NgayBoSung':'20220605080000'}]}"), resolved)).isEqualTo("DanhSachHoSoBoSung[0].NgayBoSung");
        assertThat(field(snapshot("{'MaHoSo':'D1','TrangThaiHoSo':'4','NgayTiepNhan':'20220601080000'}"), resolved))
                .as("an older snapshot, late: says less, contradicts nothing").isNull();
    }
}
