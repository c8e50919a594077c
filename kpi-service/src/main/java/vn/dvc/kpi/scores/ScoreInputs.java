package vn.dvc.kpi.scores;

import static vn.dvc.rules.Measure.ENDED;
import static vn.dvc.rules.Measure.OVERDUE_FROM;
import static vn.dvc.rules.Measure.OVERDUE_UNTIL;
import static vn.dvc.rules.Measure.RECEIVED;
import static vn.dvc.rules.Measure.RECEIVED_DATA_REUSED;
import static vn.dvc.rules.Measure.RECEIVED_DIGITISED;
import static vn.dvc.rules.Measure.RECEIVED_FEE_BEARING;
import static vn.dvc.rules.Measure.RECEIVED_FEE_PAID_ONLINE;
import static vn.dvc.rules.Measure.RECEIVED_FROM_PERSONAL_STORE;
import static vn.dvc.rules.Measure.RECEIVED_RESIDENT_DATA;
import static vn.dvc.rules.Measure.RESOLVED;
import static vn.dvc.rules.Measure.RESOLVED_EARLY;
import static vn.dvc.rules.Measure.RESOLVED_E_RESULT;
import static vn.dvc.rules.Measure.RESOLVED_ON_TIME;
import static vn.dvc.rules.Measure.RESOLVED_SATISFYING;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvc.contracts.quality.ProcedurePublicationChanged;
import vn.dvc.kpi.service.Indicators;
import vn.dvc.kpi.service.Scope;
import vn.dvc.kpi.sources.SourceSettings;
import vn.dvc.kpi.store.DossierFacts;
import vn.dvc.kpi.store.OfferingUptake;
import vn.dvc.kpi.store.PublicationFacts;
import vn.dvc.kpi.store.ReportFacts;
import vn.dvc.kpi.store.RollupReads;
import vn.dvc.kpi.store.UnitCounting;
import vn.dvc.rules.CertifiedCopyOffer;
import vn.dvc.rules.Ratio;
import vn.dvc.rules.ScoreLever;
import vn.dvc.rules.Sums;
import vn.dvc.rules.feedback.FeedbackCounts;
import vn.dvc.rules.publicity.PublicityParts;
import vn.dvc.rules.time.WorkingCalendar;

/**
 * The numerator and denominator of each measured 766 part for a scope and period (docs/counting-rules.md,
 * "Decision 766 score"), from the same summary rows as the served indicators.
 */
@ApplicationScoped
public class ScoreInputs {

    private final RollupReads rollups;
    private final OfferingUptake offerings;
    private final ReportFacts reports;
    private final Indicators indicators;
    private final PublicationFacts publications;
    private final DossierFacts dossiers;
    private final UnitCounting units;
    private final SourceSettings settings;

    public ScoreInputs(RollupReads rollups, OfferingUptake offerings, ReportFacts reports, Indicators indicators,
                       PublicationFacts publications, DossierFacts dossiers, UnitCounting units, SourceSettings settings) {
        this.rollups = rollups;
        this.offerings = offerings;
        this.reports = reports;
        this.indicators = indicators;
        this.publications = publications;
        this.dossiers = dossiers;
        this.units = units;
        this.settings = settings;
    }

    public Map<ScoreLever, Rate> of(Scope scope, LocalDate from, LocalDate to) {
        Sums sums = rollups.sums(scope, from, to, Set.of(RECEIVED, RECEIVED_DIGITISED, RECEIVED_FEE_BEARING,
                RECEIVED_FEE_PAID_ONLINE, RESOLVED, RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_E_RESULT,
                RECEIVED_DATA_REUSED, RECEIVED_FROM_PERSONAL_STORE, RECEIVED_RESIDENT_DATA, RESOLVED_SATISFYING),
                Set.of(RECEIVED, ENDED, OVERDUE_FROM, OVERDUE_UNTIL));
        long received = sums.inPeriod(RECEIVED);
        long resolved = sums.inPeriod(RESOLVED);
        long open = sums.stockAtEnd(RECEIVED, ENDED);
        long openWithinDue = open - sums.stockAtEnd(OVERDUE_FROM, OVERDUE_UNTIL);
        long[] fullyOnline = offerings.fullyOnlineDossiers(scope, from, to);
        Map<ScoreLever, Rate> rates = new EnumMap<>(ScoreLever.class);
        rates.put(ScoreLever.DOSSIERS_SYNCHRONISED, new Rate(received, received + reports.notEntered(scope, from, to)));
        rates.put(ScoreLever.RESOLUTION_PROGRESS, new Rate(sums.inPeriod(RESOLVED_EARLY) + sums.inPeriod(RESOLVED_ON_TIME)
                + openWithinDue, resolved + open));
        rates.put(ScoreLever.FULLY_ONLINE_DOSSIERS, new Rate(fullyOnline[1], fullyOnline[0]));
        rates.put(ScoreLever.ONLINE_PAYMENT, new Rate(sums.inPeriod(RECEIVED_FEE_PAID_ONLINE), sums.inPeriod(RECEIVED_FEE_BEARING)));
        rates.put(ScoreLever.E_RESULTS, new Rate(sums.inPeriod(RESOLVED_E_RESULT), resolved));
        rates.put(ScoreLever.DIGITISED_INPUTS, new Rate(sums.inPeriod(RECEIVED_DIGITISED), received));
        rates.put(ScoreLever.DATA_REUSE, new Rate(sums.inPeriod(RECEIVED_DATA_REUSED), received));
        rates.put(ScoreLever.PERSONAL_STORE_LINK, new Rate(sums.inPeriod(RECEIVED_FROM_PERSONAL_STORE), received));
        rates.put(ScoreLever.RESIDENT_DATA_USE, new Rate(sums.inPeriod(RECEIVED_RESIDENT_DATA), received));
        rates.put(ScoreLever.PROCEDURE_SATISFACTION, new Rate(sums.inPeriod(RESOLVED_SATISFYING), resolved));
        FeedbackCounts feedback = indicators.feedbackCounts(scope, from, to);
        rates.put(ScoreLever.FEEDBACK_ON_TIME, Rate.of(feedback.onTime()));
        rates.put(ScoreLever.FEEDBACK_SATISFACTION, Rate.of(feedback.satisfaction()));
        rates.put(ScoreLever.E_CERTIFIED_COPIES, Rate.of(CertifiedCopyOffer.of(units.communesOf(scope),
                dossiers.unitsMakingCertifiedCopies(from, to))));
        List<ProcedurePublicationChanged> records = publications.of(scope);
        WorkingCalendar calendar = settings.calendar();
        rates.put(ScoreLever.PUBLISHED_ON_TIME, Rate.of(PublicityParts.publishedOnTime(records, from, to, calendar)));
        rates.put(ScoreLever.UPDATED_ON_TIME, Rate.of(PublicityParts.updatedOnTime(records, from, to, calendar)));
        rates.put(ScoreLever.COMPLETE_CONTENT, Rate.of(PublicityParts.completeContent(records, from, to)));
        rates.put(ScoreLever.PROCEDURES_LINKED_RESIDENT_DATA, Rate.of(PublicityParts.proceduresLinkedToResidentData(records,
                dossiers.proceduresUsingResidentData(scope, from, to))));
        return rates;
    }

    public record Rate(long numerator, long denominator) {

        static Rate of(Ratio ratio) {
            return new Rate(ratio.numerator(), ratio.denominator());
        }
    }
}
