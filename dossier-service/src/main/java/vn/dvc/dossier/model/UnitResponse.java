package vn.dvc.dossier.model;

import vn.dvc.contracts.catalog.Tier;
import vn.dvc.dossier.entity.Unit;

public record UnitResponse(String code, String name, Tier tier, String parentCode, String kind) {

    public static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.code, unit.name, unit.tier, unit.parentCode, unit.kind);
    }
}
