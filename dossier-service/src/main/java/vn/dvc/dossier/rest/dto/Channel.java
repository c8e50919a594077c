package vn.dvc.dossier.rest.dto;

/** How a dossier came in: online, at the counter, or by public postal service. */
public enum Channel {
    ONLINE, DIRECT, POSTAL
}
