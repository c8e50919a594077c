package vn.dvc.reporting.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.reporting.client.DossierApi;
import vn.dvc.reporting.client.KpiApi;
import vn.dvc.reporting.client.Peers;
import vn.dvc.reporting.config.BulletinConfig;
import vn.dvc.reporting.repository.BulletinStore;
import vn.dvc.reporting.repository.ObligationRepository.Selection;
import vn.dvc.reporting.repository.ObligationRepository;
import vn.dvc.reporting.rules.DigestClock;
import vn.dvc.reporting.rules.DigestFacts;
import vn.dvc.reporting.rules.ReminderKind;
import vn.dvc.reporting.rules.VietnameseLabels;
import vn.dvc.reporting.service.Bulletins;
import vn.dvc.rules.CopiedUnit;
import vn.dvc.rules.time.PortalTime;

/**
 * What a unit's digest says, read now from where each fact lives: the worklists (dossier-service), the plan's tasks
 * and the sources (kpi-service), the reports owed (here). Only the kinds the unit subscribed to are read.
 */
@ApplicationScoped
public class ReminderFacts {

    private static final int DOSSIERS_LISTED = 10;
    private static final Duration REPORTS_AHEAD = Duration.ofDays(2);

    private final Peers peers;
    private final UnitCopy units;
    private final ObligationRepository obligations;
    private final BulletinConfig bulletin;
    private final Bulletins bulletins;

    public ReminderFacts(Peers peers, UnitCopy units, ObligationRepository obligations, BulletinConfig bulletin,
                         Bulletins bulletins) {
        this.bulletins = bulletins;
        this.peers = peers;
        this.units = units;
        this.obligations = obligations;
        this.bulletin = bulletin;
    }

    public String nameOf(String unitCode) {
        CopiedUnit unit = units.byCodes(List.of(unitCode)).get(unitCode);
        return unit == null ? unitCode : unit.name();
    }

    public DigestFacts of(Subscription subscription, DigestClock clock, LocalDate day, Instant now) {
        String unit = subscription.unitCode();
        DigestFacts.Dossiers nearDue = subscription.wants(ReminderKind.NEAR_DUE)
                ? peers.nearDueDossiers(unit, clock.nearDueWindow(now).toString(), DOSSIERS_LISTED) : DigestFacts.Dossiers.NONE;
        DigestFacts.Dossiers overdue = subscription.wants(ReminderKind.OVERDUE)
                ? peers.overdueDossiers(unit, DOSSIERS_LISTED) : DigestFacts.Dossiers.NONE;
        List<DigestFacts.Task> dueSoon = new ArrayList<>();
        List<DigestFacts.Task> late = new ArrayList<>();
        if (subscription.wants(ReminderKind.TASKS)) {
            Instant horizon = now.plus(Duration.ofDays(subscription.taskDays()));
            KpiApi.TaskBoard board = peers.tasks(bulletin.campaign(), unit, null, now.atZone(PortalTime.LOCAL_ZONE).toOffsetDateTime());
            for (KpiApi.TaskLine task : board.tasks()) {
                for (KpiApi.TaskObligation obligation : task.obligations()) {
                    if (obligation.dueAt() == null) {
                        continue;
                    }
                    DigestFacts.Task line = new DigestFacts.Task(task.code(), task.title(), obligation.name(),
                            obligation.dueAt().toInstant());
                    if ("OVERDUE".equals(obligation.status())) {
                        late.add(line);
                    } else if ("OPEN".equals(obligation.status()) && !obligation.dueAt().toInstant().isAfter(horizon)) {
                        dueSoon.add(line);
                    }
                }
            }
        }
        List<DigestFacts.Report> reports = subscription.wants(ReminderKind.REPORTS) ? reportsOwed(unit, now) : List.of();
        List<String> quiet = subscription.wants(ReminderKind.QUIET_SOURCES)
                ? peers.quietUnits(unit).stream().map(source -> source.unitName() + " (" + source.unitCode() + ")").toList()
                : List.of();
        List<DigestFacts.Operation> operations = subscription.wants(ReminderKind.OPERATIONS)
                ? operations(unit, now.minus(Duration.ofDays(1))) : List.of();
        return new DigestFacts(unit, nameOf(unit), day, clock.nextWorkingDay(now), nearDue, overdue, dueSoon, late,
                reports, quiet, operations);
    }

    private List<DigestFacts.Report> reportsOwed(String unit, Instant now) {
        String path = units.pathOf(unit).orElse(null);
        if (path == null) {
            return List.of();
        }
        return obligations.expected(new Selection(null, null, path, null, now, now.plus(REPORTS_AHEAD))).stream()
                .filter(owed -> owed.submittedAt() == null)
                .map(owed -> new DigestFacts.Report(owed.formCode(), owed.indicatorCode(), owed.unitCode(), owed.period(),
                        owed.deadline())).toList();
    }

    /** Pushes of the unit's subtree given up, its imports failed, and bulletins covering it made, since {@code since}. */
    private List<DigestFacts.Operation> operations(String unit, Instant since) {
        List<DigestFacts.Operation> operations = new ArrayList<>();
        for (BulletinStore.Made made : bulletins.madeSince(since)) {
            if (made.province() == null || units.isWithin(unit, made.province()) || units.isWithin(made.province(), unit)) {
                operations.add(new DigestFacts.Operation(DigestFacts.Operation.BULLETIN_MADE, made.province(),
                        String.valueOf(made.id()), made.madeAt()));
            }
        }
        for (KpiApi.Push push : peers.failedPushes()) {
            if (push.lastAttemptAt() != null && !push.lastAttemptAt().isBefore(since) && units.isWithin(push.unitCode(), unit)) {
                operations.add(new DigestFacts.Operation(DigestFacts.Operation.PUSH_GIVEN_UP, push.unitCode(),
                        VietnameseLabels.period(push.from(), push.to()) + ", " + push.attempts() + " lần gửi",
                        push.lastAttemptAt()));
            }
        }
        for (DossierApi.Import failed : peers.failedImports()) {
            if (failed.finishedAt() != null && !failed.finishedAt().isBefore(since) && sentWithin(failed, unit)) {
                operations.add(new DigestFacts.Operation(DigestFacts.Operation.IMPORT_FAILED, failed.senderUnit(),
                        failed.id() + " (" + failed.kind() + ", " + failed.rowsRead() + " dòng đã đọc): " + failed.failure(),
                        failed.finishedAt()));
            }
        }
        return operations;
    }

    /** An import sent with a unit's key belongs to that unit's subtree; one sent with an ops key, to the roots'. */
    private boolean sentWithin(DossierApi.Import failed, String unit) {
        return failed.senderUnit() == null ? units.isRoot(unit) : units.isWithin(failed.senderUnit(), unit);
    }

    /** The unit's dossiers due within the urgent window from {@code now} with no apology letter. */
    public List<DigestFacts.Dossier> urgent(String unit, DigestClock clock, Instant now) {
        return peers.nearDueDossiers(unit, clock.urgentWindow(now).toString(), 100).first();
    }
}
