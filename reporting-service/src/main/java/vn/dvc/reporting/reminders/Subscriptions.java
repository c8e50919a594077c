package vn.dvc.reporting.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.catalog.UnknownUnit;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;
import vn.dvc.reporting.config.ReminderConfig;
import vn.dvc.reporting.reminders.Subscription;
import vn.dvc.reporting.reminders.SubscriptionRequest;
import vn.dvc.reporting.repository.SubscriptionStore;
import vn.dvc.reporting.rules.ReminderKind;

/** The units' subscriptions (table reminder_subscription): checked whole before anything is stored. */
@ApplicationScoped
public class Subscriptions {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+");
    private static final int MAX_EMAILS = 10;
    private static final LocalTime DEFAULT_DIGEST_AT = LocalTime.of(7, 30);
    private static final int DEFAULT_TASK_DAYS = 3;

    private final SubscriptionStore stored;
    private final UnitCopy units;
    private final ReminderConfig config;
    private final Clock clock;

    public Subscriptions(SubscriptionStore stored, UnitCopy units, ReminderConfig config, Clock clock) {
        this.stored = stored;
        this.units = units;
        this.config = config;
        this.clock = clock;
    }

    /** Replaces the unit's subscription; a webhook kept without a new secret keeps its secret. */
    @Transactional
    public Subscription put(String unitCode, SubscriptionRequest request) {
        if (units.pathOf(unitCode).isEmpty()) {
            throw UnknownUnit.notFound(unitCode);
        }
        Optional<Subscription> before = of(unitCode);
        Subscription subscription = checked(unitCode, request, before);
        stored.save(subscription);
        return subscription;
    }

    public Optional<Subscription> of(String unitCode) {
        return stored.of(unitCode);
    }

    @Transactional
    public boolean remove(String unitCode) {
        return stored.remove(unitCode);
    }

    public List<Subscription> all() {
        return stored.all();
    }

    private Subscription checked(String unitCode, SubscriptionRequest request, Optional<Subscription> before) {
        if (request == null) {
            throw ProblemException.badRequest("body", "is required");
        }
        List<Violation> violations = new ArrayList<>();
        List<String> emails = request.emails() == null ? List.of() : request.emails();
        if (emails.size() > MAX_EMAILS) {
            violations.add(new Violation("emails", "at most " + MAX_EMAILS + " addresses"));
        }
        for (int i = 0; i < emails.size(); i++) {
            if (emails.get(i) == null || emails.get(i).length() > 254 || !EMAIL.matcher(emails.get(i)).matches()) {
                violations.add(new Violation("emails[" + i + "]", "is not an e-mail address"));
            }
        }
        String webhook = request.webhookUrl() == null || request.webhookUrl().isBlank() ? null : request.webhookUrl().trim();
        String secret = request.webhookSecret();
        if (webhook != null) {
            webhookProblem(webhook).ifPresent(problem -> violations.add(new Violation("webhookUrl", problem)));
            if (secret == null && before.map(Subscription::webhookSecret).isPresent()) {
                secret = before.get().webhookSecret();
            }
            if (secret == null || secret.length() < 16 || secret.length() > 200) {
                violations.add(new Violation("webhookSecret", "is required with a webhook, 16 to 200 characters"));
            }
        } else {
            secret = null;
        }
        if (emails.isEmpty() && webhook == null) {
            violations.add(new Violation("emails", "give e-mail addresses or a webhookUrl: a subscription needs a channel"));
        }
        Set<ReminderKind> kinds = ReminderKind.unitKinds();
        if (request.kinds() != null && !request.kinds().isEmpty()) {
            kinds = EnumSet.noneOf(ReminderKind.class);
            for (String kind : request.kinds()) {
                try {
                    kinds.add(ReminderKind.valueOf(String.valueOf(kind).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    violations.add(new Violation("kinds", "unknown kind " + kind + "; one of " + Arrays.toString(ReminderKind.values())));
                }
            }
        }
        LocalTime digestAt = DEFAULT_DIGEST_AT;
        if (request.digestAt() != null) {
            try {
                digestAt = LocalTime.parse(request.digestAt());
            } catch (DateTimeParseException malformed) {
                violations.add(new Violation("digestAt", "is not a local time HH:mm"));
            }
        }
        int taskDays = request.taskDays() == null ? DEFAULT_TASK_DAYS : request.taskDays();
        if (taskDays < 0 || taskDays > 30) {
            violations.add(new Violation("taskDays", "must be 0 to 30"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("The subscription was not stored", violations);
        }
        return new Subscription(unitCode, emails.stream().map(String::trim).distinct().toList(), webhook, secret, kinds,
                digestAt.withSecond(0).withNano(0), taskDays, clock.instant());
    }

    private Optional<String> webhookProblem(String url) {
        try {
            URI uri = URI.create(url);
            boolean https = "https".equals(uri.getScheme());
            boolean plain = "http".equals(uri.getScheme()) && config.allowPlainHttp();
            if ((!https && !plain) || uri.getHost() == null || uri.getUserInfo() != null || url.length() > 500) {
                return Optional.of("must be an https URL without credentials");
            }
            return Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.of("is not a URL");
        }
    }
}
