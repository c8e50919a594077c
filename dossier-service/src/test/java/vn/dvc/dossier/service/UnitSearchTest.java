package vn.dvc.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.dossier.service.UnitSearch.Candidate;
import vn.dvc.dossier.service.UnitSearch.Hit;

class UnitSearchTest {

    private static final List<Candidate> TREE = List.of(
            new Candidate("BP", "Tỉnh Bình Phước", Tier.PROVINCE, null, null),
            new Candidate("BP.DX", "Thành phố Đồng Xoài", Tier.DISTRICT, "BP", null),
            new Candidate("BP.DX.TP", "Phường Tân Phú", Tier.COMMUNE, "BP.DX", null),
            new Candidate("BP.DP", "Huyện Đồng Phú", Tier.DISTRICT, "BP", null),
            new Candidate("BP.DP.TP", "Xã Tân Phú", Tier.COMMUNE, "BP.DP", null),
            new Candidate("BD", "Tỉnh Bình Định", Tier.PROVINCE, null, null),
            new Candidate("BD.PC", "Huyện Phù Cát", Tier.DISTRICT, "BD", null));

    private static List<String> codes(List<Hit> hits) {
        return hits.stream().map(hit -> hit.unit().code()).toList();
    }

    @Test
    void withOrWithoutDiacriticsInAnyCase() {
        assertThat(codes(UnitSearch.search(TREE, "binh phuoc", 10))).containsExactly("BP");
        assertThat(codes(UnitSearch.search(TREE, "Bình Phước", 10))).containsExactly("BP");
        assertThat(codes(UnitSearch.search(TREE, "BÌNH  PHUOC ", 10))).containsExactly("BP");
        assertThat(codes(UnitSearch.search(TREE, "dong xoai", 10))).as("đ typed as d").containsExactly("BP.DX");
    }

    @Test
    void everyWordTypedIsInTheNameInAnyOrder() {
        assertThat(codes(UnitSearch.search(TREE, "phu dong", 10))).containsExactly("BP.DP");
        assertThat(codes(UnitSearch.search(TREE, "binh", 10))).containsExactly("BD", "BP");
    }

    @Test
    void aCodeIsFoundByItsBeginning() {
        assertThat(codes(UnitSearch.search(TREE, "bp.dp", 10))).containsExactly("BP.DP", "BP.DP.TP");
    }

    @Test
    void namesBeginningWithWhatWasTypedComeFirstThenHigherTiersAndEachSaysWhereItIs() {
        List<Hit> hits = UnitSearch.search(TREE, "tan phu", 10);
        assertThat(codes(hits)).containsExactly("BP.DX.TP", "BP.DP.TP");
        assertThat(hits.get(0).path()).containsExactly("Tỉnh Bình Phước", "Thành phố Đồng Xoài");
        assertThat(codes(UnitSearch.search(TREE, "phu", 10))).as("Phú Cát and Phường Tân Phú begin with it")
                .startsWith("BD.PC");
    }

    @Test
    void nothingTypedFindsNothingAndTheLimitHolds() {
        assertThat(UnitSearch.search(TREE, "  ", 10)).isEmpty();
        assertThat(UnitSearch.search(TREE, "n", 2)).hasSize(2);
    }
}
