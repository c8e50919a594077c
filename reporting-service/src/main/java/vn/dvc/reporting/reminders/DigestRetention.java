package vn.dvc.reporting.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvc.commons.retention.RetentionRule;
import vn.dvc.commons.retention.RetentionRules;

/**
 * Daily digests go after {@code reporting.reminders.keep}: a round only makes today's, so an old day is never looked
 * at again. Urgent notices stay: their slot is the dossier, and one still overdue must not be told again.
 */
@ApplicationScoped
public class DigestRetention implements RetentionRules {

    private final Duration keep;

    public DigestRetention(@ConfigProperty(name = "reporting.reminders.keep", defaultValue = "P90D") Duration keep) {
        this.keep = keep;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(new RetentionRule("reminder_delivery", "kind = '" + Delivery.DIGEST + "' AND created_at < ?", keep));
    }
}
