package vn.dvc.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderNamesTest {

    private final HeaderNames names = new HeaderNames(Map.of(
            "dossierId", List.of("Mã hồ sơ", "MaHoSo", "Dossier ID"),
            "unitCode", List.of("Mã đơn vị", "Đơn vị xử lý", "DonViXuLy")));

    @Test
    void aHeaderIsKnownInVietnameseWithOrWithoutDiacriticsAndInEnglish() {
        for (String header : List.of("Mã hồ sơ", "MÃ HỒ SƠ", "ma ho so", "Ma_Ho_So", "MaHoSo", "Dossier ID", "dossierId", " dossier-id ")) {
            assertThat(names.fieldOf(header)).as(header).contains("dossierId");
        }
        assertThat(names.fieldOf("Đơn vị xử lý")).contains("unitCode");
        assertThat(names.fieldOf("don vi xu ly")).contains("unitCode");
    }

    @Test
    void anUnknownHeaderNamesNoField() {
        assertThat(names.fieldOf("Họ tên chủ hồ sơ")).isEmpty();
        assertThat(names.fieldOf(null)).isEmpty();
        assertThat(HeaderNames.key("Đường đi")).isEqualTo("duongdi");
    }
}
