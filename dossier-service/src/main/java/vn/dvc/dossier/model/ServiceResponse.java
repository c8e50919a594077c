package vn.dvc.dossier.model;

import java.util.List;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.dossier.entity.CatalogService;
import vn.dvc.dossier.service.ServiceCatalog;

public record ServiceResponse(String code, String name, String field, boolean feeBearing, List<Offering> offerings) {

    /** @param province the province offering it at this tier; null: every province */
    public record Offering(Tier tier, Integer level, String onlineMode, String ownerUnitCode, String province) {
    }

    public static ServiceResponse of(CatalogService service) {
        return new ServiceResponse(service.code, service.name, service.field, service.feeBearing,
                service.offerings.stream()
                        .map(o -> new Offering(o.tier, o.level, o.onlineMode, o.ownerUnitCode, ServiceCatalog.provinceOf(o)))
                        .toList());
    }
}
