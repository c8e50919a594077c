package vn.dvc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.reporting.model.CompletionReport.FormCompletion;
import vn.dvc.reporting.model.CompletionReport.MissingReport;
import vn.dvc.reporting.model.CompletionReport;
import vn.dvc.reporting.model.RateView;
import vn.dvc.reporting.repository.Obligation;
import vn.dvc.reporting.repository.ObligationRepository.Selection;
import vn.dvc.reporting.repository.ObligationRepository;
import vn.dvc.reporting.repository.ReportFormRepository;
import vn.dvc.reporting.rules.ReportForm;
import vn.dvc.reporting.rules.ReportingRate;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.RulesVersion;
import vn.dvc.rules.time.PortalTime;

/** Report completion over the obligations still owed, form by form (DHIS2's reporting rate, {@link ReportingRate}). */
@ApplicationScoped
public class Completion {


    private final ObligationRepository obligations;
    private final ReportFormRepository forms;
    private final UnitCopy units;
    private final Clock clock;

    public Completion(ObligationRepository obligations, ReportFormRepository forms, UnitCopy units, Clock clock) {
        this.obligations = obligations;
        this.forms = forms;
        this.units = units;
        this.clock = clock;
    }

    /** The selection's completion; {@code unit} limits it to that unit's subtree. */
    public CompletionReport of(String system, String formCode, String unit, String period, LocalDate from, LocalDate to,
                               int missingLimit) {
        String unitPath = unit == null ? null : units.pathOf(unit)
                .orElseThrow(() -> UnknownUnit.unprocessable("unit", unit));
        Instant start = from == null ? null : from.atStartOfDay(PortalTime.LOCAL_ZONE).toInstant();
        Instant end = to == null ? null : to.atStartOfDay(PortalTime.LOCAL_ZONE).toInstant();
        List<Obligation> owed = obligations.expected(new Selection(system, formCode, unitPath, period, start, end));
        Map<String, List<Obligation>> byForm = new LinkedHashMap<>();
        owed.forEach(obligation -> byForm.computeIfAbsent(obligation.formCode(), code -> new ArrayList<>()).add(obligation));
        Map<String, ReportForm> known = forms.byCodes(byForm.keySet());
        Map<String, CopiedUnit> named = units.byCodes(owed.stream().filter(o -> o.submittedAt() == null)
                .map(Obligation::unitCode).distinct().toList());
        Instant now = clock.instant();
        ReportingRate total = ReportingRate.NONE;
        List<FormCompletion> completions = new ArrayList<>();
        for (Map.Entry<String, List<Obligation>> entry : byForm.entrySet()) {
            ReportForm form = known.get(entry.getKey());
            ReportingRate rate = ReportingRate.of(entry.getValue().stream().map(Obligation::state).toList());
            total = total.plus(rate);
            List<Obligation> missing = entry.getValue().stream().filter(o -> o.submittedAt() == null).toList();
            completions.add(new FormCompletion(form.code(), form.name(), form.system().name(), form.system().label(),
                    RateView.of(rate), missing.size(), missing.stream().limit(missingLimit).map(o -> new MissingReport(
                            o.unitCode(), named.containsKey(o.unitCode()) ? named.get(o.unitCode()).name() : null,
                            o.indicatorCode().isEmpty() ? null : o.indicatorCode(), o.period(),
                            LocalTime.of(o.deadline()), o.deadline().isBefore(now))).toList()));
        }
        return new CompletionReport(system, formCode, unit, period, from, to, RulesVersion.CURRENT, RateView.of(total), completions);
    }
}
