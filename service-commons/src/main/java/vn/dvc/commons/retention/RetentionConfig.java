package vn.dvc.commons.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** What a service keeps ({@code retention.*}; docs/capacity.md, "What is kept, and for how long"). */
@ConfigMapping(prefix = "retention")
public interface RetentionConfig {

    /** How often the tables are purged. */
    @WithDefault("1h")
    String every();

    /** How long after start the first purge runs. */
    @WithDefault("1m")
    String delayed();

    /** How long a consumer's claim on an event id is kept. */
    @WithDefault("P30D")
    Duration inbox();

    /** The service's own tables that grow with traffic, by name: each with the condition that picks its old rows. */
    Map<String, Table> tables();

    interface Table {

        String table();

        /** The condition, with one {@code ?}: the cutoff. */
        String olderThan();

        Duration keep();
    }
}
