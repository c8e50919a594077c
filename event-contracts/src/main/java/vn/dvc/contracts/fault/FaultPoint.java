package vn.dvc.contracts.fault;

/**
 * The places in the services where the fault-injection suite may have a process halt on purpose, and the
 * configuration that arms one (environment {@code SUITE_FAULT_HALT_AT}, {@code SUITE_FAULT_HALT_AFTER}): a contract
 * between the suite and the services, like the event records.
 */
public final class FaultPoint {

    /** In the outbox relay: the broker acknowledged a round, the rows are not yet marked published. */
    public static final String OUTBOX_AFTER_SEND = "outbox-after-send";
    /** In a consumer: a poll's effect committed in the database, its offsets not yet committed to Kafka. */
    public static final String CONSUMER_AFTER_COMMIT = "consumer-after-commit";
    /** In a consumer: a poll's effect applied inside its transaction, not yet committed. */
    public static final String CONSUMER_BEFORE_COMMIT = "consumer-before-commit";

    public static final String HALT_AT_VARIABLE = "SUITE_FAULT_HALT_AT";
    public static final String HALT_AFTER_VARIABLE = "SUITE_FAULT_HALT_AFTER";

    /** The exit status of a process halted at a fault point. */
    public static final int HALT_STATUS = 86;

    private FaultPoint() {
    }
}
