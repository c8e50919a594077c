package vn.dvc.bench.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvinceGeneratorTest {

    private final Province province = ProvinceGenerator.generate("BP", ProvinceShape.of(1), 7);

    @Test
    void scaleOneIsBinhPhuocsTreeWithItsServicePoints() {
        assertThat(province.unitsOfTier("PROVINCE")).hasSize(1);
        assertThat(province.departments()).hasSize(20);
        assertThat(province.districts()).hasSize(11);
        assertThat(province.communes()).hasSize(111);
        assertThat(province.serviceCentre().kind()).isEqualTo("SERVICE_CENTRE");
        assertThat(province.oneStopShops()).hasSize(11);
        assertThat(province.units().stream().filter(unit -> "LAND_OFFICE".equals(unit.kind()))).hasSize(12);
        assertThat(province.shape().dossiersPerYear()).isEqualTo(700_000);
    }

    @Test
    void parentsComeBeforeTheirChildrenAndCodesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (UnitSpec unit : province.units()) {
            assertThat(unit.parentCode() == null || seen.contains(unit.parentCode())).as(unit.code()).isTrue();
            assertThat(seen.add(unit.code())).as(unit.code()).isTrue();
            assertThat(unit.code()).matches("[A-Za-z0-9._\\-/]{1,50}");
        }
    }

    @Test
    void theCatalogueHasThePlansTierAndLevelMix() {
        assertThat(province.services()).hasSize(1_784);
        assertThat(province.services().stream().filter(ServiceSpec::online)).hasSize(1_651);
        assertThat(count("PROVINCE", 2)).isEqualTo(109);
        assertThat(count("PROVINCE", 4)).isEqualTo(1_222);
        assertThat(count("DISTRICT", 3)).isEqualTo(47);
        assertThat(count("COMMUNE", 4)).isEqualTo(57);
        Map<String, UnitSpec> units = province.unitsByCode();
        province.services().stream().filter(service -> service.tier().equals("PROVINCE"))
                .forEach(service -> assertThat(units.get(service.ownerUnitCode()).tier()).isEqualTo("DEPARTMENT"));
    }

    @Test
    void theSameSeedGivesTheSameProvinceAndAnotherSeedAnother() {
        assertThat(ProvinceGenerator.generate("BP", ProvinceShape.of(1), 7)).isEqualTo(province);
        assertThat(ProvinceGenerator.generate("BP", ProvinceShape.of(1), 8).districts())
                .isNotEqualTo(province.districts());
    }

    @Test
    void aLargerScaleGrowsTheTreeAndASmallerOneOnlyTheDossiers() {
        assertThat(ProvinceShape.of(2).districts()).isEqualTo(22);
        assertThat(ProvinceShape.of(2).communes()).isEqualTo(222);
        assertThat(ProvinceShape.of(0.1).communes()).isEqualTo(111);
        assertThat(ProvinceShape.of(0.1).dossiersPerYear()).isEqualTo(70_000);
        assertThatThrownBy(() -> ProvinceShape.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private long count(String tier, int level) {
        return province.services().stream().filter(s -> s.tier().equals(tier) && s.level() == level).count();
    }
}
