package vn.dvc.contracts.fault;

/**
 * The places in the services where the fault-injection suite kills a process on purpose, and the configuration that
 * arms one (environment {@code SUITE_FAULT_STOP_AT}, {@code SUITE_FAULT_STOP_AFTER}, {@code SUITE_FAULT_REACHED_FILE}):
 * a contract between the suite and the services, like the event records. A service never ends itself there: the
 * thread that reaches an armed point says so in the file and waits, and the suite sends the process {@code kill -9}.
 */
public final class FaultPoint {

    /** In the outbox relay: the broker acknowledged a round, the rows are not yet marked published. */
    public static final String OUTBOX_AFTER_SEND = "outbox-after-send";
    /** In a consumer: a poll's effect committed in the database, its offsets not yet committed to Kafka. */
    public static final String CONSUMER_AFTER_COMMIT = "consumer-after-commit";
    /** In a consumer: a poll's effect applied inside its transaction, not yet committed. */
    public static final String CONSUMER_BEFORE_COMMIT = "consumer-before-commit";

    public static final String STOP_AT_VARIABLE = "SUITE_FAULT_STOP_AT";
    public static final String STOP_AFTER_VARIABLE = "SUITE_FAULT_STOP_AFTER";
    /** Where the service writes the point's name once a thread waits there. */
    public static final String REACHED_FILE_VARIABLE = "SUITE_FAULT_REACHED_FILE";

    private FaultPoint() {
    }
}
