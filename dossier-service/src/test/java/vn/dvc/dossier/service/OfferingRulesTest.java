package vn.dvc.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.dossier.model.OfferingRequest;
import vn.dvc.dossier.model.OnlineMode;
import vn.dvc.dossier.model.ServiceRequest;
import vn.dvc.problem.Violation;

class OfferingRulesTest {

    private static ServiceRequest service(OfferingRequest... offerings) {
        return new ServiceRequest("1.004227", "Cấp phiếu lý lịch tư pháp", "Tư pháp", true, List.of(offerings));
    }

    @Test
    void legacyLevelsMapOntoDecree42Modes() {
        assertThat(OnlineMode.ofLevel(4)).contains(OnlineMode.FULL);
        assertThat(OnlineMode.ofLevel(3)).contains(OnlineMode.PARTIAL);
        assertThat(OnlineMode.ofLevel(2)).contains(OnlineMode.NONE);
        assertThat(OnlineMode.ofLevel(1)).contains(OnlineMode.NONE);
        assertThat(OfferingRules.modeOf(new OfferingRequest(Tier.DISTRICT, 3, null, null, null))).isEqualTo(OnlineMode.PARTIAL);
        assertThat(OfferingRules.modeOf(new OfferingRequest(Tier.DISTRICT, null, OnlineMode.FULL, null, null))).isEqualTo(OnlineMode.FULL);
    }

    @Test
    void acceptsALevelAndAModeThatAgree() {
        assertThat(OfferingRules.violationsOf(0, service(new OfferingRequest(Tier.PROVINCE, 4, OnlineMode.FULL, "H10", null)),
                code -> true, code -> true)).isEmpty();
    }

    @Test
    void refusesALevelAndAModeThatDisagree() {
        assertThat(OfferingRules.violationsOf(2, service(new OfferingRequest(Tier.PROVINCE, 3, OnlineMode.FULL, null, null)),
                code -> true, code -> true)).containsExactly(new Violation("[2].offerings[0].onlineMode", "level 3 means PARTIAL, not FULL"));
    }

    @Test
    void refusesAnOfferingWithNeitherLevelNorMode() {
        assertThat(OfferingRules.violationsOf(0, service(new OfferingRequest(Tier.COMMUNE, null, null, null, null)), code -> true, code -> true))
                .extracting(Violation::field).containsExactly("[0].offerings[0].onlineMode");
    }

    @Test
    void refusesTheSameTierTwiceAndAnUnknownOwner() {
        assertThat(OfferingRules.violationsOf(0, service(
                        new OfferingRequest(Tier.DISTRICT, 4, null, null, null),
                        new OfferingRequest(Tier.DISTRICT, 3, null, "NOPE", null)), code -> false, code -> false))
                .extracting(Violation::field)
                .containsExactly("[0].offerings[1].tier", "[0].offerings[1].ownerUnitCode");
    }

    @Test
    void aTierIsOfferedOncePerProvinceByProvincesOnlyAndNotAgainWhenEveryProvinceOffersIt() {
        assertThat(OfferingRules.violationsOf(0, service(
                        new OfferingRequest(Tier.DISTRICT, 4, null, null, "BP"),
                        new OfferingRequest(Tier.DISTRICT, 3, null, null, "DN")), code -> true, "BP"::equals))
                .extracting(Violation::field).as("two provinces at one tier; DN is no province")
                .containsExactly("[0].offerings[1].province");

        assertThat(OfferingRules.violationsOf(1, service(
                        new OfferingRequest(Tier.COMMUNE, 4, null, null, "BP"),
                        new OfferingRequest(Tier.COMMUNE, 4, null, null, "BP"),
                        new OfferingRequest(Tier.DISTRICT, 4, null, null, null),
                        new OfferingRequest(Tier.DISTRICT, 4, null, null, "BP")), code -> true, code -> true))
                .extracting(Violation::field)
                .containsExactly("[1].offerings[1].tier", "[1].offerings[3].province");
    }
}
