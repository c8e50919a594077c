package vn.dvc.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's settings ({@code gateway.*}): where the back services are and which paths each owns. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Back services by short name ({@code dossier}, {@code kpi}, …). */
    Map<String, Service> services();

    /** First path segment after {@code /api/v1/} → short name of the owning service. */
    Map<String, String> routes();

    /** How long a back service may take to answer a proxied request. */
    @WithDefault("PT30S")
    Duration requestTimeout();

    /** How long a back service may take to accept a connection before it counts as down. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** How often the merged OpenAPI document is rebuilt from the services' own (sooner while one is missing). */
    @WithDefault("PT30S")
    Duration openapiRefresh();

    interface Service {
        URI url();

        /**
         * Further instances of the service beside {@link #url()}, when no load balancer stands in front of them:
         * requests go to each in turn, and one that refuses the connection is skipped.
         */
        Optional<List<URI>> moreUrls();

        default List<URI> urls() {
            List<URI> all = new ArrayList<>();
            all.add(url());
            moreUrls().ifPresent(all::addAll);
            return all;
        }
    }
}
