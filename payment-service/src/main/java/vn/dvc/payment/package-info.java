/**
 * payment-service: online payment transactions, units' payment accounts and tallies. Its endpoints come with the
 * payment issue; the foundation gives it its database (Liquibase), its outbox for {@code payment-events}, health,
 * metrics and OpenAPI.
 */
package vn.dvc.payment;
