package vn.dvc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.reporting.client.KpiApi.TaskBoard;
import vn.dvc.reporting.client.KpiApi.TaskLine;
import vn.dvc.reporting.client.KpiApi.TaskObligation;
import vn.dvc.reporting.client.Peers;
import vn.dvc.reporting.model.BulletinView.OverdueTask;
import vn.dvc.reporting.model.BulletinView.OverdueTasks;
import vn.dvc.rules.CopiedUnit;

/**
 * The bulletin's "Nhiệm vụ quá hạn": each overdue obligation of the campaign's tasks counted for the department or
 * district it belongs to — the deepest administrative body of those tiers on the unit's line from the root (a commune
 * belongs to its district). Departments first, then districts, in code order; tasks in the plan's order.
 */
@ApplicationScoped
public class OverdueTaskSections {

    private static final List<Tier> TIERS = List.of(Tier.DEPARTMENT, Tier.DISTRICT);

    private final Peers peers;
    private final UnitCopy units;

    public OverdueTaskSections(Peers peers, UnitCopy units) {
        this.peers = peers;
        this.units = units;
    }

    /** @param within the province (or any unit) whose subtree's tasks count; null: every unit */
    public List<OverdueTasks> of(String campaign, String within, Instant at) {
        TaskBoard board = peers.tasks(campaign, within, "overdue", LocalTime.of(at));
        List<String> overdueUnits = board.tasks().stream().flatMap(task -> task.obligations().stream())
                .map(TaskObligation::unit).distinct().toList();
        Map<String, List<String>> lines = units.linesOf(overdueUnits);
        Map<String, CopiedUnit> onLines = units.byCodes(lines.values().stream().flatMap(List::stream).distinct().toList());
        Map<String, Map<TaskLine, Set<String>>> byOwner = new LinkedHashMap<>();
        for (TaskLine task : board.tasks()) {
            for (TaskObligation obligation : task.obligations()) {
                ownerOf(lines.getOrDefault(obligation.unit(), List.of()), onLines).ifPresent(owner -> byOwner
                        .computeIfAbsent(owner.code(), code -> new LinkedHashMap<>())
                        .computeIfAbsent(task, line -> new LinkedHashSet<>()).add(obligation.name()));
            }
        }
        List<OverdueTasks> sections = new ArrayList<>();
        byOwner.forEach((code, tasks) -> {
            CopiedUnit owner = onLines.get(code);
            List<OverdueTask> overdue = tasks.entrySet().stream().map(entry -> new OverdueTask(entry.getKey().code(),
                    entry.getKey().title(), entry.getKey().deadlineText(), List.copyOf(entry.getValue()))).toList();
            sections.add(new OverdueTasks(owner.code(), owner.name(), owner.tier(), overdue));
        });
        sections.sort(Comparator.comparingInt((OverdueTasks section) -> TIERS.indexOf(section.tier()))
                .thenComparing(OverdueTasks::unitCode));
        return sections;
    }

    private static Optional<CopiedUnit> ownerOf(List<String> line, Map<String, CopiedUnit> onLines) {
        for (int i = line.size() - 1; i >= 0; i--) {
            CopiedUnit unit = onLines.get(line.get(i));
            if (unit != null && unit.kind() == null && TIERS.contains(unit.tier())) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
