package vn.dvc.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dvc.commons.identity.UnitScope;
import vn.dvc.dossier.repository.UnitRepository;

/** dossier-service owns the unit tree: a unit key's scope is checked against it. */
@ApplicationScoped
public class DossierUnitScope implements UnitScope {

    private final UnitRepository units;

    public DossierUnitScope(UnitRepository units) {
        this.units = units;
    }

    @Override
    public boolean isWithin(String unitCode, String rootCode) {
        return units.isWithin(unitCode, rootCode);
    }
}
