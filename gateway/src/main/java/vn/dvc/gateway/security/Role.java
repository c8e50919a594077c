package vn.dvc.gateway.security;

import java.util.Locale;
import java.util.Optional;

/** Who a key speaks for (api.md, "Authentication"). */
public enum Role {
    /** The provincial portal: pushes dossier events, payments and report submissions. */
    PORTAL,
    /** The ministry's measurement system: reads indicators. */
    MINISTRY,
    /** Operations: everything, reference data and keys included. */
    OPS,
    /** A department, district or commune: reads and submits inside its own subtree. */
    UNIT;

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
