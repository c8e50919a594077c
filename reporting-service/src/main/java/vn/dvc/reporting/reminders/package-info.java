/**
 * Reminders that make units act (docs/operations.md, "Reminders"): subscriptions per unit, the daily digest and the
 * urgent notices made once per slot, and their delivery by e-mail and webhook, each exactly once per slot whatever
 * the instances and restarts.
 */
package vn.dvc.reporting.reminders;
