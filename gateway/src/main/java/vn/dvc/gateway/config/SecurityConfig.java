package vn.dvc.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.dvc.access.identity.IdentitySignature;

/** Authentication, authorisation and limits at the gateway ({@code gateway.security.*}). */
@ConfigMapping(prefix = "gateway.security")
public interface SecurityConfig {

    /**
     * A deployment's keys, each {@code <id>:<role>:<unit or empty>:<sha256 of the token>:<name>} — hashes only, never
     * tokens. Stored at start-up unless already there (a revoked one stays revoked).
     */
    Optional<List<String>> keys();

    /** How often each instance rereads the keys (a key made or revoked on another instance counts from then). */
    @WithDefault("PT2S")
    Duration keyRefresh();

    /**
     * The HMAC-SHA256 secret signing the identity header the back services trust: at least 32 bytes outside the dev
     * and test profiles, where the development default is refused at start-up.
     */
    @WithDefault(IdentitySignature.DEV_SECRET)
    String identitySecret();

    /** How long a dashboard session lasts after sign-in (a working day by default); sign-out ends it sooner. */
    @WithDefault("PT10H")
    Duration sessionLifetime();

    /** Sign-ins, sign-outs and "who am I" one address may make a minute on an instance (beside each key's own rate). */
    @WithDefault("120")
    int sessionCallsPerAddress();

    /** Heavy requests (appendices, bulletins, reconcile, rankings) one key may have running at once on an instance. */
    @WithDefault("2")
    int heavyRequestsPerKey();

    /** Requests per key per second; more are answered 429 with Retry-After. */
    @WithDefault("200")
    int requestsPerSecond();

    /** The largest body of a single-item request. */
    @WithDefault("64K")
    io.quarkus.runtime.configuration.MemorySize maxBody();

    /** The largest body of a batch request ({@code …/batch}). */
    @WithDefault("2M")
    io.quarkus.runtime.configuration.MemorySize maxBatchBody();

    /** The largest file uploaded (a history import), spooled to disk, never held in memory. */
    @WithDefault("1G")
    io.quarkus.runtime.configuration.MemorySize maxUploadBody();
}
