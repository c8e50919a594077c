package vn.dvc.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.commons.identity.WriteScope;
import vn.dvc.commons.web.LocalDates;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.model.CampaignProgress.IndicatorProgress;
import vn.dvc.kpi.model.CampaignProgress.UnitProgress;
import vn.dvc.kpi.model.CampaignProgress;
import vn.dvc.kpi.model.CampaignRequest;
import vn.dvc.kpi.model.CampaignView;
import vn.dvc.kpi.model.TaskBoard;
import vn.dvc.kpi.pilot.PilotCompliance;
import vn.dvc.kpi.store.CampaignStore;
import vn.dvc.kpi.tasks.TaskBoards;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;
import vn.dvc.rules.CampaignPace;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.Figure;
import vn.dvc.rules.IndicatorRule;
import vn.dvc.rules.IndicatorValue;
import vn.dvc.rules.OnlineOnlyCompliance;
import vn.dvc.rules.Ratio;
import vn.dvc.rules.Sums;
import vn.dvc.rules.TargetScope;
import vn.dvc.rules.time.PortalTime;

/** Campaigns with their targets, and each unit's progress towards them. */
@ApplicationScoped
public class Campaigns {

    /** The pace is what the last week added. */
    static final long PACE_WINDOW_DAYS = 7;
    private static final TaskBoard.Counts NO_TASKS = new TaskBoard.Counts(0, 0, 0, 0);

    private final CampaignStore store;
    private final Indicators indicators;
    private final UnitCopy units;
    private final PilotCompliance pilot;
    private final TaskBoards tasks;

    public Campaigns(CampaignStore store, Indicators indicators, UnitCopy units, PilotCompliance pilot, TaskBoards tasks) {
        this.store = store;
        this.indicators = indicators;
        this.units = units;
        this.pilot = pilot;
        this.tasks = tasks;
    }

    /** [from, to) as given, or the campaign's own period when both are absent. */
    public LocalDates.Period periodOf(String id, String from, String to) {
        if (from == null && to == null) {
            CampaignView campaign = find(id).orElseThrow(() -> ProblemException.notFound("Campaign " + id + " is not known"));
            return LocalDates.Period.of(campaign.from(), campaign.to());
        }
        return LocalDates.period(from, to);
    }

    /**
     * A campaign belongs to the province whose key made it, or to the nation: a key held to a province changes only
     * its province's campaigns (their targets, tasks and pilot), and names only its units; a national key changes any.
     * A 403 naming the field otherwise.
     */
    public void requireWritable(String id, Caller caller) {
        if (!caller.unitScoped()) {
            return;
        }
        Optional<String> owner = store.ownerOf(id).orElse(Optional.of(caller.unitCode()));
        if (!owner.equals(Optional.of(caller.unitCode()))) {
            throw new ProblemException(Problem.forbidden(List.of(new Violation("id", "campaign " + id + " belongs to "
                    + (owner.isEmpty() ? "the nation" : "another province") + ": a key held to " + caller.unitCode()
                    + " changes its own province's campaigns only"))));
        }
    }

    /** The violations of a key held to a province naming units outside it, field by field. */
    public List<Violation> outsideOf(Caller caller, String field, List<String> unitCodes) {
        List<Violation> outside = new ArrayList<>();
        for (int i = 0; i < unitCodes.size(); i++) {
            WriteScope.check(caller, field + "[" + i + "]", unitCodes.get(i), units::isWithin).ifPresent(outside::add);
        }
        return outside;
    }

