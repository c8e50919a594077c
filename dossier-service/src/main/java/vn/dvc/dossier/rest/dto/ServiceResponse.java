package vn.dvc.dossier.rest.dto;

import java.util.List;
import vn.dvc.dossier.entity.CatalogService;

public record ServiceResponse(String code, String name, String field, boolean feeBearing, List<Offering> offerings) {

    public record Offering(String tier, Integer level, String onlineMode, String ownerUnitCode) {
    }

    public static ServiceResponse of(CatalogService service) {
        return new ServiceResponse(service.code, service.name, service.field, service.feeBearing,
                service.offerings.stream()
                        .map(o -> new Offering(o.tier, o.level, o.onlineMode, o.ownerUnitCode))
                        .toList());
    }
}
