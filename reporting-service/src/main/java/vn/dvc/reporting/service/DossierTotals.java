package vn.dvc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.commons.inbox.TransactionRetry;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.contracts.Topic;
import vn.dvc.contracts.report.DossierTotalsReported;
import vn.dvc.problem.Causes;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;
import vn.dvc.reporting.model.DossierTotalRequest;
import vn.dvc.reporting.model.DossierTotalView.Outcome;
import vn.dvc.reporting.model.DossierTotalView;
import vn.dvc.reporting.repository.DossierTotalStore;

/**
 * Units' self-reported dossier totals (table dossier_total): a later report for the same unit and period replaces the
 * earlier; each change goes to {@code report-events} through the outbox, for ONLINE_DOSSIER_SHARE_REPORTED and
 * DOSSIERS_NOT_ENTERED.
 */
@ApplicationScoped
public class DossierTotals {

    private static final int MAX_ATTEMPTS = 5;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final DossierTotalStore totals;
    private final UnitCopy units;
    private final Outbox outbox;
    private final TransactionRetry retry;
    private final Clock clock;

    public DossierTotals(DossierTotalStore totals, UnitCopy units, Outbox outbox, TransactionRetry retry, Clock clock) {
        this.totals = totals;
        this.units = units;
        this.outbox = outbox;
        this.retry = retry;
        this.clock = clock;
    }

    /** {@code caller}: a unit key reports only for units of its subtree. */
    public DossierTotalView report(DossierTotalRequest request, Caller caller) {
        LocalDates.Period.of(request.from(), request.to());
        if (request.from().isBefore(EARLIEST)) {
            throw ProblemException.unprocessable("from", "is before 2000");
        }
        if (units.pathOf(request.unitCode()).isEmpty()) {
            throw ProblemException.unprocessable("unitCode", "unit " + request.unitCode() + " is not known");
        }
        if (caller.unitScoped() && !units.isWithin(request.unitCode(), caller.unitCode())) {
            throw new ProblemException(Problem.forbidden(List.of(new Violation("unitCode",
                    request.unitCode() + " is outside the subtree of " + caller.unitCode()))));
        }
        return retry.call("dossier totals", MAX_ATTEMPTS,
                failure -> Causes.isTransient(failure) || Causes.isDuplicateKey(failure), () -> reportOnce(request));
    }

    private DossierTotalView reportOnce(DossierTotalRequest request) {
        Optional<DossierTotalView> stored = totals.locked(request.unitCode(), request.from(), request.to());
        Instant now = clock.instant();
        if (stored.isEmpty()) {
            totals.insert(request, now);
            return announced(request, 1, now, Outcome.ACCEPTED);
        }
        DossierTotalView current = stored.get();
        if (current.total() == request.total() && Objects.equals(current.source(), request.source())) {
            return withOutcome(current, Outcome.DUPLICATE);
        }
        totals.update(request, now);
        return announced(request, current.version() + 1, now, Outcome.UPDATED);
    }

    /** The totals of a unit's subtree (every unit without one) for periods overlapping [from, to). */
    public List<DossierTotalView> list(String unit, LocalDate from, LocalDate to) {
        Optional<String> path = unit == null ? Optional.empty()
                : Optional.of(units.pathOf(unit).orElseThrow(() -> UnknownUnit.unprocessable("unit", unit)));
        return totals.overlapping(path, from, to);
    }

    private DossierTotalView announced(DossierTotalRequest request, long version, Instant now, Outcome outcome) {
        DossierTotalsReported event = new DossierTotalsReported(UUID.randomUUID().toString(), now, request.unitCode(),
                request.from(), request.to(), request.total(), request.source());
        outbox.append(Topic.REPORT_EVENTS.name(), event.key(), event);
        return new DossierTotalView(request.unitCode(), request.from(), request.to(), request.total(), request.source(),
                version, LocalTime.of(now), outcome);
    }

    private static DossierTotalView withOutcome(DossierTotalView view, Outcome outcome) {
        return new DossierTotalView(view.unitCode(), view.from(), view.to(), view.total(), view.source(), view.version(),
                view.reportedAt(), outcome);
    }

}
