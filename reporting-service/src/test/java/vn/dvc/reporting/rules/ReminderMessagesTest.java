package vn.dvc.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderMessagesTest {

    private static final String DASHBOARD = "https://dvc.example.vn/";

    private static DigestFacts facts(LocalDate nextWorkingDay) {
        return new DigestFacts("BP.H01", "UBND huyện Đồng Phú", LocalDate.parse("2026-04-27"), nextWorkingDay,
                new DigestFacts.Dossiers(12, List.of(new DigestFacts.Dossier("HS-1", Instant.parse("2026-04-28T09:00:00Z")))),
                new DigestFacts.Dossiers(1, List.of(new DigestFacts.Dossier("HS-9", Instant.parse("2026-04-20T09:00:00Z")))),
                List.of(), List.of(new DigestFacts.Task("IV.3", "Rà soát thủ tục", "UBND huyện Đồng Phú",
                Instant.parse("2026-04-20T10:00:00Z"))), List.of(), List.of(), List.of());
    }

    @Test
    void theSubjectGivesEveryCountInOrderOfUrgency() {
        ReminderMessage message = ReminderMessages.digest(facts(LocalDate.parse("2026-04-28")), DASHBOARD);

        assertThat(message.subject()).isEqualTo("[Chiến dịch DVCTT] Đơn vị UBND huyện Đồng Phú: 12 hồ sơ đến hạn đến hết ngày mai, "
                + "1 hồ sơ quá hạn, 1 nhiệm vụ quá hạn");
    }

    @Test
    void aNextWorkingDayAfterTheWeekendIsNamedByItsDate() {
        assertThat(ReminderMessages.digest(facts(LocalDate.parse("2026-05-04")), DASHBOARD).subject())
                .contains("12 hồ sơ đến hạn đến hết ngày 04/05/2026");
    }

    @Test
    void theBodyListsTheMostUrgentItemsInLocalTimeAndLinksTheDashboardView() {
        ReminderMessage message = ReminderMessages.digest(facts(LocalDate.parse("2026-04-28")), DASHBOARD);

        assertThat(message.text()).contains("Kính gửi: UBND huyện Đồng Phú (BP.H01)", "HS-1 — hạn 16:00 28/04/2026",
                "và 11 hồ sơ khác", "Nhiệm vụ IV.3: Rà soát thủ tục", "Xem: https://dvc.example.vn/?view=worklist&unit=BP.H01",
                "https://dvc.example.vn/?view=tasks&unit=BP.H01");
        assertThat(message.html()).contains("<li>HS-1 — hạn 16:00 28/04/2026</li>", "href=\"https://dvc.example.vn/?view=worklist&amp;unit=BP.H01\"");
        assertThat(message.facts()).containsEntry("unit", "BP.H01");
        assertThat(message.facts().get("nearDue").toString()).contains("total=12", "dueBy=2026-04-28");
        assertThat(message.facts().get("tasksOverdue").toString()).contains("task=IV.3");
    }

    @Test
    void aDeadlineAtMidnightIsTheEndOfTheDayBefore() {
        DigestFacts facts = new DigestFacts("X", "Huyện", LocalDate.parse("2026-04-27"), LocalDate.parse("2026-04-28"),
                DigestFacts.Dossiers.NONE, DigestFacts.Dossiers.NONE, List.of(), List.of(), List.of(new DigestFacts.Report(
                "NV", null, "X", "2026-04-27", Instant.parse("2026-04-27T17:00:00Z"))), List.of(), List.of());

        assertThat(ReminderMessages.digest(facts, DASHBOARD).text()).contains("NV kỳ 2026-04-27 (X) — hạn hết ngày 27/04/2026");
    }

    @Test
    void namesAreEscapedInTheHtmlPart() {
        DigestFacts facts = new DigestFacts("X", "<b>Sở</b> & Co", LocalDate.parse("2026-04-27"), LocalDate.parse("2026-04-28"),
                DigestFacts.Dossiers.NONE, DigestFacts.Dossiers.NONE, List.of(), List.of(), List.of(), List.of("<script>"), List.of());

        assertThat(ReminderMessages.digest(facts, DASHBOARD).html()).doesNotContain("<b>Sở", "<script>")
                .contains("&lt;b&gt;Sở&lt;/b&gt; &amp; Co", "&lt;script&gt;");
    }

    @Test
    void opsContactsAreToldOfPushesGivenUpImportsFailedAndBulletinsMade() {
        DigestFacts facts = new DigestFacts("BP", "Tỉnh Bình Phước", LocalDate.parse("2026-04-27"), LocalDate.parse("2026-04-28"),
                DigestFacts.Dossiers.NONE, DigestFacts.Dossiers.NONE, List.of(), List.of(), List.of(), List.of(), List.of(
                new DigestFacts.Operation(DigestFacts.Operation.BULLETIN_MADE, "BP", "41", Instant.parse("2026-04-26T09:00:00Z")),
                new DigestFacts.Operation(DigestFacts.Operation.PUSH_GIVEN_UP, "BP.H01", "tháng 03/2026, 8 lần gửi",
                        Instant.parse("2026-04-26T10:00:00Z")),
                new DigestFacts.Operation(DigestFacts.Operation.IMPORT_FAILED, null, "6f0c (dossier-events, 120 dòng đã đọc): "
                        + "tệp bị hỏng", Instant.parse("2026-04-26T11:00:00Z"))));

        ReminderMessage message = ReminderMessages.digest(facts, DASHBOARD);

        assertThat(message.subject()).isEqualTo("[Chiến dịch DVCTT] Đơn vị Tỉnh Bình Phước: 3 việc vận hành cần biết");
        assertThat(message.text()).contains("Đã lập bản tin số 41 (16:00 26/04/2026)",
                "Không gửi được số liệu lên Hệ thống đo lường: đơn vị BP.H01, tháng 03/2026, 8 lần gửi (17:00 26/04/2026)",
                "Tệp nhập lịch sử không đọc được: lần nhập 6f0c (dossier-events, 120 dòng đã đọc): tệp bị hỏng (18:00 26/04/2026)");
        assertThat(message.facts().get("operations").toString()).contains("what=PUSH_GIVEN_UP", "unit=BP.H01");
    }

    @Test
    void anUrgentNoticeNamesTheDossierAndItsDueTime() {
        ReminderMessage message = ReminderMessages.urgent("BP.H01", "UBND huyện Đồng Phú",
                new DigestFacts.Dossier("HS-7", Instant.parse("2026-04-27T08:00:00Z")), DASHBOARD);

        assertThat(message.subject()).isEqualTo("[Chiến dịch DVCTT] KHẨN — Đơn vị UBND huyện Đồng Phú: hồ sơ HS-7 đến hạn "
                + "lúc 15:00 27/04/2026, chưa có văn bản xin lỗi");
        assertThat(message.facts()).containsEntry("type", "URGENT").containsEntry("dossierId", "HS-7");
    }
}
