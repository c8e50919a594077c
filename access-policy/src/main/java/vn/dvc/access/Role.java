package vn.dvc.access;

import java.util.Locale;
import java.util.Optional;

/** Who a caller speaks for (docs/security.md, "Roles"). */
public enum Role {
    /** The provincial portal: pushes dossier events, payments and report submissions. */
    PORTAL,
    /** The ministry's measurement system: reads indicators. */
    MINISTRY,
    /** Operations: everything, reference data and keys included. */
    OPS,
    /** A department, district or commune: reads and submits inside its own subtree. */
    UNIT,
    /** A back service calling a peer (reporting-service reading figures): never the role of an API key. */
    SERVICE;

    /** The role of an API key by its name; {@code service} is no key's role. */
    public static Optional<Role> ofKey(String name) {
        return named(name).filter(role -> role != SERVICE);
    }

    public static Optional<Role> named(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
