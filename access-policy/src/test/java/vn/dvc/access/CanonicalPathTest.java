package vn.dvc.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/dossiers/near-due", "/api/v1/dossiers/000.00.01.H10-220601-0001",
            "/api/v1/dossiers/HS/2022/0001", "/api/v1/report-forms/GRIS_II.01b", "/q/openapi", "/"})
    void oneSpellingPasses(String path) {
        assertThat(CanonicalPath.flaw(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/dossiers/near%2Ddue", "/api/v1/dossiers/%6Eear-due", "/api/v1/report-forms/../bulletins",
            "/api/v1/dossiers/./near-due", "/api/v1/dossiers/near-due/", "/api/v1//dossiers/near-due",
            "/api/v1/dossiers/near-due;x=1", "/api/v1/dossiers;x=1/near-due", "/api/v1/dossiers/nearé-due",
            "/api/v1/dossiers/..", "/api/v1/dossiers/.", "api/v1/dossiers", "/api/v1/dossiers/a b", "/api/v1/dossiers/a\\b", ""})
    void everyOtherSpellingIsRefused(String path) {
        assertThat(CanonicalPath.flaw(path)).isPresent();
    }
}
