package vn.dvc.commons.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvc.commons.outbox.OutboxConfig;

/**
 * What every service keeps of its outbox and inbox. A published outbox record goes after {@code outbox.retention}
 * (kept to publish again after a broker's data loss). A consumer's claim on an event id goes after
 * {@code retention.inbox}: a record is delivered again only until its offset is committed (seconds) or when a group is
 * rewound — by a rebuild, which empties the inbox with the rest, or by the broker forgetting an idle group's offsets,
 * which {@code offsets.retention.minutes} (set longer than this) rules out.
 */
@ApplicationScoped
public class CommonRetentionRules implements RetentionRules {

    private final OutboxConfig outbox;
    private final Duration inbox;

    public CommonRetentionRules(OutboxConfig outbox, @ConfigProperty(name = "retention.inbox", defaultValue = "P30D") Duration inbox) {
        this.outbox = outbox;
        this.inbox = inbox;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(new RetentionRule("outbox_record", "published_at IS NOT NULL AND published_at < ?", outbox.retention()),
                new RetentionRule("processed_event", "processed_at < ?", inbox));
    }
}
