package vn.dvc.kpi.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.kpi.model.TaskReportOutcome.Outcome;
import vn.dvc.kpi.model.TaskReportOutcome;
import vn.dvc.kpi.model.TaskReportRequest;
import vn.dvc.kpi.store.TaskReportStore.Key;
import vn.dvc.kpi.store.TaskReportStore.StoredReport;
import vn.dvc.kpi.store.TaskReportStore;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.TaskDeadline.Occurrence;
import vn.dvc.rules.TaskDeadline;
import vn.dvc.rules.time.PortalTime;

/**
 * An assignee's report on a task (docs/counting-rules.md, "Campaign tasks"): a unit key reports for its own subtree
 * and only on tasks its unit owes; the latest report of an occurrence replaces the earlier (a correction).
 */
@ApplicationScoped
public class TaskReports {

    /** Clocks differ a little; a report from further ahead is refused. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final CampaignTasks tasks;
    private final TaskReportStore store;
    private final UnitCopy units;

    public TaskReports(CampaignTasks tasks, TaskReportStore store, UnitCopy units) {
        this.tasks = tasks;
        this.store = store;
        this.units = units;
    }

    @Transactional
    public TaskReportOutcome accept(String campaignId, String taskCode, TaskReportRequest request, Caller caller) {
        TaskDefinition task = tasks.of(campaignId).stream().filter(candidate -> candidate.code().equals(taskCode)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Campaign " + campaignId + " has no task " + taskCode));
        Instant now = Instant.now();
        String state = stateOf(request.state());
        Instant reportedAt = reportedAt(request.reportedAt(), now);
        String unitCode = request.unit() != null ? request.unit() : caller.unitCode();
        if (unitCode == null) {
            throw ProblemException.badRequest("unit", "is required (the assignee reporting)");
        }
        if (caller.unitScoped() && !units.isWithin(unitCode, caller.unitCode())) {
            throw new ProblemException(Problem.forbidden(List.of(new Violation("unit",
                    unitCode + " is outside the subtree of " + caller.unitCode()))));
        }
        CopiedUnit assignee = task.leadUnits().select(units.all()).stream().filter(unit -> unit.code().equals(unitCode))
                .findFirst().orElseThrow(() -> notAssignee(task, unitCode, caller));
        String occurrence = occurrenceOf(task.deadline(), request.occurrence());
        LocalDate documentDate = documentDate(request, task, state, reportedAt);
        Integer progress = "DONE".equals(state) ? Integer.valueOf(100) : request.progress();
        Key key = new Key(task.code(), unitCode, occurrence);
        Optional<StoredReport> earlier = store.lock(campaignId, key);
        StoredReport report = new StoredReport(task.code(), unitCode, occurrence, state, progress, reportedAt,
                request.evidence() == null ? null : request.evidence().documentNumber(), documentDate,
                earlier.map(previous -> previous.corrections() + 1).orElse(0));
        Outcome outcome = earlier.isEmpty() ? Outcome.ACCEPTED : earlier.get().sameAs(report) ? Outcome.DUPLICATE : Outcome.UPDATED;
        if (outcome == Outcome.DUPLICATE) {
            report = earlier.get();
        } else {
            store.save(campaignId, report, now, caller.keyId());
        }
        Instant asOf = reportedAt.isAfter(now) ? reportedAt : now;
        Occurrence due = task.deadline().occurrencesAsOf(LocalDateTime.MAX.minusYears(1)).stream()
                .filter(candidate -> candidate.key().equals(occurrence)).findFirst().orElseThrow();
        return new TaskReportOutcome(outcome, TaskBoards.obligationOf(assignee, due, report,
                LocalDateTime.ofInstant(asOf, PortalTime.LOCAL_ZONE)));
    }

    private static ProblemException notAssignee(TaskDefinition task, String unitCode, Caller caller) {
        Violation violation = new Violation("unit", "task " + task.code() + " is not assigned to " + unitCode);
        return new ProblemException(caller.unitScoped() ? Problem.forbidden(List.of(violation))
                : Problem.unprocessable(List.of(violation)));
    }

    private static String stateOf(String state) {
        String upper = state.trim().toUpperCase(Locale.ROOT);
        if (!upper.equals("IN_PROGRESS") && !upper.equals("DONE")) {
            throw ProblemException.badRequest("state", "'" + state + "' is not one of IN_PROGRESS, DONE");
        }
        return upper;
    }

    private static Instant reportedAt(String text, Instant now) {
        if (text == null) {
            return now;
        }
        Instant at = PortalTime.parse(text).orElseThrow(() -> ProblemException.badRequest("reportedAt",
                "'" + text + "' is not a time with an offset, e.g. 2022-06-06T16:30:00+07:00"));
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw ProblemException.unprocessable("reportedAt", "is in the future");
        }
        return at;
    }

    private static String occurrenceOf(TaskDeadline deadline, String given) {
        if (deadline.kind() != TaskDeadline.Kind.RECURRING) {
            if (given != null && !given.isEmpty()) {
                throw ProblemException.unprocessable("occurrence", "only a recurring task has occurrences");
            }
            return TaskDeadline.SINGLE;
        }
        if (given == null || given.isBlank()) {
            throw ProblemException.badRequest("occurrence", "is required for a recurring task: the occurrence's day, e.g. "
                    + deadline.from());
        }
        if (!deadline.hasOccurrence(given.trim())) {
            throw ProblemException.unprocessable("occurrence", "the task has no occurrence on " + given);
        }
        return given.trim();
    }

    private static LocalDate documentDate(TaskReportRequest request, TaskDefinition task, String state, Instant reportedAt) {
        TaskReportRequest.Evidence evidence = request.evidence();
        if (task.evidenceRequired() && "DONE".equals(state)) {
            if (evidence == null || evidence.documentNumber() == null || evidence.documentNumber().isBlank()) {
                throw ProblemException.unprocessable("evidence.documentNumber", "is required: the task is done on a document");
            }
            if (evidence.documentDate() == null) {
                throw ProblemException.unprocessable("evidence.documentDate", "is required: the task is done on a document");
            }
        }
        if (evidence == null || evidence.documentDate() == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(evidence.documentDate().trim());
        } catch (DateTimeParseException malformed) {
            throw ProblemException.badRequest("evidence.documentDate", "'" + evidence.documentDate() + "' is not a day (yyyy-MM-dd)");
        }
        if (day.isAfter(LocalDate.ofInstant(reportedAt, PortalTime.LOCAL_ZONE))) {
            throw ProblemException.unprocessable("evidence.documentDate", "is after the report");
        }
        return day;
    }
}
