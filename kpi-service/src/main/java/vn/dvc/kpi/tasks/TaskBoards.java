package vn.dvc.kpi.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.kpi.model.TaskBoard.Counts;
import vn.dvc.kpi.model.TaskBoard.Obligation;
import vn.dvc.kpi.model.TaskBoard.TaskView;
import vn.dvc.kpi.model.TaskBoard.UnitCounts;
import vn.dvc.kpi.model.TaskBoard;
import vn.dvc.kpi.store.TaskReportStore.Key;
import vn.dvc.kpi.store.TaskReportStore.StoredReport;
import vn.dvc.kpi.store.TaskReportStore;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.RulesVersion;
import vn.dvc.rules.TaskDeadline.Occurrence;
import vn.dvc.rules.TaskStatus;
import vn.dvc.rules.time.PortalTime;

/** Where every assignee stands on every task of a campaign at a moment. */
@ApplicationScoped
public class TaskBoards {

    private final CampaignTasks tasks;
    private final TaskReportStore reports;
    private final UnitCopy units;

    public TaskBoards(CampaignTasks tasks, TaskReportStore reports, UnitCopy units) {
        this.tasks = tasks;
        this.reports = reports;
        this.units = units;
    }

    /**
     * @param unitCode only assignees of this unit's subtree; all when null
     * @param status   only obligations of this status listed (counts stay whole); all when null
     */
    public TaskBoard board(String campaignId, String unitCode, TaskStatus status, Instant at) {
        List<TaskDefinition> definitions = tasks.of(campaignId);
        List<CopiedUnit> tree = units.all();
        Set<String> scope = scopeOf(unitCode, tree);
        Map<Key, StoredReport> reported = reports.ofCampaign(campaignId);
        LocalDateTime local = LocalDateTime.ofInstant(at, PortalTime.LOCAL_ZONE);
        Map<String, CopiedUnit> byCode = tree.stream().collect(Collectors.toMap(CopiedUnit::code, unit -> unit));
        Map<String, Map<TaskStatus, Long>> perUnit = new LinkedHashMap<>();
        Map<TaskStatus, Long> overall = new EnumMap<>(TaskStatus.class);
        List<TaskView> views = new ArrayList<>();
        for (TaskDefinition task : definitions) {
            List<CopiedUnit> assignees = task.leadUnits().select(tree).stream().filter(unit -> scope.contains(unit.code())).toList();
            List<Obligation> obligations = new ArrayList<>();
            Map<TaskStatus, Long> taskCounts = new EnumMap<>(TaskStatus.class);
            for (CopiedUnit assignee : assignees) {
                for (Occurrence occurrence : task.deadline().occurrencesAsOf(local)) {
                    Obligation obligation = obligationOf(assignee, occurrence,
                            reported.get(new Key(task.code(), assignee.code(), occurrence.key())), local);
                    taskCounts.merge(obligation.status(), 1L, Long::sum);
                    overall.merge(obligation.status(), 1L, Long::sum);
                    perUnit.computeIfAbsent(assignee.code(), code -> new EnumMap<>(TaskStatus.class))
                            .merge(obligation.status(), 1L, Long::sum);
                    if (status == null || obligation.status() == status) {
                        obligations.add(obligation);
                    }
                }
            }
            if (status == null || !obligations.isEmpty()) {
                views.add(new TaskView(task.code(), task.title(), task.lead(), task.cooperating(),
                        task.cooperatingUnits().select(tree).stream().map(CopiedUnit::name).toList(), task.deadlineAsGiven(),
                        TaskDeadlines.text(task.deadline()), task.evidenceRequired(), task.planText(), task.planDeadline(),
                        task.evidence(), assignees.size(), countsOf(taskCounts),
                        obligations));
            }
        }
        List<UnitCounts> unitCounts = perUnit.entrySet().stream()
                .map(entry -> new UnitCounts(entry.getKey(), byCode.get(entry.getKey()).name(),
                        byCode.get(entry.getKey()).tier(), countsOf(entry.getValue())))
                .sorted(Comparator.comparingLong((UnitCounts unit) -> -unit.counts().overdue())
                        .thenComparingLong(unit -> -unit.counts().doneLate()))
                .toList();
        return new TaskBoard(campaignId, at.atZone(PortalTime.LOCAL_ZONE).toOffsetDateTime(), unitCode, status,
                countsOf(overall), unitCounts, views, RulesVersion.CURRENT);
    }

    /** One assignee's obligation for one occurrence, as its latest report makes it at {@code at}. */
    static Obligation obligationOf(CopiedUnit assignee, Occurrence occurrence, StoredReport report, LocalDateTime at) {
        LocalDateTime reportedAt = report == null ? null : LocalDateTime.ofInstant(report.reportedAt(), PortalTime.LOCAL_ZONE);
        LocalDateTime doneAt = report != null && "DONE".equals(report.state()) ? reportedAt : null;
        TaskStatus status = TaskStatus.of(occurrence.due(), doneAt, reportedAt, at);
        boolean known = reportedAt != null && !reportedAt.isAfter(at);
        return new Obligation(assignee.code(), assignee.name(), occurrence.key(),
                occurrence.due() == null ? null : occurrence.due().atZone(PortalTime.LOCAL_ZONE).toOffsetDateTime(), status,
                known ? report.state() : null, known ? report.progress() : null,
                known ? reportedAt.atZone(PortalTime.LOCAL_ZONE).toOffsetDateTime() : null,
                known ? report.documentNumber() : null, known ? report.documentDate() : null,
                known ? report.corrections() : 0);
    }

    private Set<String> scopeOf(String unitCode, List<CopiedUnit> tree) {
        List<CopiedUnit> scope = unitCode == null ? tree : units.subtreeOf(unitCode);
        if (scope.isEmpty() && unitCode != null) {
            throw UnknownUnit.notFound(unitCode);
        }
        return scope.stream().map(CopiedUnit::code).collect(Collectors.toSet());
    }

    private static Counts countsOf(Map<TaskStatus, Long> counts) {
        return new Counts(counts.getOrDefault(TaskStatus.DONE, 0L), counts.getOrDefault(TaskStatus.DONE_LATE, 0L),
                counts.getOrDefault(TaskStatus.OPEN, 0L), counts.getOrDefault(TaskStatus.OVERDUE, 0L));
    }
}
