package vn.dvc.kpi.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign's tasks, replacing those it had (reports of tasks kept by code stay). */
public record TaskListRequest(@NotNull @Size(max = 500) List<@Valid @NotNull TaskRequest> tasks) {

    /**
     * One task: a lead (units, tiers, kinds or names; each unit selected owes the task on its own), units that
     * cooperate, a deadline, and whether completion needs a document as evidence.
     */
    public record TaskRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,50}") String code,
                              @NotBlank @Size(max = 1000) String title,
                              @NotNull @Valid Selector lead,
                              @Valid Selector cooperating,
                              @NotNull @Valid Deadline deadline,
                              boolean evidenceRequired,
                              @Schema(description = "the item as the plan writes it, in full") @Size(max = 5000) String planText,
                              @Schema(description = "the deadline in the plan's own words (\"trước ngày 30/6/2022\", \"thường xuyên\")")
                              @Size(max = 300) String planDeadline,
                              @Schema(description = "what shows the task done") @Size(max = 500) String evidence) {
    }

    /** Units by code, every administrative body of a tier, every unit of a kind, units by name. */
    public record Selector(@Size(max = 1000) List<@NotBlank @Size(max = 50) String> units,
                           @Size(max = 10) List<@NotBlank String> tiers,
                           @Size(max = 10) List<@NotBlank @Size(max = 50) String> kinds,
                           @Size(max = 100) List<@NotBlank @Size(max = 300) String> names) {
    }

    /**
     * DATE (by the end of {@code day}), DATE_TIME ({@code day} at {@code time}), ONGOING (from {@code from}) or
     * RECURRING (every {@code every}, an ISO-8601 period such as P2D or P1M, from {@code from} until before
     * {@code until}, each due at {@code time} or the end of its day). Local time, Asia/Ho_Chi_Minh.
     */
    public record Deadline(@NotBlank String kind, String day, String time, String from, String until, String every) {
    }
}
