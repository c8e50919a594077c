package vn.dvc.reporting.rules;

import java.util.Map;

/** A reminder as it goes out: the subject, plain-text and HTML parts of the e-mail, and the webhook's JSON facts. */
public record ReminderMessage(String subject, String text, String html, Map<String, Object> facts) {
}
