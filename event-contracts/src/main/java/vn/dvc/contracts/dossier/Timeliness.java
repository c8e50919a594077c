package vn.dvc.contracts.dossier;

/** A resolved dossier against its due time in force (docs/counting-rules.md, "Late / Early / On time"). */
public enum Timeliness {
    EARLY, ON_TIME, LATE
}
