package vn.dvc.reporting.reminders;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import vn.dvc.reporting.rules.ReminderKind;

/** A unit's subscription as stored: its office's work contacts, the kinds it wants, its digest's local time. */
public record Subscription(String unitCode, List<String> emails, String webhookUrl, String webhookSecret,
                           Set<ReminderKind> kinds, LocalTime digestAt, int taskDays, Instant updatedAt) {

    public Subscription {
        emails = List.copyOf(emails);
        kinds = Set.copyOf(kinds);
    }

    public boolean wants(ReminderKind kind) {
        return kinds.contains(kind);
    }

    /** The channels it is reached by: e-mail when it has addresses, the webhook when it has one. */
    public List<Channel> channels() {
        return emails.isEmpty() ? (webhookUrl == null ? List.of() : List.of(Channel.WEBHOOK))
                : webhookUrl == null ? List.of(Channel.EMAIL) : List.of(Channel.EMAIL, Channel.WEBHOOK);
    }

    public enum Channel {
        EMAIL, WEBHOOK
    }
}
