package vn.dvc.dossier.model;

/** What a unit is besides its tier: a service point of some kind, or an ordinary body. */
public enum UnitKind {
    SERVICE_CENTRE, ONE_STOP_SHOP, LAND_OFFICE, OTHER
}
