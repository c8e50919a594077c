package vn.dvc.dossier.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.dossier.entity.CatalogService;

@ApplicationScoped
public class CatalogServiceRepository implements PanacheRepositoryBase<CatalogService, String> {

    public Map<String, CatalogService> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return list("select distinct s from CatalogService s left join fetch s.offerings where s.code in ?1", codes)
                .stream().collect(Collectors.toMap(service -> service.code, Function.identity()));
    }

    /** Which of these codes are known. */
    public Set<String> existingCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("select x.code from CatalogService x where x.code in ?1", String.class)
                .setParameter(1, codes).getResultList());
    }

    /** Services with their offerings, filtered by field and by the tier and mode of an offering; by code. */
    public List<CatalogService> search(String field, Tier tier, String onlineMode) {
        return getEntityManager().createQuery("select distinct s from CatalogService s left join fetch s.offerings "
                        + "where (:field is null or s.field = :field) and exists (select o from Offering o where o.service = s "
                        + "and (:tier is null or o.tier = :tier) and (:mode is null or o.onlineMode = :mode)) order by s.code",
                        CatalogService.class)
                .setParameter("field", field).setParameter("tier", tier).setParameter("mode", onlineMode)
                .getResultList();
    }
}
