package vn.dvc.kpi.emc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The push to the ministry's measurement system (docs/emc-push.md). Without a URL nothing is pushed. */
@ConfigMapping(prefix = "kpi.emc-push")
public interface EmcPushSettings {

    /** The receiver, https in production. */
    Optional<String> url();

    /** Whether a receiver over plain http may be configured: development and tests only; otherwise https is required. */
    @WithDefault("false")
    boolean allowPlainHttp();

    /** Sent as {@code Authorization: Bearer …}; never logged, never answered. */
    Optional<String> token();

    /** Whether the daily slot runs (the on-demand push works either way). */
    @WithDefault("true")
    boolean scheduled();

    /** The slot's local time, Asia/Ho_Chi_Minh. */
    @WithDefault("06:00")
    LocalTime at();

    @WithDefault("month-to-date")
    List<String> periods();

    /** Renames of the pull's field names, e.g. {@code unitCode=MaDonVi}. */
    Map<String, String> fieldNames();

    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration mostBackoff();

    /** A delivery not accepted this long after it was queued is given up: a metric and the bulletin say so. */
    @WithDefault("24h")
    Duration giveUpAfter();

    @WithDefault("10s")
    Duration timeout();

    /** How often due deliveries are looked for (read by the scheduler as ${kpi.emc-push.poll-every}). */
    @WithDefault("5s")
    Duration pollEvery();

    /** Deliveries claimed per round. */
    @WithDefault("50")
    int batch();

    default PushSchedule schedule() {
        return new PushSchedule(at(), periods());
    }

    default PushBackoff backoff() {
        return new PushBackoff(initialBackoff(), mostBackoff());
    }
}
