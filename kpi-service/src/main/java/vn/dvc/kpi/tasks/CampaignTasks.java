package vn.dvc.kpi.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.model.TaskListRequest.Selector;
import vn.dvc.kpi.model.TaskListRequest.TaskRequest;
import vn.dvc.kpi.model.TaskListRequest;
import vn.dvc.kpi.store.TaskListStore;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.TaskAssignees;
import vn.dvc.rules.TaskDeadline;

/** A campaign's tasks: replaced as a whole, read in the plan's order. */
@ApplicationScoped
public class CampaignTasks {

    private final TaskListStore store;
    private final UnitCopy units;

    public CampaignTasks(TaskListStore store, UnitCopy units) {
        this.store = store;
        this.units = units;
    }

    /** Replaces the campaign's tasks; reports on tasks whose code stays are kept. Nothing stored on a violation. */
    @Transactional
    public List<TaskDefinition> put(String campaignId, TaskListRequest request) {
        requireCampaign(campaignId);
        List<CopiedUnit> tree = units.all();
        List<Violation> violations = new ArrayList<>();
        List<TaskDefinition> tasks = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.tasks().size(); i++) {
            TaskRequest task = request.tasks().get(i);
            String field = "tasks[" + i + "]";
            if (!codes.add(task.code())) {
                violations.add(new Violation(field + ".code", "task " + task.code() + " is listed twice"));
            }
            checkSelector(task.lead(), field + ".lead", tree, violations);
            checkSelector(task.cooperating(), field + ".cooperating", tree, violations);
            if (task.lead() != null && TaskDefinition.assigneesOf(task.lead()).select(tree).isEmpty()
                    && violations.stream().noneMatch(v -> v.field().startsWith(field + ".lead"))) {
                violations.add(new Violation(field + ".lead", "selects no unit of the tree"));
            }
            TaskDeadline deadline = TaskDeadlines.read(task.deadline(), field + ".deadline", violations);
            tasks.add(new TaskDefinition(task.code(), task.title(), task.lead(), task.cooperating(), task.deadline(),
                    deadline, task.evidenceRequired(), task.planText(), task.planDeadline(), task.evidence()));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.unprocessable(violations));
        }
        store.replace(campaignId, tasks);
        return tasks;
    }

    /** The campaign's tasks in order; 404 when there is no such campaign. */
    public List<TaskDefinition> of(String campaignId) {
        requireCampaign(campaignId);
        return store.of(campaignId);
    }

    private void requireCampaign(String campaignId) {
        if (!store.campaignExists(campaignId)) {
            throw ProblemException.notFound("Campaign " + campaignId + " is not known");
        }
    }

    private static void checkSelector(Selector selector, String field, List<CopiedUnit> tree, List<Violation> violations) {
        if (selector == null) {
            return;
        }
        Set<String> codes = tree.stream().map(CopiedUnit::code).collect(Collectors.toSet());
        Set<String> kinds = tree.stream().map(CopiedUnit::kind).filter(kind -> kind != null).collect(Collectors.toSet());
        Set<String> tiers = Arrays.stream(Tier.values()).map(Tier::name).collect(Collectors.toSet());
        each(selector.units(), field + ".units", code -> codes.contains(code), "unit %s is not known", violations);
        each(selector.tiers(), field + ".tiers", tiers::contains, "'%s' is not a tier: " + tiers.stream().sorted().toList(), violations);
        each(selector.kinds(), field + ".kinds", kinds::contains, "no unit is of kind %s", violations);
        each(selector.names(), field + ".names", name -> TaskAssignees.named(tree, name), "no unit is named '%s'", violations);
    }

    private static void each(List<String> values, String field, java.util.function.Predicate<String> known, String message,
                             List<Violation> violations) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!known.test(values.get(i))) {
                violations.add(new Violation(field + "[" + i + "]", String.format(message, values.get(i))));
            }
        }
    }
}
