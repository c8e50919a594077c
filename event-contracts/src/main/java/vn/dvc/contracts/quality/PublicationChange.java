package vn.dvc.contracts.quality;

/** What a publication decision does to a procedure: adds it, amends it, abolishes it. */
public enum PublicationChange {
    ADDED, AMENDED, ABOLISHED
}
