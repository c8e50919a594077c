package vn.dvc.dossier.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
}
