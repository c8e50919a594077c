package vn.dvc.dossier.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.dvc.dossier.entity.Dossier;

@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<Dossier, String> {

    /** The dossier row, locked until the transaction ends, so that its events are folded one request at a time. */
    public Optional<Dossier> findForUpdate(String dossierId) {
        // Plain FOR UPDATE: Hibernate's MySQL dialect writes "FOR UPDATE OF alias", which MariaDB rejects.
        List<?> locked = getEntityManager()
                .createNativeQuery("SELECT dossier_id FROM dossier WHERE dossier_id = ?1 FOR UPDATE")
                .setParameter(1, dossierId)
                .getResultList();
        return locked.isEmpty() ? Optional.empty() : findByIdOptional(dossierId);
    }
}
