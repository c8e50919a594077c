package vn.dvc.rules.dossier;

import java.time.Instant;
import java.util.Optional;
import vn.dvc.contracts.dossier.Timeliness;
import vn.dvc.rules.time.PortalTime;

/**
 * Counting rules v1, "Late / Early / On time": late when the end is after the due time in force, or when
 * supplements were requested more than once (Decision 766); early when the end falls on an earlier local day than
 * the due time; on time otherwise. Only a resolved dossier with a due time has a timeliness.
 */
public final class ResolutionTimeliness {

    private ResolutionTimeliness() {
    }

    public static Optional<Timeliness> of(DossierEnding.End end, Instant dueInForce, int supplementRequests) {
        if (end == null || !end.resolved() || dueInForce == null) {
            return Optional.empty();
        }
        if (end.at().isAfter(dueInForce) || supplementRequests > 1) {
            return Optional.of(Timeliness.LATE);
        }
        boolean earlierDay = end.at().atZone(PortalTime.LOCAL_ZONE).toLocalDate()
                .isBefore(dueInForce.atZone(PortalTime.LOCAL_ZONE).toLocalDate());
        return Optional.of(earlierDay ? Timeliness.EARLY : Timeliness.ON_TIME);
    }
}
