package vn.dvc.dossier.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.dvc.dossier.entity.Dossier;

@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<Dossier, String> {

    public List<Dossier> findByIds(Collection<String> dossierIds) {
        return dossierIds.isEmpty() ? List.of() : list("dossierId in ?1", dossierIds);
    }
}
