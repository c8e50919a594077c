package vn.dvc.commons.identity;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import vn.dvc.commons.catalog.UnitCopy;

/** A service that keeps a {@link UnitCopy} scopes units by it; dossier-service, which owns the tree, brings its own. */
@Dependent
public class UnitScopes {

    @Produces
    @DefaultBean
    @ApplicationScoped
    UnitScope byUnitCopy(UnitCopy units) {
        return units::isWithin;
    }
}
