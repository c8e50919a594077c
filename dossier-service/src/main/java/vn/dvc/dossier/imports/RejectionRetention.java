package vn.dvc.dossier.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvc.commons.retention.RetentionRule;
import vn.dvc.commons.retention.RetentionRules;

/**
 * The refused rows of an import go {@code dossier.imports.keep-rejections} after it ended; the import itself (its
 * counts and status) stays, small.
 */
@ApplicationScoped
public class RejectionRetention implements RetentionRules {

    private final Duration keep;

    public RejectionRetention(@ConfigProperty(name = "dossier.imports.keep-rejections", defaultValue = "P90D") Duration keep) {
        this.keep = keep;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(new RetentionRule("history_import_rejection",
                "import_id IN (SELECT id FROM history_import WHERE finished_at < ?)", keep));
    }
}
