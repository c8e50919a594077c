package vn.dvc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.inbox.TransactionRetry;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;
import vn.dvc.reporting.model.FormRequest.IndicatorRequest;
import vn.dvc.reporting.model.FormRequest;
import vn.dvc.reporting.model.FormsSaved;
import vn.dvc.reporting.repository.ReportFormRepository;
import vn.dvc.reporting.rules.DueRule;
import vn.dvc.reporting.rules.ReportForm.FormIndicator;
import vn.dvc.reporting.rules.ReportForm;
import vn.dvc.rules.time.PortalTime;

/**
 * Stores report forms, checked whole first (every problem of every form listed, nothing stored on a refusal), and
 * brings their obligations up to date in the same transaction.
 */
@ApplicationScoped
public class ReportForms {

    private static final int MAX_ATTEMPTS = 5;

    private final ReportFormRepository forms;
    private final Obligations obligations;
    private final UnitCopy units;
    private final TransactionRetry retry;
    private final Clock clock;

    public ReportForms(ReportFormRepository forms, Obligations obligations, UnitCopy units, TransactionRetry retry,
                       Clock clock) {
        this.forms = forms;
        this.obligations = obligations;
        this.units = units;
        this.retry = retry;
        this.clock = clock;
    }

    public FormsSaved save(List<FormRequest> requests) {
        List<ReportForm> checked = check(requests);
        return retry.call("report forms", MAX_ATTEMPTS, () -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, PortalTime.LOCAL_ZONE);
            forms.lock(checked.stream().map(ReportForm::code).toList());
            int changed = 0;
            for (ReportForm form : checked) {
                forms.save(form, now);
                changed += obligations.materialize(form, today, now);
            }
            return new FormsSaved(checked.size(), changed);
        });
    }

    private List<ReportForm> check(List<FormRequest> requests) {
        List<Violation> invalid = new ArrayList<>();
        List<Violation> unprocessable = new ArrayList<>();
        Set<String> knownUnits = units.byCodes(requests.stream().flatMap(ReportForms::unitsNamed).distinct().toList()).keySet();
        Set<String> codes = new HashSet<>();
        List<ReportForm> checked = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            FormRequest request = requests.get(i);
            String at = "[" + i + "].";
            if (!codes.add(request.code())) {
                unprocessable.add(new Violation(at + "code", "form " + request.code() + " is given twice"));
            }
            DueRule dueRule = DueRule.parse(request.dueRule()).orElse(null);
            if (dueRule == null) {
                invalid.add(new Violation(at + "dueRule", "must be <days>D or <days>D@HH:mm (e.g. 15D, 0D@17:00)"));
            }
            if (request.activeTo() != null && !request.activeTo().isAfter(request.activeFrom())) {
                invalid.add(new Violation(at + "activeTo", "must be after activeFrom"));
            }
            List<String> listed = request.assignedUnits() == null ? List.of() : request.assignedUnits();
            for (int u = 0; u < listed.size(); u++) {
                if (!knownUnits.contains(listed.get(u))) {
                    unprocessable.add(new Violation(at + "assignedUnits[" + u + "]", "unit " + listed.get(u) + " is not known"));
                }
            }
            List<IndicatorRequest> indicators = request.indicators() == null ? List.of() : request.indicators();
            Set<String> indicatorCodes = new HashSet<>();
            for (int k = 0; k < indicators.size(); k++) {
                IndicatorRequest indicator = indicators.get(k);
                if (!indicatorCodes.add(indicator.code())) {
                    unprocessable.add(new Violation(at + "indicators[" + k + "].code", "indicator " + indicator.code() + " is given twice"));
                }
                if (indicator.unitCode() != null && !knownUnits.contains(indicator.unitCode())) {
                    unprocessable.add(new Violation(at + "indicators[" + k + "].unitCode", "unit " + indicator.unitCode() + " is not known"));
                }
            }
            Set<String> tiers = tiersOf(request);
            boolean everyIndicatorOwned = !indicators.isEmpty() && indicators.stream().allMatch(indicator -> indicator.unitCode() != null);
            if (tiers.isEmpty() && listed.isEmpty() && !everyIndicatorOwned) {
                unprocessable.add(new Violation(at + "assignedTier", "nobody owes the form: give assignedTier, "
                        + "assignedTiers, assignedUnits, or a unitCode for every indicator"));
            }
            if (dueRule != null) {
                checked.add(new ReportForm(request.code(), request.name(), request.system(), request.frequency(), dueRule,
                        request.activeFrom(), request.activeTo(), tiers, new LinkedHashSet<>(listed),
                        indicators.stream().map(indicator -> new FormIndicator(indicator.code(), indicator.name(),
                                indicator.unitCode())).toList()));
            }
        }
        if (!invalid.isEmpty()) {
            throw new ProblemException(Problem.invalid(invalid));
        }
        if (!unprocessable.isEmpty()) {
            throw new ProblemException(Problem.unprocessable(unprocessable));
        }
        return checked;
    }

    private static Set<String> tiersOf(FormRequest request) {
        Set<String> tiers = new LinkedHashSet<>();
        if (request.assignedTier() != null) {
            tiers.add(request.assignedTier().name());
        }
        if (request.assignedTiers() != null) {
            request.assignedTiers().stream().map(Tier::name).forEach(tiers::add);
        }
        return tiers;
    }

    private static Stream<String> unitsNamed(FormRequest request) {
        Stream<String> listed = request.assignedUnits() == null ? Stream.empty() : request.assignedUnits().stream();
        Stream<String> owners = request.indicators() == null ? Stream.empty()
                : request.indicators().stream().map(IndicatorRequest::unitCode).filter(java.util.Objects::nonNull);
        return Stream.concat(listed, owners);
    }
}
