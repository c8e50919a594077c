package vn.dvc.reporting.reminders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.dvc.reporting.config.ReminderConfig;
import vn.dvc.reporting.reminders.Subscriptions;
import vn.dvc.reporting.repository.Deliveries;
import vn.dvc.reporting.rules.DigestClock;
import vn.dvc.reporting.rules.DigestFacts;
import vn.dvc.reporting.rules.ReminderKind;
import vn.dvc.reporting.rules.ReminderMessage;
import vn.dvc.reporting.rules.ReminderMessages;
import vn.dvc.rules.time.OfficeHours;
import vn.dvc.rules.time.PortalTime;
import vn.dvc.rules.time.WorkingCalendar;

/**
 * Every {@code reporting.reminders.check-every}, on every instance: makes the slots that have come (each subscribed
 * unit's digest of the day once its time has passed, an urgent notice per dossier due within hours with no apology
 * letter), then sends what is due. A slot is stored once whichever instance makes it first; a delivery is sent by the
 * instance that claims it; a failed one is tried again after {@code retry-after}, doubled each time, until
 * {@code max-attempts}, then FAILED. A peer that does not answer leaves the slot to the next round.
 */
@ApplicationScoped
public class ReminderRounds {

    private static final Logger LOG = Logger.getLogger(ReminderRounds.class);
    private static final int SENT_PER_ROUND = 200;

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final ReminderFacts facts;
    private final Senders senders;
    private final ReminderConfig config;
    private final DigestClock digestClock;
    private final Clock clock;
    private final ObjectMapper json;
    private final MeterRegistry registry;

    public ReminderRounds(Subscriptions subscriptions, Deliveries deliveries, ReminderFacts facts, Senders senders,
                          ReminderConfig config, Clock clock, ObjectMapper json, MeterRegistry registry) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.facts = facts;
        this.senders = senders;
        this.config = config;
        this.digestClock = new DigestClock(OfficeHours.parse(config.officeHours(), new WorkingCalendar(config.holidays()),
                PortalTime.LOCAL_ZONE));
        this.clock = clock;
        this.json = json;
        this.registry = registry;
    }

    @Scheduled(every = "${reporting.reminders.check-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void round() {
        if (!config.enabled()) {
            return;
        }
        makeDue(clock.instant());
        sendDue(clock.instant());
    }

    /** Makes every slot that has come and is not made yet; answers how many units' digests were made. */
    public int makeDue(Instant now) {
        int digests = 0;
        for (Subscription subscription : subscriptions.all()) {
            List<String> channels = channelsOf(subscription);
            try {
                Optional<LocalDate> day = digestClock.digestDue(subscription.digestAt(), now);
                if (day.isPresent() && !deliveries.made(subscription.unitCode(), Delivery.DIGEST, day.get().toString())) {
                    makeDigest(subscription, channels, day.get(), now);
                    digests++;
                }
                if (subscription.wants(ReminderKind.NEAR_DUE) && !channels.isEmpty()) {
                    makeUrgent(subscription, channels);
                }
            } catch (RuntimeException failure) {
                LOG.warnf("Reminders of %s not made this round (next round tries again): %s", subscription.unitCode(),
                        failure.getMessage());
            }
        }
        return digests;
    }

    private void makeDigest(Subscription subscription, List<String> channels, LocalDate day, Instant now) {
        DigestFacts digest = facts.of(subscription, digestClock, day, now);
        if (digest.isEmpty() || channels.isEmpty()) {
            deliveries.store(subscription.unitCode(), Delivery.DIGEST, day.toString(), List.of(), "", "", "", "{}", clock.instant());
            return;
        }
        store(subscription, Delivery.DIGEST, day.toString(), channels, ReminderMessages.digest(digest, config.dashboardUrl()));
    }

    private void makeUrgent(Subscription subscription, List<String> channels) {
        String name = null;
        for (DigestFacts.Dossier dossier : facts.urgent(subscription.unitCode(), digestClock, clock.instant())) {
            if (!deliveries.made(subscription.unitCode(), Delivery.URGENT, dossier.dossierId())) {
                name = name == null ? facts.nameOf(subscription.unitCode()) : name;
                store(subscription, Delivery.URGENT, dossier.dossierId(), channels,
                        ReminderMessages.urgent(subscription.unitCode(), name, dossier, config.dashboardUrl()));
            }
        }
    }

    /** Stored as of the moment it is made (the round's facts were read just before). */
    private void store(Subscription subscription, String type, String slot, List<String> channels, ReminderMessage message) {
        try {
            deliveries.store(subscription.unitCode(), type, slot, channels, message.subject(), message.text(),
                    message.html(), json.writeValueAsString(message.facts()), clock.instant());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Sends the deliveries due now that this instance claims; answers how many went out. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (long id : deliveries.due(now, SENT_PER_ROUND)) {
            Optional<Delivery> claimed = deliveries.claim(id, now, config.claimFor());
            if (claimed.isPresent() && send(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Delivery delivery) {
        Optional<Subscription> subscription = subscriptions.of(delivery.unitCode());
        try {
            senders.send(delivery, subscription.orElseThrow(() -> new Senders.DeliveryFailed("the unit is no longer subscribed")));
            deliveries.sent(delivery.id(), clock.instant());
            count(delivery, "sent");
            return true;
        } catch (RuntimeException failure) {
            int attempts = delivery.attempts() + 1;
            Optional<Instant> next = attempts >= config.maxAttempts() || subscription.isEmpty() ? Optional.empty()
                    : Optional.of(clock.instant().plus(config.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16))));
            deliveries.failed(delivery.id(), String.valueOf(failure.getMessage()), next);
            count(delivery, next.isPresent() ? "retried" : "failed");
            LOG.warnf("Reminder %d (%s, %s) not delivered, attempt %d%s: %s", delivery.id(), delivery.type(),
                    delivery.channel(), attempts, next.isPresent() ? "" : ", given up", failure.getMessage());
            return false;
        }
    }

    private List<String> channelsOf(Subscription subscription) {
        return subscription.channels().stream()
                .filter(channel -> channel != Subscription.Channel.EMAIL || config.emailEnabled())
                .map(Enum::name).toList();
    }

    private void count(Delivery delivery, String outcome) {
        registry.counter("dvc.reminders", "type", delivery.type(), "channel", delivery.channel(), "outcome", outcome)
                .increment();
    }
}
