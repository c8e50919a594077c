package vn.dvc.dossier.model;

/** What a code of a unit, service or dossier may contain: the national catalogue's and portals' own characters. */
public final class Codes {

    public static final String PATTERN = "[A-Za-z0-9._\\-/]+";
    public static final String MESSAGE = "may contain only letters, digits, '.', '_', '-' and '/'";

    private Codes() {
    }
}
