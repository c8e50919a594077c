package vn.dvc.reporting.model;

import java.time.OffsetDateTime;

/** When bulletins are made: the latest slot, the next one, and the newest slot a bulletin was made for. */
public record BulletinScheduleView(boolean scheduled, String at, int everyDays, OffsetDateTime latestSlot,
                                   OffsetDateTime nextSlot, OffsetDateTime lastMadeSlot) {
}
