package vn.dvc.dossier.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.dvc.dossier.entity.DossierEvent;

@ApplicationScoped
public class DossierEventRepository implements PanacheRepositoryBase<DossierEvent, String> {

    public List<DossierEvent> ofDossier(String dossierId) {
        return list("dossierId", dossierId);
    }
}
