package vn.dvc.commons.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.commons.outbox.OutboxConfig;

/**
 * What a service keeps: of every service, a published outbox record {@code outbox.retention} (to publish it again
 * after a broker's data loss) and a consumer's claim on an event id {@code retention.inbox} — a record is delivered
 * again only until its offset is committed (seconds) or when its group is rewound: by a rebuild, which empties the
 * inbox with the rest, or by the broker forgetting an idle group's offsets, which {@code offsets.retention.minutes}
 * (set longer) rules out; and the service's own tables, as its {@code retention.tables.*} say.
 */
@ApplicationScoped
public class RetentionRules {

    private final OutboxConfig outbox;
    private final RetentionConfig config;

    public RetentionRules(OutboxConfig outbox, RetentionConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    public List<RetentionRule> rules() {
        List<RetentionRule> rules = new ArrayList<>(List.of(
                new RetentionRule("outbox_record", "published_at IS NOT NULL AND published_at < ?", outbox.retention()),
                new RetentionRule("processed_event", "processed_at < ?", config.inbox())));
        config.tables().values().forEach(table -> rules.add(new RetentionRule(table.table(), table.olderThan(), table.keep())));
        return rules;
    }
}
