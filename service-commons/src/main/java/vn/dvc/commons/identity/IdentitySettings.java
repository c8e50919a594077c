package vn.dvc.commons.identity;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvc.access.identity.IdentitySignature;

/**
 * How this service checks the gateway's signed identity: the shared secret, whether an identity is required, and the
 * service's own name the signature must be for. Outside the dev and test profiles a service will not start with the
 * development secret or one shorter than 32 bytes.
 */
@ApplicationScoped
public class IdentitySettings {

    private final String secret;
    private final boolean required;
    private final String audience;

    public IdentitySettings(@ConfigProperty(name = "suite.identity.secret") String secret,
                            @ConfigProperty(name = "suite.identity.required") boolean required,
                            @ConfigProperty(name = "suite.identity.audience") String audience) {
        this.secret = secret;
        this.required = required;
        this.audience = audience;
    }

    void refuseWeakSecret(@Observes StartupEvent started) {
        List<String> profiles = ConfigUtils.getProfiles();
        IdentitySignature.requireStrongOutside(profiles.contains("dev") || profiles.contains("test"), secret,
                "suite.identity.secret (SUITE_IDENTITY_SECRET)");
    }

    public String secret() {
        return secret;
    }

    public boolean required() {
        return required;
    }

    public String audience() {
        return audience;
    }
}
