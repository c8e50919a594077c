package vn.dvc.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/** Reminders to units ({@code reporting.reminders.*}; docs/operations.md, "Reminders"). */
@ConfigMapping(prefix = "reporting.reminders")
public interface ReminderConfig {

    /** Digests and urgent notices are made and sent (off: subscriptions are kept, nothing goes out). */
    @WithDefault("true")
    boolean enabled();

    /** How often each instance makes the slots that have come and sends what is due (read by the scheduler). */
    @WithDefault("1m")
    String checkEvery();

    /** E-mail goes out through the configured SMTP server ({@code quarkus.mailer.*}); off until one is configured. */
    @WithDefault("false")
    boolean emailEnabled();

    /** The dashboard's address, for the links in each message. */
    @WithDefault("http://127.0.0.1:8080/")
    String dashboardUrl();

    /** The official holidays on weekdays (the suite's calendar): no digest on them. */
    Set<LocalDate> holidays();

    /** The offices' working hours (the suite's): an urgent notice is for a dossier due within 4 of them. */
    String officeHours();

    /** A failed delivery is tried again after this, doubled at each attempt … */
    @WithDefault("PT1M")
    Duration retryAfter();

    /** … at most this many times in all, then FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** How long a sender holds a delivery it claimed: another instance takes it over after a crash. */
    @WithDefault("PT2M")
    Duration claimFor();

    /** Webhooks over plain http (development and tests only). */
    @WithDefault("false")
    boolean allowPlainHttp();
}
