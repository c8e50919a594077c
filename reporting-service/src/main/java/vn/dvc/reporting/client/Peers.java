package vn.dvc.reporting.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.problem.ProblemException;
import vn.dvc.reporting.client.DossierApi.Total;
import vn.dvc.reporting.client.KpiApi.CampaignProgress;
import vn.dvc.reporting.client.KpiApi.EmcPage;
import vn.dvc.reporting.client.KpiApi.Ranking;
import vn.dvc.reporting.client.PaymentApi.PaymentRow;
import vn.dvc.reporting.rules.DigestFacts;

/**
 * The figures reporting-service reads from its peers. Each call has the client's connect and read timeouts and is
 * retried twice; a peer still failing is a 503 problem naming it, so a bulletin or a sheet is whole or not made.
 */
@ApplicationScoped
public class Peers {

    private static final Logger LOG = Logger.getLogger(Peers.class);
    private static final int EMC_PAGE = 200;

    private final KpiApi kpi;
    private final PaymentApi payments;
    private final DossierApi dossiers;

    public Peers(@RestClient KpiApi kpi, @RestClient PaymentApi payments, @RestClient DossierApi dossiers) {
        this.kpi = kpi;
        this.payments = payments;
        this.dossiers = dossiers;
    }

    /** Every unit × indicator of a unit's subtree (none: of every unit) for the period, all pages. */
    @Retry(maxRetries = 2, delay = 250)
    public List<Figure> everyUnitsFigures(String within, LocalDate from, LocalDate to) {
        return call("kpi-service", () -> {
            List<Figure> rows = new ArrayList<>();
            for (int page = 0; ; page++) {
                EmcPage one = kpi.emc(within, from, to, page, EMC_PAGE);
                rows.addAll(one.rows());
                if ((long) (page + 1) * EMC_PAGE >= one.totalUnits()) {
                    return rows;
                }
            }
        });
    }

    @Retry(maxRetries = 2, delay = 250)
    public List<Figure> scopeFigures(String unit, LocalDate from, LocalDate to) {
        return call("kpi-service", () -> kpi.indicators(unit, from, to).indicators());
    }

    @Retry(maxRetries = 2, delay = 250)
    /** @param within a unit whose subtree's units only are ranked; null: every unit of the tier */
    public Ranking ranking(String indicator, Tier tier, String within, LocalDate from, LocalDate to) {
        return call("kpi-service", () -> kpi.ranking(indicator, tier, within, from, to));
    }

    @Retry(maxRetries = 2, delay = 250)
    /** @param within a unit whose subtree's units only are listed; null: every unit of the tier */
    public CampaignProgress progress(String campaign, Tier tier, String within) {
        return call("kpi-service", () -> kpi.progress(campaign, tier, within));
    }

    @Retry(maxRetries = 2, delay = 250)
    /** @param unit the scope's unit; null: the whole tree */
    public KpiApi.Score766 score766(String unit, LocalDate from, LocalDate to) {
        return call("kpi-service", () -> kpi.score766(unit, from, to));
    }

    @Retry(maxRetries = 2, delay = 250)
    public List<KpiApi.UnitFreshness> quietUnits(String within) {
        return call("kpi-service", () -> kpi.freshness(within).units().stream().filter(KpiApi.UnitFreshness::quiet).toList());
    }

    @Retry(maxRetries = 2, delay = 250)
    public List<KpiApi.QualityFlag> qualityFlags(String within, LocalDate from, LocalDate to) {
        return call("kpi-service", () -> kpi.quality(within, from, to).flags());
    }

    /** A campaign's tasks at a moment (ISO-8601), of a unit's subtree (none: every unit), of one status (none: all). */
    @Retry(maxRetries = 2, delay = 250)
    public KpiApi.TaskBoard tasks(String campaign, String unit, String status, java.time.OffsetDateTime at) {
        return call("kpi-service", () -> kpi.tasks(campaign, unit, status, at.toString()));
    }

    /** Deliveries to the measurement system given up, the latest 500. */
    @Retry(maxRetries = 2, delay = 250)
    public List<KpiApi.Push> failedPushes() {
        return call("kpi-service", () -> kpi.pushes("FAILED", 500));
    }

    /** History imports that failed, the latest 50. */
    @Retry(maxRetries = 2, delay = 250)
    public List<DossierApi.Import> failedImports() {
        return call("dossier-service", () -> dossiers.imports("FAILED"));
    }

    @Retry(maxRetries = 2, delay = 250)
    public List<PaymentRow> paymentsByUnitAndField(String within, LocalDate from, LocalDate to) {
        return call("payment-service", () -> payments.appendixFive(within, from, to));
    }

    @Retry(maxRetries = 2, delay = 250)
    public long nearDue(String unit, String within) {
        return call("dossier-service", () -> totalOrNone(() -> dossiers.nearDue(unit, within, 1)));
    }

    @Retry(maxRetries = 2, delay = 250)
    public long overdue(String unit) {
        return call("dossier-service", () -> totalOrNone(() -> dossiers.overdue(unit, 1)));
    }

    /** The unit's open dossiers due within {@code within} with no apology letter: the total and the first {@code size}. */
    @Retry(maxRetries = 2, delay = 250)
    public DigestFacts.Dossiers nearDueDossiers(String unit, String within, int size) {
        return call("dossier-service", () -> dossiersOrNone(() -> dossiers.nearDue(unit, within, size)));
    }

    /** The unit's open dossiers past due: the total and the most overdue {@code size}. */
    @Retry(maxRetries = 2, delay = 250)
    public DigestFacts.Dossiers overdueDossiers(String unit, int size) {
        return call("dossier-service", () -> dossiersOrNone(() -> dossiers.overdue(unit, size)));
    }

    private static long totalOrNone(Supplier<Total> worklist) {
        return dossiersOrNone(worklist).total();
    }

    /** A unit dossier-service does not know (404, 422) has no dossiers there. */
    private static DigestFacts.Dossiers dossiersOrNone(Supplier<Total> worklist) {
        try {
            Total answer = worklist.get();
            List<DigestFacts.Dossier> first = answer.items() == null ? List.of() : answer.items().stream()
                    .map(item -> new DigestFacts.Dossier(item.dossierId(), item.dueAtInForce().toInstant())).toList();
            return new DigestFacts.Dossiers(answer.total(), first);
        } catch (WebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 404 || status == 422) {
                return DigestFacts.Dossiers.NONE;
            }
            throw refused;
        }
    }

    private static <T> T call(String peer, Supplier<T> request) {
        try {
            return request.get();
        } catch (RuntimeException failure) {
            LOG.warnf("%s did not answer: %s", peer, failure.getMessage());
            throw ProblemException.unavailable(peer + " is unavailable; nothing was made, retry later");
        }
    }
}
