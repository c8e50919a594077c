package vn.dvc.dossier.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.jdbc.Jdbc;

/**
 * The province's mapping from the national portal's unit codes to the suite's units (the dvcqg_unit_code table). A
 * code with no mapping is taken as the suite's own code, for portals that already send it.
 */
@ApplicationScoped
public class UnitCodeMap {

    private final Jdbc jdbc;

    public UnitCodeMap(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The suite's unit for each national code given (itself when it has no mapping). */
    public Map<String, String> unitsOf(Collection<String> dvcqgCodes) {
        Map<String, String> units = new HashMap<>();
        dvcqgCodes.forEach(code -> units.put(code, code));
        units.putAll(mappedUnitsOf(dvcqgCodes));
        return units;
    }

    /** The units these codes are mapped to, for the codes that have a mapping. */
    public Map<String, String> mappedUnitsOf(Collection<String> dvcqgCodes) {
        Map<String, String> units = new HashMap<>();
        if (!dvcqgCodes.isEmpty()) {
            jdbc.forEach("SELECT dvcqg_code, unit_code FROM dvcqg_unit_code WHERE dvcqg_code IN (" + Jdbc.placeholders(dvcqgCodes.size())
                    + ")", List.copyOf(dvcqgCodes), row -> units.put(row.string("dvcqg_code"), row.string("unit_code")));
        }
        return units;
    }

    public List<Mapping> all() {
        List<Mapping> mappings = new ArrayList<>();
        jdbc.forEach("SELECT dvcqg_code, unit_code FROM dvcqg_unit_code ORDER BY dvcqg_code", List.of(),
                row -> mappings.add(new Mapping(row.string("dvcqg_code"), row.string("unit_code"))));
        return mappings;
    }

    public void save(List<Mapping> mappings) {
        jdbc.batch("INSERT INTO dvcqg_unit_code (dvcqg_code, unit_code) VALUES (?, ?) ON DUPLICATE KEY UPDATE unit_code = VALUES(unit_code)",
                mappings.stream().<List<?>>map(mapping -> List.of(mapping.dvcqgCode(), mapping.unitCode())).toList());
    }

    /** One national unit code and the suite's unit it stands for. */
    public record Mapping(String dvcqgCode, String unitCode) {
    }
}
