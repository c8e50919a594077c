package vn.dvc.reporting.reminders;

import java.time.Instant;
import java.util.List;

/** A subscription as its unit and ops read it: the webhook's secret only said to be set. */
public record SubscriptionView(String unit, List<String> emails, String webhookUrl, boolean webhookSecretSet,
                               List<String> kinds, String digestAt, int taskDays, Instant updatedAt) {

    static SubscriptionView of(Subscription subscription) {
        return new SubscriptionView(subscription.unitCode(), subscription.emails(), subscription.webhookUrl(),
                subscription.webhookSecret() != null, subscription.kinds().stream().map(Enum::name).sorted().toList(),
                subscription.digestAt().toString(), subscription.taskDays(), subscription.updatedAt());
    }
}
