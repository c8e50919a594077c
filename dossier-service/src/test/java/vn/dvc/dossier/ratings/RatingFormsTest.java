package vn.dvc.dossier.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.dvc.dossier.service.EventForm;
import vn.dvc.problem.Violation;

class RatingFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode rating(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void aRatingIsItsDossiersRatingEventWithItsOwnIdAndNothingPersonal() throws Exception {
        EventForm form = RatingForms.read(rating("{'Id':'DG-17','MaHoSo':'H10-221201-0001','DanhGia':'KHÔNG HÀI LÒNG',"
                + "'ThoiGianDanhGia':'20221205093000','LoaiDanhGia':'CongDan','NguoiDanhGia':'Nguyễn Văn A',"
                + "'NoiDungDanhGia':'chậm quá'}"));

        assertThat(form.violations()).isEmpty();
        assertThat(form.event().path("eventId").asText()).isEqualTo("rating/DG-17");
        assertThat(form.event().path("dossierId").asText()).isEqualTo("H10-221201-0001");
        assertThat(form.event().path("status").asText()).isEqualTo("RATED_UNSATISFIED");
        assertThat(form.event().path("occurredAt").asText()).isEqualTo("2022-12-05T09:30:00+07:00");
        assertThat(form.event().path("source").asText()).isEqualTo("CongDan");
        assertThat(form.event().toString()).doesNotContain("Nguyễn").doesNotContain("chậm");
    }

    @Test
    void theThreeLevelsAreReadWithOrWithoutDiacriticsAndARatingWithoutIdGetsOneFromItsDossierAndTime() throws Exception {
        assertThat(RatingForms.read(rating("{'MaHoSo':'D1','DanhGia':'Rất hài lòng','ThoiGianDanhGia':'2022-12-05T09:30'}"))
                .event().path("status").asText()).isEqualTo("RATED_VERY_SATISFIED");
        EventForm plain = RatingForms.read(rating("{'MaHoSo':'D1','DanhGia':'hai long','ThoiGianDanhGia':'20221205093000'}"));
        assertThat(plain.event().path("status").asText()).isEqualTo("RATED_SATISFIED");
        assertThat(plain.event().path("eventId").asText()).isEqualTo("D1/RATED/20221205093000");
    }

    @Test
    void aRatingThatCannotBeReadNamesEachFieldAsTheFormDoes() throws Exception {
        EventForm refused = RatingForms.read(rating("{'Id':'a b','MaHoSo':'','DanhGia':'9','ThoiGianDanhGia':'05/13/2022'}"));

        assertThat(refused.event()).isNull();
        assertThat(refused.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("MaHoSo", "DanhGia", "ThoiGianDanhGia", "Id");
    }
}
