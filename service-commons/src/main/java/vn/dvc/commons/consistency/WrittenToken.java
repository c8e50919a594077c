package vn.dvc.commons.consistency;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.dvc.commons.concurrent.ChangeSignal;
import vn.dvc.commons.outbox.OutboxPositions;
import vn.dvc.commons.outbox.OutboxPublished;
import vn.dvc.commons.outbox.OutboxRelay;

/**
 * Every accepted write of a service that publishes events answers {@code X-DVC-Written}: once the records it
 * committed (and any before them) are in the log, the log's published positions. Sent back on a read, they make the
 * read wait for their effects ({@link ReadAfter}). When the records are not published within
 * {@code dvc.consistency.publish-wait} (the broker is away), the write answers without a token: accepted all the same.
 */
public class WrittenToken {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Duration RECHECK = Duration.ofMillis(20);

    private final OutboxPositions positions;
    private final OutboxRelay relay;
    private final Duration publishWait;
    private final ChangeSignal rounds;

    public WrittenToken(OutboxPositions positions, OutboxRelay relay, PublishedRounds rounds,
                        @ConfigProperty(name = "dvc.consistency.publish-wait", defaultValue = "PT5S") Duration publishWait) {
        this.positions = positions;
        this.relay = relay;
        this.rounds = rounds.signal();
        this.publishWait = publishWait;
    }

    @ServerResponseFilter
    public void answerWritten(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (!WRITES.contains(request.getMethod()) || status < 200 || status >= 300
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        written().ifPresent(token -> response.getHeaders().putSingle(Positions.WRITTEN_HEADER, token.toString()));
    }

    /** The positions once everything appended so far is published; empty when that takes longer than allowed. */
    public Optional<Positions> written() {
        long last = positions.lastAppended();
        long deadline = System.nanoTime() + publishWait.toNanos();
        while (true) {
            long seen = rounds.generation();
            if (positions.publishedThrough(last)) {
                return Optional.of(positions.published());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || !relay.brokerTakesRecords()) {
                return Optional.empty();
            }
            if (!rounds.awaitAfter(seen, RECHECK.compareTo(Duration.ofNanos(left)) < 0 ? RECHECK : Duration.ofNanos(left))) {
                return Optional.empty();
            }
        }
    }

    /** The rounds the relay of this instance publishes, as a signal for the writes waiting on them. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class PublishedRounds {

        private final ChangeSignal signal = new ChangeSignal();

        ChangeSignal signal() {
            return signal;
        }

        void onPublished(@Observes OutboxPublished published) {
            signal.signal();
        }
    }
}
