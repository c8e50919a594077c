package vn.dvc.kpi.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Time;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.kpi.model.TaskListRequest.Selector;
import vn.dvc.kpi.model.TaskListRequest.TaskRequest;
import vn.dvc.kpi.model.TaskListRequest;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.TaskAssignees;
import vn.dvc.rules.TaskDeadline;

/** A campaign's tasks: replaced as a whole, read in the plan's order. */
@ApplicationScoped
public class CampaignTasks {

    private final Jdbc jdbc;
    private final UnitCopy units;
    private final ObjectMapper json;

    public CampaignTasks(Jdbc jdbc, UnitCopy units, ObjectMapper json) {
        this.jdbc = jdbc;
        this.units = units;
        this.json = json;
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
        jdbc.update("DELETE FROM kpi_campaign_task WHERE campaign_id = ?", List.of(campaignId));
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            rows.add(rowOf(campaignId, i + 1, tasks.get(i)));
        }
        jdbc.batch("INSERT INTO kpi_campaign_task (campaign_id, code, position, title, lead_units, cooperating_units, "
                + "deadline_kind, due_day, due_time, starts_on, ends_before, every, evidence_required, plan_text, deadline_text, evidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return tasks;
    }

    /** The campaign's tasks in order; 404 when there is no such campaign. */
    public List<TaskDefinition> of(String campaignId) {
        requireCampaign(campaignId);
        return jdbc.rows("SELECT code, title, lead_units, cooperating_units, deadline_kind, due_day, due_time, starts_on, "
                + "ends_before, every, evidence_required, plan_text, deadline_text, evidence FROM kpi_campaign_task "
                + "WHERE campaign_id = ? ORDER BY position", List.of(campaignId)).stream().map(this::definitionOf).toList();
    }

    private void requireCampaign(String campaignId) {
        if (jdbc.rows("SELECT id FROM kpi_campaign WHERE id = ?", List.of(campaignId)).isEmpty()) {
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

    private List<?> rowOf(String campaignId, int position, TaskDefinition task) {
        TaskDeadline deadline = task.deadline();
        return Arrays.asList(campaignId, task.code(), position, task.title(), write(task.lead()), write(task.cooperating()),
                deadline.kind().name(), deadline.day() == null ? null : Date.valueOf(deadline.day()),
                deadline.time() == null ? null : Time.valueOf(deadline.time()),
                deadline.from() == null ? null : Date.valueOf(deadline.from()),
                deadline.until() == null ? null : Date.valueOf(deadline.until()),
                deadline.every() == null ? null : deadline.every().toString(), task.evidenceRequired(), task.planText(),
                task.planDeadline(), task.evidence());
    }

    private TaskDefinition definitionOf(Row row) {
        String every = row.string("every");
        TaskDeadline deadline = new TaskDeadline(TaskDeadline.Kind.valueOf(row.string("deadline_kind")), row.day("due_day"),
                row.timeOfDay("due_time"), row.day("starts_on"), row.day("ends_before"),
                every == null ? null : java.time.Period.parse(every));
        TaskListRequest.Deadline asGiven = new TaskListRequest.Deadline(deadline.kind().name(), text(deadline.day()),
                deadline.time() == null ? null : deadline.time().toString(), text(deadline.from()), text(deadline.until()),
                every);
        return new TaskDefinition(row.string("code"), row.string("title"), read(row.string("lead_units")),
                read(row.string("cooperating_units")), asGiven, deadline, row.bool("evidence_required"),
                row.string("plan_text"), row.string("deadline_text"), row.string("evidence"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private String write(Selector selector) {
        try {
            return json.writeValueAsString(selector == null ? Map.of() : selector);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Selector read(String stored) {
        try {
            Selector selector = json.readValue(stored, Selector.class);
            return selector.units() == null && selector.tiers() == null && selector.kinds() == null && selector.names() == null
                    ? null : selector;
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("A stored task selector is not JSON", corrupt);
        }
    }
}
