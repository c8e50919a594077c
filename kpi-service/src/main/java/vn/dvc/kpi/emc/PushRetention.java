package vn.dvc.kpi.emc;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvc.commons.retention.RetentionRule;
import vn.dvc.commons.retention.RetentionRules;

/** The deliveries to the measurement system that ended (delivered or given up) go after {@code kpi.emc-push.keep}. */
@ApplicationScoped
public class PushRetention implements RetentionRules {

    private final Duration keep;

    public PushRetention(@ConfigProperty(name = "kpi.emc-push.keep", defaultValue = "P90D") Duration keep) {
        this.keep = keep;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(new RetentionRule("kpi_emc_push", "status IN ('DELIVERED', 'FAILED') AND created_at < ?", keep));
    }
}
