package vn.dvc.dossier.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvc.contracts.catalog.Tier;

/** A unit found by a search, with the names of the units above it, root first. */
public record UnitFound(String code, String name, Tier tier, String parentCode, String kind,
                        @Schema(description = "the names of the units above it, root first") List<String> path) {
}
