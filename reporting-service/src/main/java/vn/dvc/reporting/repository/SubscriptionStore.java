package vn.dvc.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;
import vn.dvc.reporting.reminders.Subscription;
import vn.dvc.reporting.rules.ReminderKind;

import vn.dvc.reporting.reminders.Subscription;

/** The units' subscriptions as stored (table reminder_subscription), one row per unit. */
@ApplicationScoped
public class SubscriptionStore {

    private static final String COLUMNS = "unit_code, emails, webhook_url, webhook_secret, kinds, digest_at, task_days, updated_at";

    private final Jdbc jdbc;

    public SubscriptionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the unit's subscription in place of any before it. */
    public void save(Subscription subscription) {
        jdbc.update("INSERT INTO reminder_subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE emails = VALUES(emails), webhook_url = VALUES(webhook_url), "
                        + "webhook_secret = VALUES(webhook_secret), kinds = VALUES(kinds), digest_at = VALUES(digest_at), "
                        + "task_days = VALUES(task_days), updated_at = VALUES(updated_at)",
                Arrays.asList(subscription.unitCode(), String.join(",", subscription.emails()), subscription.webhookUrl(),
                        subscription.webhookSecret(), String.join(",", subscription.kinds().stream().map(Enum::name).sorted().toList()),
                        Time.valueOf(subscription.digestAt()), subscription.taskDays(), Timestamp.from(subscription.updatedAt())));
    }

    public Optional<Subscription> of(String unitCode) {
        return jdbc.rows("SELECT " + COLUMNS + " FROM reminder_subscription WHERE unit_code = ?", List.of(unitCode))
                .stream().findFirst().map(SubscriptionStore::subscriptionOf);
    }

    public boolean remove(String unitCode) {
        return jdbc.update("DELETE FROM reminder_subscription WHERE unit_code = ?", List.of(unitCode)) > 0;
    }

    public List<Subscription> all() {
        return jdbc.rows("SELECT " + COLUMNS + " FROM reminder_subscription ORDER BY unit_code", List.of()).stream()
                .map(SubscriptionStore::subscriptionOf).toList();
    }

    private static LocalTime localTime(Object column) {
        return column instanceof Time time ? time.toLocalTime() : (LocalTime) column;
    }

    private static Subscription subscriptionOf(Row row) {
        String emails = row.string("emails");
        Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        for (String kind : row.string("kinds").split(",")) {
            if (!kind.isBlank()) {
                kinds.add(ReminderKind.valueOf(kind));
            }
        }
        return new Subscription(row.string("unit_code"), emails.isEmpty() ? List.of() : List.of(emails.split(",")),
                row.string("webhook_url"), row.string("webhook_secret"), kinds,
                localTime(row.value("digest_at")), (int) row.longValue("task_days"), row.instant("updated_at"));
    }
}
