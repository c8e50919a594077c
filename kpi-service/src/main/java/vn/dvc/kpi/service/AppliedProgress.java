package vn.dvc.kpi.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import vn.dvc.commons.messaging.AppliedThrough;
import vn.dvc.commons.messaging.GroupLag;
import vn.dvc.contracts.Topic;
import vn.dvc.kpi.messaging.DossierEventsConsumer;

/**
 * How far behind the figures an instance serves are: what its own consumers have applied, and the dossier events
 * published that no instance has applied yet (both lanes' consumer groups), measured every few seconds off the
 * request path. Instances read the same summary rows, so once the pending count is 0 every instance answers alike.
 */
@ApplicationScoped
public class AppliedProgress {

    private static final Logger LOG = Logger.getLogger(AppliedProgress.class);

    private final AppliedThrough appliedThrough;
    private final String bootstrapServers;
    private final Map<String, String> groupsByTopic;
    private final String instance = instanceName();
    private Admin admin;
    private volatile Pending pending;

    public AppliedProgress(AppliedThrough appliedThrough,
                           @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                           @ConfigProperty(name = "mp.messaging.incoming.dossier-events.group.id") String historyGroup,
                           @ConfigProperty(name = "mp.messaging.incoming.dossier-events-live.group.id") String liveGroup) {
        this.appliedThrough = appliedThrough;
        this.bootstrapServers = bootstrapServers;
        this.groupsByTopic = Map.of(Topic.DOSSIER_EVENTS.name(), historyGroup, Topic.DOSSIER_EVENTS_LIVE.name(), liveGroup);
    }

    @Schema(name = "AppliedProgress", description = "How far behind the instance that answered is")
    public record Progress(
            @Schema(description = "the kpi-service instance that answered (host/process)") String instance,
            @Schema(nullable = true, description = "the newest dossier event (its acceptance by dossier-service) this "
                    + "instance has applied; null before its first since it started") Instant appliedThrough,
            @Schema(nullable = true, description = "dossier events accepted and not yet applied by any instance; "
                    + "0 = every instance serves the same figures; null while unknown") Long pendingEvents,
            @Schema(nullable = true, description = "when pendingEvents was measured (every 5 s)") Instant pendingMeasuredAt) {
    }

    private record Pending(long events, Instant measuredAt) {
    }

    public Progress now() {
        Pending measured = pending;
        return new Progress(instance, appliedThrough.of(DossierEventsConsumer.CONSUMER).orElse(null),
                measured == null ? null : measured.events(), measured == null ? null : measured.measuredAt());
    }

    @Scheduled(every = "${kpi.applied-progress.every:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            long events = 0;
            for (Map.Entry<String, String> lane : groupsByTopic.entrySet()) {
                events += GroupLag.of(admin(), lane.getValue(), lane.getKey());
            }
            pending = new Pending(events, Instant.now());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            pending = null;
            LOG.debugf(e, "Pending dossier events not measured: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.CLIENT_ID_CONFIG,
                    "kpi-service-applied-progress"));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        Optional.ofNullable(admin).ifPresent(Admin::close);
    }

    private static String instanceName() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).filter(name -> !name.isBlank()).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        });
        return host + "/" + ProcessHandle.current().pid();
    }
}
