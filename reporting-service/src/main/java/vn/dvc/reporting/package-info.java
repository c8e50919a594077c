/**
 * reporting-service: report obligations and submissions, self-reported dossier totals, the 2-day bulletin and the
 * appendix spreadsheets. Its endpoints come with the reporting issue; the foundation gives it its database
 * (Liquibase), its outbox for {@code report-events}, health, metrics and OpenAPI.
 */
package vn.dvc.reporting;
