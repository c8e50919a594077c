package vn.dvc.reporting.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A stored report form: what is reported, how often, by when, and who owes it ({@code tiers} and {@code units}, and
 * per indicator its own unit when it has one).
 */
public record ReportForm(String code, String name, ReportSystem system, Frequency frequency, DueRule dueRule,
                         LocalDate activeFrom, LocalDate activeTo, Set<String> tiers, Set<String> units,
                         List<FormIndicator> indicators) {

    /** No indicator: the form is reported as a whole (its obligations carry this indicator code). */
    public static final String WHOLE_FORM = "";

    public record FormIndicator(String code, String name, String unitCode) {
    }

    /** The instances begun by {@code today} (local) inside the form's active range, oldest first. */
    public List<PeriodInstance> instancesBegunBy(LocalDate today) {
        List<PeriodInstance> instances = new ArrayList<>();
        for (PeriodInstance instance = frequency.containing(activeFrom, activeFrom);
             !instance.start().isAfter(today) && (activeTo == null || instance.start().isBefore(activeTo));
             instance = frequency.after(instance, activeFrom)) {
            instances.add(instance);
        }
        return instances;
    }

    /** Whether the named instance exists for this form and has begun by {@code today}. */
    public Optional<PeriodInstance> instance(String name, LocalDate today) {
        return frequency.parse(name, activeFrom)
                .filter(instance -> instance.end().isAfter(activeFrom))
                .filter(instance -> activeTo == null || instance.start().isBefore(activeTo))
                .filter(instance -> !instance.start().isAfter(today));
    }

    /**
     * Who owes what: each indicator by its own unit, or else by the form's assignees (the listed units and
     * {@code unitsOfTiers}, the units of its tiers); a form without indicators is owed whole by its assignees.
     */
    public Set<Assignment> assignments(Collection<String> unitsOfTiers) {
        Set<String> assignees = new LinkedHashSet<>(units);
        assignees.addAll(unitsOfTiers);
        Set<Assignment> assignments = new LinkedHashSet<>();
        if (indicators.isEmpty()) {
            assignees.forEach(unit -> assignments.add(new Assignment(WHOLE_FORM, unit)));
        }
        for (FormIndicator indicator : indicators) {
            if (indicator.unitCode() != null) {
                assignments.add(new Assignment(indicator.code(), indicator.unitCode()));
            } else {
                assignees.forEach(unit -> assignments.add(new Assignment(indicator.code(), unit)));
            }
        }
        return assignments;
    }

    /** One report of the form (or of one of its indicators) owed by one unit, for each period instance. */
    public record Assignment(String indicatorCode, String unitCode) {

        public String obligationId(String formCode, PeriodInstance instance) {
            return String.join("|", formCode, indicatorCode, unitCode, instance.name());
        }
    }

    public boolean hasIndicators() {
        return !indicators.isEmpty();
    }
}
