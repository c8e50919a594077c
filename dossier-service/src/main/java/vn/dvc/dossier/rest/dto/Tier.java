package vn.dvc.dossier.rest.dto;

/** The tiers of the unit tree. A tree may skip one (communes straight under the province, as since 2025). */
public enum Tier {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE
}
