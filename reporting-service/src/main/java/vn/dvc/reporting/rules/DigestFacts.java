package vn.dvc.reporting.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one unit's digest says: counts and the most urgent items of each kind it subscribed to — dossier codes and
 * times, task and report codes, unit names; never an applicant's data (the worklists carry none).
 */
public record DigestFacts(String unitCode, String unitName, LocalDate day, LocalDate nextWorkingDay, Dossiers nearDue,
                          Dossiers overdue, List<Task> tasksDueSoon, List<Task> tasksOverdue, List<Report> reportsMissing,
                          List<String> quietSources, List<Operation> operations) {

    public DigestFacts {
        tasksDueSoon = List.copyOf(tasksDueSoon);
        tasksOverdue = List.copyOf(tasksOverdue);
        reportsMissing = List.copyOf(reportsMissing);
        quietSources = List.copyOf(quietSources);
        operations = List.copyOf(operations);
    }

    /** Nothing to tell: no message is sent for the day. */
    public boolean isEmpty() {
        return nearDue.total() == 0 && overdue.total() == 0 && tasksDueSoon.isEmpty() && tasksOverdue.isEmpty()
                && reportsMissing.isEmpty() && quietSources.isEmpty() && operations.isEmpty();
    }

    /** A worklist's total and its first dossiers, most urgent first. */
    public record Dossiers(long total, List<Dossier> first) {

        public static final Dossiers NONE = new Dossiers(0, List.of());

        public Dossiers {
            first = List.copyOf(first);
        }
    }

    public record Dossier(String dossierId, Instant dueAt) {
    }

    /** One obligation of a plan task: the task's code and title, the unit owing it, when it is due. */
    public record Task(String code, String title, String unitName, Instant dueAt) {
    }

    /**
     * What happened to the suite's own work since the previous digest: a push to the measurement system given up
     * ({@code PUSH_GIVEN_UP}: unit, period, attempts), a history import failed ({@code IMPORT_FAILED}: the sender's
     * unit, the import's id, kind, rows read and why) or a bulletin made ({@code BULLETIN_MADE}: its number, when).
     */
    public record Operation(String what, String unitCode, String detail, Instant at) {

        public static final String PUSH_GIVEN_UP = "PUSH_GIVEN_UP";
        public static final String IMPORT_FAILED = "IMPORT_FAILED";
        public static final String BULLETIN_MADE = "BULLETIN_MADE";
    }

    /** One report owed and not sent: its form, the indicator it feeds (if any), the period, the deadline. */
    public record Report(String formCode, String indicatorCode, String unitCode, String period, Instant deadline) {
    }
}
