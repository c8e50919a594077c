package vn.dvc.reporting.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dvc.reporting.rules.ReportForm.FormIndicator;
import vn.dvc.reporting.rules.ReportForm;

/** A stored report form. */
public record FormView(String code, String name, String system, String systemName, String frequency, String dueRule,
                       Set<String> assignedTiers, Set<String> assignedUnits, List<FormIndicator> indicators,
                       LocalDate activeFrom, LocalDate activeTo) {

    public static FormView of(ReportForm form) {
        return new FormView(form.code(), form.name(), form.system().name(), form.system().label(),
                form.frequency().name(), form.dueRule().toString(), form.tiers(), form.units(), form.indicators(),
                form.activeFrom(), form.activeTo());
    }
}
