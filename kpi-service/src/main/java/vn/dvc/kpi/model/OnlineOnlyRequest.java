package vn.dvc.kpi.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A campaign's online-only pilot: from a local day, these services may be received online only by these units (each with its subtree). */
public record OnlineOnlyRequest(@NotBlank String from,
                                @NotNull @NotEmpty @Size(max = 2_000) List<@NotBlank @Size(max = 50) String> services,
                                @NotNull @NotEmpty @Size(max = 10_000) List<@NotBlank @Size(max = 50) String> units) {
}
