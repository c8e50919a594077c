package vn.dvc.kpi.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.rules.TaskStatus;

/**
 * A campaign's tasks at a moment: every assignee's obligation (one per occurrence of a recurring task) with its
 * status, counts per task and per unit, most behind first.
 */
public record TaskBoard(String campaign, OffsetDateTime at, String unit, TaskStatus status, Counts counts,
                        List<UnitCounts> units, List<TaskView> tasks, String rulesVersion) {

    public record Counts(long done, long doneLate, long open, long overdue) {
    }

    public record UnitCounts(String unit, String name, Tier tier, Counts counts) {
    }

    public record TaskView(String code, String title, TaskListRequest.Selector lead, TaskListRequest.Selector cooperating,
                           List<String> cooperatingUnits, TaskListRequest.Deadline deadline, String deadlineText,
                           boolean evidenceRequired, String planText, String planDeadline, String evidence, int assignees,
                           Counts counts, List<Obligation> obligations) {
    }

    /** One assignee's obligation: its occurrence ("" unless recurring), due time, status and latest report. */
    public record Obligation(String unit, String name, String occurrence, OffsetDateTime dueAt, TaskStatus status,
                             String reportedState, Integer progress, OffsetDateTime reportedAt, String documentNumber,
                             LocalDate documentDate, int corrections) {
    }
}
