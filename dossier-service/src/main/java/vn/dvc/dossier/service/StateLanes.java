package vn.dvc.dossier.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.dvc.contracts.Topic;

/**
 * Which lane carries a dossier's new state (docs/performance.md, "Live lane"): the live topic when the newest event
 * a request applies to it happened within the last day, the history topic otherwise — so a year of history being
 * loaded never holds back what happened today.
 */
final class StateLanes {

    static final Duration LIVE_WITHIN = Duration.ofDays(1);

    private StateLanes() {
    }

    static Topic topicFor(List<Instant> appliedEventTimes, Instant now) {
        Instant newest = appliedEventTimes.stream().filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return newest != null && newest.isAfter(now.minus(LIVE_WITHIN)) ? Topic.DOSSIER_EVENTS_LIVE : Topic.DOSSIER_EVENTS;
    }
}
