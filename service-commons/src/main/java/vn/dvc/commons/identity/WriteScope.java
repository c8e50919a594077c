package vn.dvc.commons.identity;

import java.util.Optional;
import vn.dvc.access.identity.Caller;
import vn.dvc.problem.Violation;

/**
 * Whether a caller may write what names a unit (docs/security.md, "A province's keys write only their province"): a
 * caller held to a subtree — a unit key, a province's portal or ops key, a peer acting for one — only inside it; a
 * national key anywhere. The owner of the data checks each unit a write names, from its own copy of the unit tree.
 */
public final class WriteScope {

    private WriteScope() {
    }

    /** The violation naming {@code field} when the caller may not write {@code unitCode}; none when it may. */
    public static Optional<Violation> check(Caller caller, String field, String unitCode, UnitScope units) {
        if (!caller.unitScoped()) {
            return Optional.empty();
        }
        if (unitCode == null || unitCode.isBlank()) {
            return Optional.of(new Violation(field, "a key held to " + caller.unitCode() + " must name a unit of it"));
        }
        return units.isWithin(unitCode, caller.unitCode()) ? Optional.empty()
                : Optional.of(new Violation(field, unitCode + " is outside " + caller.unitCode() + ", the subtree this key may write"));
    }
}
