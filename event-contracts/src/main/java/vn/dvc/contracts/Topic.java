package vn.dvc.contracts;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Kafka topic of the suite, as the launcher creates it. Channel name = topic name; each topic has a dead-letter
 * topic for poison records only.
 *
 * @param name       kebab-case topic name
 * @param partitions partition count (keys keep per-aggregate order inside one partition)
 * @param compacted  true for a table-like topic where only the latest record per key matters
 * @param retention  how long records are kept; {@code null} keeps them forever
 */
public record Topic(String name, int partitions, boolean compacted, Duration retention) {

    /**
     * Partitions of a keyed event topic: the most instances of a consumer that share it (a 13th would idle), and a
     * count that 2, 3, 4 and 6 instances divide evenly. Raising it later moves keys between partitions, which the
     * consumers absorb (they keep the newest version of each record) but which reorders a key's records in flight.
     */
    public static final int EVENT_PARTITIONS = 12;

    /** Dossier state after each accepted portal event; key = dossier id. */
    public static final Topic DOSSIER_EVENTS = new Topic("dossier-events", EVENT_PARTITIONS, false, null);
    /**
     * The live lane of {@link #DOSSIER_EVENTS}: the same records for dossiers whose newest applied event happened
     * within the last day, so that today's dossiers never queue behind a history being loaded. Consumers read both;
     * a dossier's records may cross lanes, and its snapshots' versions keep the latest.
     */
    public static final Topic DOSSIER_EVENTS_LIVE = new Topic("dossier-events-live", EVENT_PARTITIONS, false, null);
    /**
     * Units and services, latest version per key; key = {@code unit/<code>} or {@code service/<code>}. One partition:
     * a consumer reads the whole catalogue in the order it was published.
     */
    public static final Topic CATALOG_EVENTS = new Topic("catalog-events", 1, true, null);
    /** Payment transactions; key = transaction id. */
    public static final Topic PAYMENT_EVENTS = new Topic("payment-events", EVENT_PARTITIONS, false, null);
    /** Report completion and self-reported totals; key = obligation id. */
    public static final Topic REPORT_EVENTS = new Topic("report-events", EVENT_PARTITIONS, false, null);

    /**
     * Inputs only the Decision 766 score reads: feedback items and procedure publications; key = {@code feedback/<id>}
     * or {@code publication/<id>}.
     */
    public static final Topic QUALITY_EVENTS = new Topic("quality-events", EVENT_PARTITIONS, false, null);

    private static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

    public static final List<Topic> EVENT_TOPICS = List.of(DOSSIER_EVENTS, DOSSIER_EVENTS_LIVE, CATALOG_EVENTS,
            PAYMENT_EVENTS, REPORT_EVENTS, QUALITY_EVENTS);

    /** The dead-letter topic of this one: one partition, kept 30 days, never compacted. */
    public Topic deadLetter() {
        return new Topic(name + "-dlq", 1, false, DEAD_LETTER_RETENTION);
    }

    /**
     * The topic's own settings, as Kafka names them: its cleanup policy and its retention ({@code -1}: forever). How
     * many copies a write needs is the deployment's (one broker in the launcher, three in Kubernetes).
     */
    public Map<String, String> settings() {
        return Map.of("cleanup.policy", compacted ? "compact" : "delete",
                "retention.ms", retention == null ? "-1" : Long.toString(retention.toMillis()));
    }

    /** Every topic the suite uses, dead-letter topics included. */
    public static List<Topic> all() {
        return EVENT_TOPICS.stream().flatMap(topic -> java.util.stream.Stream.of(topic, topic.deadLetter())).toList();
    }
}
