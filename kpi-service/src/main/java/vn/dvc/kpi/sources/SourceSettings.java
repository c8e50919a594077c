package vn.dvc.kpi.sources;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Set;
import vn.dvc.rules.time.WorkingCalendar;

/**
 * The sources' settings: the official holidays (docs/operations.md, "Working days"), when a source is quiet and how
 * small a week is too small to judge.
 */
@ConfigMapping(prefix = "kpi.sources")
public interface SourceSettings {

    /** The official holidays that are not weekends, as the government announces them each year. */
    Set<LocalDate> holidays();

    /** Whole working days without an event after which a unit that usually sends is quiet. */
    @WithDefault("2")
    int quietAfterWorkingDays();

    /** Weeks with fewer dossiers behind a share are too small for its week-on-week jump to say anything. */
    @WithDefault("10")
    long minimumWeeklyDossiers();

    default WorkingCalendar calendar() {
        return new WorkingCalendar(holidays());
    }
}
