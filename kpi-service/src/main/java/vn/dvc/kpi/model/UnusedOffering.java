package vn.dvc.kpi.model;

/** A level-3/4 offering in scope that received no dossier in the period: the lever for indicator 1. */
public record UnusedOffering(String serviceCode, String serviceName, String field, String tier, String onlineMode,
                             String ownerUnitCode) {
}