    @Transactional
    public CampaignView put(String id, CampaignRequest request, Caller caller) {
        requireWritable(id, caller);
        LocalDate from = LocalDates.parse("from", request.from());
        LocalDate to = LocalDates.parse("to", request.to());
        if (!from.isBefore(to)) {
            throw ProblemException.badRequest("to", "must be after from (the period is [from, to))");
        }
        List<Violation> violations = new ArrayList<>();
        request.targets().keySet().stream().filter(code -> known(code).isEmpty()).sorted()
                .forEach(code -> violations.add(new Violation("targets." + code, "is not an indicator code")));
        if (request.targetRules() != null) {
            request.targetRules().keySet().stream().filter(code -> !request.targets().containsKey(code)).sorted()
                    .forEach(code -> violations.add(new Violation("targetRules." + code, "names no target of the campaign")));
        }
        List<CampaignRequest.UnitTarget> unitTargets = request.unitTargets() == null ? List.of() : request.unitTargets();
        Map<String, CopiedUnit> knownUnits = units.byCodes(unitTargets.stream().map(CampaignRequest.UnitTarget::unit).distinct().toList());
        for (int i = 0; i < unitTargets.size(); i++) {
            if (known(unitTargets.get(i).indicator()).isEmpty()) {
                violations.add(new Violation("unitTargets[" + i + "].indicator", "is not an indicator code"));
            }
            if (!knownUnits.containsKey(unitTargets.get(i).unit())) {
                violations.add(new Violation("unitTargets[" + i + "].unit", "unit " + unitTargets.get(i).unit() + " is not known"));
            }
        }
        List<Violation> outside = outsideOf(caller, "unitTargets.unit", unitTargets.stream().map(CampaignRequest.UnitTarget::unit).toList());
        if (!outside.isEmpty()) {
            throw new ProblemException(Problem.forbidden(outside.stream().map(v -> new Violation(
                    v.field().replace("unitTargets.unit[", "unitTargets[").replace("]", "].unit"), v.message())).toList()));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.unprocessable(violations));
        }
        Map<String, LocalDate> judgedOn = new HashMap<>();
        if (request.targetRules() != null) {
            request.targetRules().forEach((code, rule) -> {
                if (rule.judgedOn() != null) {
                    judgedOn.put(code, LocalDates.parse("targetRules." + code + ".judgedOn", rule.judgedOn()));
                }
            });
        }
        store.save(id, request, from, to, judgedOn, unitTargets, caller.unitCode());
        return find(id).orElseThrow();
    }

    public Optional<CampaignView> find(String id) {
        return store.find(id);
    }

    public List<CampaignView> all() {
        return store.ids().stream().map(id -> find(id).orElseThrow()).toList();
    }

    /** Each unit of the tier (within a subtree, if asked) against the campaign's targets, as of today. */
    public CampaignProgress progress(String id, Tier tier, String within) {
        CampaignView campaign = find(id).orElseThrow(() -> ProblemException.notFound("Campaign " + id + " is not known"));
        LocalDate tomorrow = LocalDate.now(PortalTime.LOCAL_ZONE).plusDays(1);
        LocalDate asOf = campaign.to().isBefore(tomorrow) ? campaign.to() : tomorrow;
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(campaign.from(), asOf));
        long remaining = Math.max(0, ChronoUnit.DAYS.between(asOf.isBefore(campaign.from()) ? campaign.from() : asOf,
                campaign.to()));
        List<CopiedUnit> scope = within == null ? units.all() : units.subtreeOf(within);
        if (within != null && scope.isEmpty()) {
            throw UnknownUnit.notFound(within);
        }
        Map<String, Map<String, BigDecimal>> overrides = new HashMap<>();
        campaign.unitTargets().forEach(t -> overrides.computeIfAbsent(t.unit(), unit -> new HashMap<>()).put(t.indicator(), t.target()));
        List<UnitProgress> progress = new ArrayList<>();
        List<CopiedUnit> ofTier = scope.stream().filter(candidate -> candidate.tier() == tier).toList();
        Map<String, Ratio> onlineOnly = elapsed == 0 ? Map.of()
                : pilot.ofSubtrees(id, ofTier.stream().map(CopiedUnit::code).toList(), campaign.from(), asOf);
        Map<String, TaskBoard.Counts> taskCounts = new HashMap<>();
        tasks.board(id, within, null, Instant.now()).units().forEach(unit -> taskCounts.put(unit.unit(), unit.counts()));
        Map<String, Map<String, List<String>>> applyingLines = applyingLinesOf(campaign, scope);
        for (CopiedUnit unit : ofTier) {
            Map<String, BigDecimal> targets = new TreeMap<>(campaign.targets());
            targets.putAll(overrides.getOrDefault(unit.code(), Map.of()));
            List<IndicatorProgress> figures = new ArrayList<>();
            targets.forEach((code, target) -> known(code).ifPresent(rule -> {
                CampaignRequest.TargetRule targetRule = campaign.targetRules().get(code);
                TargetScope judgedScope = targetRule == null || targetRule.appliesTo() == null ? null : scopeOf(targetRule.appliesTo());
                List<String> judged = judgedScope == null ? List.of(unit.code())
                        : judgedScope.topmostUnder(unit.code(), applyingLines.get(code));
                figures.add(progressOf(rule, judged, campaign.from(), asOf, elapsed, remaining, target)
                        .judged(judgedScope, targetRule == null || targetRule.judgedOn() == null ? campaign.to() : LocalDate.parse(targetRule.judgedOn())));
            }));
            progress.add(new UnitProgress(unit.code(), unit.name(), figures, onlineOnlyOf(onlineOnly.get(unit.code())),
                    taskCounts.getOrDefault(unit.code(), NO_TASKS)));
        }
        return new CampaignProgress(id, campaign.from(), campaign.to(), asOf, elapsed, remaining, tier, progress);
    }

    /** The figure of the units judged (the unit itself, or the units of its subtree the target applies to) against it. */
    private IndicatorProgress progressOf(IndicatorRule rule, List<String> judged, LocalDate from, LocalDate asOf, long elapsed,
                                         long remaining, BigDecimal target) {
        if (elapsed == 0) {
            return new IndicatorProgress(rule.code(), null, null, null, null, target, null, null, null, null, null);
        }
        IndicatorValue now = figureOf(judged, from, asOf, rule).against(target, rule.higherIsBetter());
        BigDecimal needed = null;
        BigDecimal projected = null;
        if ("RATIO".equals(now.kind()) && rule.higherIsBetter()) {
            long window = Math.min(PACE_WINDOW_DAYS, elapsed);
            Ratio before = elapsed > window ? ratioOf(figureOf(judged, from, asOf.minusDays(window), rule)) : Ratio.of(0, 0);
            CampaignPace.Projection pace = CampaignPace.of(ratioOf(now), before, window, remaining, target);
            needed = pace.neededPerDay();
            projected = pace.projectedPercent();
        }
        return new IndicatorProgress(rule.code(), now.numerator(), now.denominator(), now.percent(), now.value(), target,
                now.met(), needed, projected, null, null);
    }

    /**
     * One unit's figure, or — a target of a scope — the figure of several units together: their numerators and
     * denominators (or counts) summed, each unit's subtree counted once (the units are the topmost of the scope).
     */
    private IndicatorValue figureOf(List<String> judged, LocalDate from, LocalDate to, IndicatorRule rule) {
        if (judged.size() == 1) {
            return indicators.of(judged.get(0), from, to, rule);
        }
        if (judged.isEmpty()) {
            return IndicatorValue.of(rule, rule.compute(new Sums(Map.of(), Map.of())), null);
        }
        List<IndicatorValue> each = judged.stream().map(unit -> indicators.of(unit, from, to, rule)).toList();
        if (!each.isEmpty() && "COUNT".equals(each.get(0).kind())) {
            return IndicatorValue.of(rule, Figure.count(each.stream().mapToLong(value -> value.value() == null ? 0 : value.value()).sum(),
                    Map.of()), null);
        }
        return IndicatorValue.of(rule, Figure.ratio(Ratio.of(each.stream().mapToLong(value -> value.numerator() == null ? 0 : value.numerator()).sum(),
                each.stream().mapToLong(value -> value.denominator() == null ? 0 : value.denominator()).sum())), null);
    }

    /**
     * Per target of a scope: the units of the tree read that it applies to, each with its line from the root (read
     * once for every unit of the tier).
     */
    private Map<String, Map<String, List<String>>> applyingLinesOf(CampaignView campaign, List<CopiedUnit> tree) {
        Map<String, Map<String, List<String>>> lines = new HashMap<>();
        campaign.targetRules().forEach((code, rule) -> {
            if (rule.appliesTo() != null) {
                TargetScope scope = scopeOf(rule.appliesTo());
                lines.put(code, units.linesOf(tree.stream().filter(scope::appliesTo).map(CopiedUnit::code).toList()));
            }
        });
        return lines;
    }

    private static TargetScope scopeOf(CampaignRequest.Scope scope) {
        return new TargetScope(scope.units(), scope.kinds(), scope.tiers());
    }

    private static IndicatorProgress onlineOnlyOf(Ratio figure) {
        if (figure == null) {
            return null;
        }
        BigDecimal target = BigDecimal.valueOf(100);
        return new IndicatorProgress(OnlineOnlyCompliance.CODE, figure.numerator(), figure.denominator(), figure.percent(),
                null, target, figure.percent() == null ? null : figure.percent().compareTo(target) >= 0, null, null, null, null);
    }

    private static Ratio ratioOf(IndicatorValue value) {
        return Ratio.of(value.numerator(), value.denominator());
    }

    private static Optional<IndicatorRule> known(String code) {
        return Indicators.rules().stream().filter(rule -> rule.code().equals(code)).findFirst();
    }
}
