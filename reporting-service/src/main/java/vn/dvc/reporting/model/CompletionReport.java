package vn.dvc.reporting.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Report completion for a selection (README, "Reports, bulletin and appendices": "GET /reports/completion"; counting rules v1 "Reports"): in all and form
 * by form, with the reports still missing so that an officer can chase them ({@code missingCount} in all, the first
 * {@code missingLimit} listed).
 */
public record CompletionReport(String system, String form, String unit, String period, LocalDate from, LocalDate to,
                               String rulesVersion, RateView total, List<FormCompletion> forms) {

    public record FormCompletion(String formCode, String formName, String system, String systemName, RateView rate,
                                 long missingCount, List<MissingReport> missing) {
    }

    public record MissingReport(String unitCode, String unitName, String indicatorCode, String period,
                                OffsetDateTime deadline, boolean pastDeadline) {
    }
}
