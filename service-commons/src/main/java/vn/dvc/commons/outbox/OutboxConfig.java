package vn.dvc.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay ({@code outbox.*}). */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** Records read, sent and marked per round. */
    @WithDefault("500")
    int batchSize();

    /** How long a published record is kept, so that it can be published again after a broker's data loss. */
    @WithDefault("P7D")
    Duration retention();

    /** How often the relay looks for records when nothing woke it (another instance may have written them). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** How long the relay waits after the broker refused a round. */
    @WithDefault("PT2S")
    Duration retryInterval();

    /** Off only for tests that inspect pending records. */
    @WithDefault("true")
    boolean enabled();

    /** How long to wait for the broker to acknowledge one round. */
    @WithDefault("PT30S")
    Duration sendTimeout();
}
