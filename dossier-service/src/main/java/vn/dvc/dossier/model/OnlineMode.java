package vn.dvc.dossier.model;

import java.util.Optional;

/** How far a service runs online (Decree 42/2022); the legacy levels 1–4 map onto it. */
public enum OnlineMode {
    FULL, PARTIAL, NONE;

    /** Level 4 ≡ FULL, level 3 ≡ PARTIAL, levels 1–2 ≡ NONE. */
    public static Optional<OnlineMode> ofLevel(Integer level) {
        if (level == null) {
            return Optional.empty();
        }
        return Optional.of(level >= 4 ? FULL : level == 3 ? PARTIAL : NONE);
    }
}
