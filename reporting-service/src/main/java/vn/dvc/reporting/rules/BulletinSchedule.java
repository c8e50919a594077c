package vn.dvc.reporting.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import vn.dvc.rules.time.PortalTime;

/**
 * When the steering bulletin is due (the plan: progress every 2 days, before 17:00): at {@code at} local time on
 * {@code firstDay} and every {@code everyDays} days after. A slot missed while the service was down is made once, at
 * the next chance; of several missed slots only the latest is made.
 */
public record BulletinSchedule(LocalDate firstDay, LocalTime at, int everyDays) {

    private static final LocalTime STEERING_DEADLINE = LocalTime.of(17, 0);

    public BulletinSchedule {
        if (!at.isBefore(STEERING_DEADLINE)) {
            throw new IllegalArgumentException("The bulletin is due before 17:00 local; " + at + " is too late");
        }
        if (everyDays < 1) {
            throw new IllegalArgumentException("everyDays must be at least 1, not " + everyDays);
        }
    }

    /** The latest slot at or before {@code now}; empty before the first. */
    public Optional<Instant> latestSlot(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, PortalTime.LOCAL_ZONE);
        long daysSinceFirst = ChronoUnit.DAYS.between(firstDay, today);
        if (daysSinceFirst < 0) {
            return Optional.empty();
        }
        LocalDate slotDay = today.minusDays(daysSinceFirst % everyDays);
        Instant slot = slotAt(slotDay);
        if (slot.isAfter(now)) {
            slotDay = slotDay.minusDays(everyDays);
            if (slotDay.isBefore(firstDay)) {
                return Optional.empty();
            }
            slot = slotAt(slotDay);
        }
        return Optional.of(slot);
    }

    /** The first slot after {@code now}. */
    public Instant nextSlot(Instant now) {
        Optional<Instant> latest = latestSlot(now);
        if (latest.isEmpty()) {
            return slotAt(firstDay).isAfter(now) ? slotAt(firstDay) : slotAt(firstDay.plusDays(everyDays));
        }
        return slotAt(LocalDate.ofInstant(latest.get(), PortalTime.LOCAL_ZONE).plusDays(everyDays));
    }

    /** The slot to make a bulletin for now, if the latest one has none yet ({@code lastMade}: the newest slot made). */
    public Optional<Instant> due(Instant now, Optional<Instant> lastMade) {
        return latestSlot(now).filter(slot -> lastMade.isEmpty() || lastMade.get().isBefore(slot));
    }

    private Instant slotAt(LocalDate day) {
        return ZonedDateTime.of(day, at, PortalTime.LOCAL_ZONE).toInstant();
    }
}
