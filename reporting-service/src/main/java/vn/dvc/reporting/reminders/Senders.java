package vn.dvc.reporting.reminders;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends one delivery on its channel: e-mail through the configured SMTP server (plain-text and HTML parts, to every
 * address of the unit's office), or a JSON POST to the unit's webhook signed with its secret
 * ({@code X-DVC-Signature: sha256=<hex HMAC-SHA256 of the body>}) and carrying the slot as {@code Idempotency-Key}.
 * A failure is thrown, with a reason fit for the deliveries list (never the secret or the addresses).
 */
@ApplicationScoped
public class Senders {

    private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(10);

    private final Mailer mailer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WEBHOOK_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public Senders(Mailer mailer) {
        this.mailer = mailer;
    }

    public void send(Delivery delivery, Subscription subscription) {
        switch (Subscription.Channel.valueOf(delivery.channel())) {
            case EMAIL -> email(delivery, subscription);
            case WEBHOOK -> webhook(delivery, subscription);
        }
    }

    private void email(Delivery delivery, Subscription subscription) {
        if (subscription.emails().isEmpty()) {
            throw new DeliveryFailed("the subscription has no e-mail address any more");
        }
        Mail mail = new Mail().setTo(subscription.emails()).setSubject(delivery.subject()).setText(delivery.text())
                .setHtml(delivery.html()).addHeader("X-DVC-Reminder", delivery.idempotencyKey());
        try {
            mailer.send(mail);
        } catch (RuntimeException failure) {
            throw new DeliveryFailed("the SMTP server did not take the message (" + failure.getClass().getSimpleName() + ")");
        }
    }

    private void webhook(Delivery delivery, Subscription subscription) {
        if (subscription.webhookUrl() == null) {
            throw new DeliveryFailed("the subscription has no webhook any more");
        }
        byte[] body = delivery.json().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.webhookUrl())).timeout(WEBHOOK_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", delivery.idempotencyKey())
                .header("X-DVC-Signature", "sha256=" + signature(subscription.webhookSecret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                throw new DeliveryFailed("the webhook answered HTTP " + status);
            }
        } catch (IOException failure) {
            throw new DeliveryFailed("the webhook did not answer (" + failure.getClass().getSimpleName() + ")");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted");
        }
    }

    /** The hex HMAC-SHA256 of the body under the subscription's secret: what a receiver checks. */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A delivery that did not go out this time; the reason is stored and listed. */
    public static class DeliveryFailed extends RuntimeException {
        public DeliveryFailed(String reason) {
            super(reason);
        }
    }
}
