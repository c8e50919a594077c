package vn.dvc.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details body ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, List.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, violations);
    }
}
