package vn.dvc.bench.province;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A generated province: its unit tree (parents before children), its catalogue, the behaviour of each unit that
 * handles dossiers, and the service points the dossiers are taken in at.
 */
public record Province(String namespace, ProvinceShape shape, List<UnitSpec> units, List<ServiceSpec> services,
                       List<UnitProfile> departments, List<UnitProfile> districts, List<UnitProfile> communes,
                       UnitSpec serviceCentre, Map<String, UnitSpec> oneStopShops, List<UnitSpec> paymentUnits) {

    public UnitSpec root() {
        return units.get(0);
    }

    public List<UnitSpec> unitsOfTier(String tier) {
        return units.stream().filter(unit -> unit.tier().equals(tier)).toList();
    }

    public Map<String, UnitSpec> unitsByCode() {
        return units.stream().collect(Collectors.toMap(UnitSpec::code, Function.identity()));
    }
}
