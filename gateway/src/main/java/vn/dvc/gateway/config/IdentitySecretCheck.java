package vn.dvc.gateway.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import vn.dvc.access.identity.IdentitySignature;

/** The gateway will not start outside the dev and test profiles with a weak identity-signing secret. */
@ApplicationScoped
public class IdentitySecretCheck {

    void check(@Observes StartupEvent started, SecurityConfig security) {
        List<String> profiles = ConfigUtils.getProfiles();
        IdentitySignature.requireStrongOutside(profiles.contains("dev") || profiles.contains("test"),
                security.identitySecret(), "gateway.security.identity-secret (GATEWAY_SECURITY_IDENTITY_SECRET)");
    }
}
