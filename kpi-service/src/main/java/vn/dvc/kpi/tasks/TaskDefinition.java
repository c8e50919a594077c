package vn.dvc.kpi.tasks;

import vn.dvc.kpi.model.TaskListRequest;
import vn.dvc.rules.TaskAssignees;
import vn.dvc.rules.TaskDeadline;

/** One task of a campaign as stored: the request's shape (served back as given) and the rules' reading of it. */
public record TaskDefinition(String code, String title, TaskListRequest.Selector lead, TaskListRequest.Selector cooperating,
                             TaskListRequest.Deadline deadlineAsGiven, TaskDeadline deadline, boolean evidenceRequired,
                             String planText, String planDeadline, String evidence) {

    public TaskAssignees leadUnits() {
        return assigneesOf(lead);
    }

    public TaskAssignees cooperatingUnits() {
        return assigneesOf(cooperating);
    }

    static TaskAssignees assigneesOf(TaskListRequest.Selector selector) {
        return selector == null ? TaskAssignees.NOBODY
                : new TaskAssignees(selector.units(), selector.tiers(), selector.kinds(), selector.names());
    }
}
