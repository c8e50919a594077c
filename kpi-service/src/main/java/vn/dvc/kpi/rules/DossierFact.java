package vn.dvc.kpi.rules;

import java.time.LocalDate;

/** What the indicators need of one dossier, as its latest state says; {@code receivedDay} is a local day. */
public record DossierFact(String dossierId, long version, String unitCode, String serviceCode, String channel,
                          LocalDate receivedDay) {
}
