package vn.dvc.bench.baseline;

import java.util.ArrayList;
import java.util.List;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.UnitSpec;

/**
 * The units dossiers are handled by in the baselines' fact tables (departments, districts, communes of a province),
 * numbered for the fill ({@code seq % units}) and with their paths ({@code /root/…/unit/}) for the subtree join.
 */
record FactUnits(List<FactUnit> units) {

    record FactUnit(int number, String code, String path) {
    }

    static FactUnits of(Province province) {
        List<UnitSpec> handling = new ArrayList<>();
        province.departments().forEach(profile -> handling.add(profile.unit()));
        province.districts().forEach(profile -> handling.add(profile.unit()));
        province.communes().forEach(profile -> handling.add(profile.unit()));
        var byCode = province.unitsByCode();
        List<FactUnit> units = new ArrayList<>();
        for (int i = 0; i < handling.size(); i++) {
            List<String> along = new ArrayList<>();
            for (UnitSpec unit = handling.get(i); unit != null; unit = byCode.get(unit.parentCode())) {
                along.add(0, unit.code());
            }
            units.add(new FactUnit(i, handling.get(i).code(), "/" + String.join("/", along) + "/"));
        }
        return new FactUnits(List.copyOf(units));
    }

    /** The indicator 2 query both engines answer: online and all dossiers received by the scope's subtree in a period. */
    static String indicatorTwo(String factTable) {
        return "SELECT COALESCE(SUM(CASE WHEN f.channel = 'ONLINE' THEN 1 ELSE 0 END), 0), COUNT(*) FROM " + factTable + " f "
                + "JOIN fact_unit u ON u.code = f.unit_code WHERE (u.code = ? OR u.path LIKE ?) "
                + "AND f.received_day >= ? AND f.received_day < ?";
    }
}
