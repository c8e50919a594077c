package vn.dvc.contracts.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DossierStatusTest {

    @Test
    void namesCodesAndTheWordsOfficesWriteAreOneStatus() {
        assertThat(DossierStatus.parse("RESOLVED")).contains(DossierStatus.RESOLVED);
        assertThat(DossierStatus.parse("resolved")).contains(DossierStatus.RESOLVED);
        assertThat(DossierStatus.parse("9")).contains(DossierStatus.RESOLVED);
        assertThat(DossierStatus.parse("HOÀN THÀNH")).contains(DossierStatus.RESOLVED);
        assertThat(DossierStatus.parse("hoan thanh")).contains(DossierStatus.RESOLVED);
        assertThat(DossierStatus.parse(" Đã tiếp nhận ")).contains(DossierStatus.RECEIVED);
        assertThat(DossierStatus.parse("Da tiep nhan")).contains(DossierStatus.RECEIVED);
        assertThat(DossierStatus.parse("Đang xử lý")).contains(DossierStatus.PROCESSING);
        assertThat(DossierStatus.parse("Trả kết quả")).contains(DossierStatus.RETURNED);
        assertThat(DossierStatus.parse("Rút hồ sơ")).contains(DossierStatus.WITHDRAWN);
        assertThat(DossierStatus.parse("Yêu cầu thực hiện nghĩa vụ tài chính")).contains(DossierStatus.PAYMENT_REQUESTED);
    }

    @Test
    void anythingElseIsNoStatus() {
        assertThat(DossierStatus.parse("0912345678")).isEmpty();
        assertThat(DossierStatus.parse("11")).isEmpty();
        assertThat(DossierStatus.parse("hoàn")).isEmpty();
        assertThat(DossierStatus.parse("")).isEmpty();
        assertThat(DossierStatus.parse(null)).isEmpty();
    }

    @Test
    void onlyThePortalsStatusesHaveACode() {
        assertThat(DossierStatus.RETURNED.nationalCode()).contains(10);
        assertThat(DossierStatus.ELECTRONIC_RESULT.nationalCode()).isEmpty();
        assertThat(DossierStatus.ELECTRONIC_RESULT.isAnnotation()).isTrue();
        assertThat(DossierStatus.FEE_REQUIRED.isAnnotation()).isTrue();
    }
}
