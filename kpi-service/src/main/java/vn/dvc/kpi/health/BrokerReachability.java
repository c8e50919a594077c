package vn.dvc.kpi.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the broker answers within a bound. kpi-service's product is fresh figures: cut off from the
 * broker it still answers, but with figures that no longer move, so it leaves the rotation until the broker answers
 * again. The consumers' own connection checks cannot tell this soon: a link whose packets are dropped stays open until
 * the Kafka client's request timeout (30 s) and reconnect attempts have run out.
 */
@Readiness
@ApplicationScoped
public class BrokerReachability implements HealthCheck {

    private final String bootstrapServers;
    private final Duration timeout;
    private Admin admin;

    public BrokerReachability(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                              @ConfigProperty(name = "kpi.readiness.broker-timeout", defaultValue = "2S") Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        String name = "Kafka broker reachable";
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named(name).up().withData("nodes", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named(name).down().withData("reason", "interrupted").build();
        } catch (ExecutionException | TimeoutException e) {
            return HealthCheckResponse.named(name).down()
                    .withData("reason", "no answer from the broker within " + timeout.toMillis() + " ms").build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            int millis = (int) timeout.toMillis();
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
                    AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000,
                    AdminClientConfig.CLIENT_ID_CONFIG, "kpi-service-readiness"));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
