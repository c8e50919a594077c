package vn.dvc.kpi.pilot;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.kpi.model.FlaggedReceipts.FlaggedReceipt;
import vn.dvc.kpi.model.FlaggedReceipts;
import vn.dvc.kpi.model.OnlineOnlyReport.UnitCompliance;
import vn.dvc.kpi.model.OnlineOnlyReport;
import vn.dvc.kpi.model.OnlineOnlyView;
import vn.dvc.kpi.store.OnlineOnlyPilots;
import vn.dvc.problem.ProblemException;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.OnlineOnlyCompliance;
import vn.dvc.rules.Ratio;
import vn.dvc.rules.RulesVersion;

/**
 * ONLINE_ONLY_COMPLIANCE and the receipts it flags (docs/counting-rules.md, "Online-only pilot"). The figure sums the
 * units' own rows of offering use (received and received online per unit, day and service), the list reads the
 * dossiers' latest facts: both are what the dossiers' events say whatever their order.
 */
@ApplicationScoped
public class PilotCompliance {

    static final BigDecimal TARGET = BigDecimal.valueOf(100);

    private final OnlineOnlyPilots pilots;
    private final UnitCopy units;

    public PilotCompliance(OnlineOnlyPilots pilots, UnitCopy units) {
        this.pilots = pilots;
        this.units = units;
    }

    /** The pilot's figure over the scope (a unit's subtree; the whole pilot when null) and [from, to). */
    public OnlineOnlyReport report(String campaignId, String unitCode, LocalDate from, LocalDate to) {
        OnlineOnlyView pilot = pilotOf(campaignId);
        List<CopiedUnit> covered = coveredUnits(pilot, unitCode);
        Map<String, Ratio> byUnit = receiptsByUnit(pilot, codesOf(covered), from, to);
        long online = byUnit.values().stream().mapToLong(Ratio::numerator).sum();
        long all = byUnit.values().stream().mapToLong(Ratio::denominator).sum();
        Ratio figure = OnlineOnlyCompliance.of(online, all);
        List<UnitCompliance> perUnit = covered.stream().filter(unit -> byUnit.containsKey(unit.code()))
                .map(unit -> {
                    Ratio ratio = byUnit.get(unit.code());
                    return new UnitCompliance(unit.code(), unit.name(), ratio.numerator(), ratio.denominator(),
                            ratio.percent(), ratio.denominator() - ratio.numerator());
                })
                .sorted(Comparator.comparingLong(UnitCompliance::flagged).reversed()).toList();
        return new OnlineOnlyReport(campaignId, pilot, OnlineOnlyCompliance.CODE, unitCode, from, to, figure.numerator(),
                figure.denominator(), figure.percent(), TARGET,
                figure.percent() == null ? null : figure.percent().compareTo(TARGET) >= 0,
                figure.denominator() - figure.numerator(), perUnit, RulesVersion.CURRENT);
    }

    /** For each unit given, over its subtree: the pilot's receipts online and all; none when the campaign has no pilot. */
    public Map<String, Ratio> ofSubtrees(String campaignId, Collection<String> unitCodes, LocalDate from, LocalDate to) {
        Map<String, Ratio> figures = new HashMap<>();
        OnlineOnlyView pilot = pilots.find(campaignId).orElse(null);
        if (pilot == null) {
            return figures;
        }
        Set<String> covered = codesOf(coveredUnits(pilot, null));
        Map<String, Ratio> byUnit = receiptsByUnit(pilot, covered, from, to);
        for (String unitCode : unitCodes) {
            List<Ratio> inside = units.subtreeOf(unitCode).stream().map(unit -> byUnit.get(unit.code()))
                    .filter(ratio -> ratio != null).toList();
            if (!inside.isEmpty() || covered.contains(unitCode)) {
                figures.put(unitCode, OnlineOnlyCompliance.of(inside.stream().mapToLong(Ratio::numerator).sum(),
                        inside.stream().mapToLong(Ratio::denominator).sum()));
            }
        }
        return figures;
    }

    /** The flagged receipts of the scope in [from, to), the latest first. */
    public FlaggedReceipts flagged(String campaignId, String unitCode, LocalDate from, LocalDate to, int page, int size) {
        OnlineOnlyView pilot = pilotOf(campaignId);
        Set<String> covered = codesOf(coveredUnits(pilot, unitCode));
        LocalDate start = from.isBefore(pilot.from()) ? pilot.from() : from;
        if (covered.isEmpty() || !start.isBefore(to)) {
            return new FlaggedReceipts(campaignId, OnlineOnlyCompliance.ANOMALY, OnlineOnlyCompliance.ANOMALY_LABEL, 0,
                    page, size, List.of());
        }
        // the summary rows count the same receipts as the facts (reconciled): no second scan of the facts for the total
        long total = receiptsByUnit(pilot, covered, from, to).values().stream()
                .mapToLong(ratio -> ratio.denominator() - ratio.numerator()).sum();
        List<FlaggedReceipt> items = pilots.receiptsNotOnline(pilot.services(), covered, start, to, page, size);
        return new FlaggedReceipts(campaignId, OnlineOnlyCompliance.ANOMALY, OnlineOnlyCompliance.ANOMALY_LABEL, total,
                page, size, items);
    }

    private OnlineOnlyView pilotOf(String campaignId) {
        return pilots.find(campaignId).orElseThrow(() ->
                ProblemException.notFound("Campaign " + campaignId + " has no online-only pilot"));
    }

    /** The pilot's units with their subtrees, inside the scope's subtree when one is given. */
    private List<CopiedUnit> coveredUnits(OnlineOnlyView pilot, String unitCode) {
        Set<CopiedUnit> covered = new LinkedHashSet<>();
        pilot.units().forEach(code -> covered.addAll(units.subtreeOf(code)));
        if (unitCode == null) {
            return List.copyOf(covered);
        }
        List<CopiedUnit> scope = units.subtreeOf(unitCode);
        if (scope.isEmpty()) {
            throw UnknownUnit.notFound(unitCode);
        }
        Set<String> inScope = codesOf(scope);
        return covered.stream().filter(unit -> inScope.contains(unit.code())).toList();
    }

    private Map<String, Ratio> receiptsByUnit(OnlineOnlyView pilot, Set<String> covered, LocalDate from, LocalDate to) {
        Map<String, Ratio> byUnit = new HashMap<>();
        LocalDate start = from.isBefore(pilot.from()) ? pilot.from() : from;
        if (covered.isEmpty() || !start.isBefore(to)) {
            return byUnit;
        }
        OnlineOnlyCompliance rule = new OnlineOnlyCompliance(pilot.from(), Set.copyOf(pilot.services()));
        Map<String, long[]> sums = new HashMap<>();
        pilots.offeringUse(covered, pilot.services(), start, to, use -> {
            if (rule.covers(use.serviceCode(), use.day())) {
                long[] sum = sums.computeIfAbsent(use.unitCode(), unit -> new long[2]);
                sum[0] += use.onlineDossiers();
                sum[1] += use.dossiers();
            }
        });
        sums.forEach((unit, sum) -> byUnit.put(unit, OnlineOnlyCompliance.of(sum[0], sum[1])));
        return byUnit;
    }

    private static Set<String> codesOf(Collection<CopiedUnit> units) {
        return units.stream().map(CopiedUnit::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
