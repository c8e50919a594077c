package vn.dvc.kpi.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Time;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.kpi.model.TaskListRequest.Selector;
import vn.dvc.kpi.model.TaskListRequest;
import vn.dvc.rules.TaskDeadline;

import vn.dvc.kpi.tasks.TaskDefinition;

/** A campaign's tasks as stored ({@code kpi_campaign_task}), in the plan's order. */
@ApplicationScoped
public class TaskListStore {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public TaskListStore(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public boolean campaignExists(String campaignId) {
        return !jdbc.rows("SELECT id FROM kpi_campaign WHERE id = ?", List.of(campaignId)).isEmpty();
    }

    /** Replaces the campaign's tasks by these, in this order. */
    public void replace(String campaignId, List<TaskDefinition> tasks) {
        jdbc.update("DELETE FROM kpi_campaign_task WHERE campaign_id = ?", List.of(campaignId));
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            rows.add(rowOf(campaignId, i + 1, tasks.get(i)));
        }
        jdbc.batch("INSERT INTO kpi_campaign_task (campaign_id, code, position, title, lead_units, cooperating_units, "
                + "deadline_kind, due_day, due_time, starts_on, ends_before, every, evidence_required, plan_text, deadline_text, evidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public List<TaskDefinition> of(String campaignId) {
        return jdbc.rows("SELECT code, title, lead_units, cooperating_units, deadline_kind, due_day, due_time, starts_on, "
                + "ends_before, every, evidence_required, plan_text, deadline_text, evidence FROM kpi_campaign_task "
                + "WHERE campaign_id = ? ORDER BY position", List.of(campaignId)).stream().map(this::definitionOf).toList();
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
