package vn.dvc.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.net.URI;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ServiceInstancesTest {

    private static final URI FIRST = URI.create("http://127.0.0.1:8081");
    private static final URI SECOND = URI.create("http://127.0.0.1:9081");

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final ServiceInstances instances = new ServiceInstances(List.of(FIRST, SECOND), now::get);
    private final List<URI> tried = new ArrayList<>();

    private Future<URI> connectWhere(Set<URI> up) {
        return instances.connect(url -> {
            tried.add(url);
            return up.contains(url) ? Future.succeededFuture(url) : Future.failedFuture(new ConnectException("refused"));
        });
    }

    @Test
    void requestsGoToEachInstanceInTurn() {
        List<URI> chosen = List.of(connectWhere(Set.of(FIRST, SECOND)).result(), connectWhere(Set.of(FIRST, SECOND)).result(),
                connectWhere(Set.of(FIRST, SECOND)).result());

        assertThat(chosen).containsExactly(FIRST, SECOND, FIRST);
        assertThat(tried).containsExactly(FIRST, SECOND, FIRST);
    }

    @Test
    void anInstanceThatRefusesIsSkippedAndRestsBeforeItIsTriedFirstAgain() {
        assertThat(connectWhere(Set.of(SECOND)).result()).isEqualTo(SECOND);
        assertThat(tried).containsExactly(FIRST, SECOND);

        tried.clear();
        assertThat(connectWhere(Set.of(SECOND)).result()).isEqualTo(SECOND);
        assertThat(connectWhere(Set.of(SECOND)).result()).isEqualTo(SECOND);
        assertThat(tried).as("the refusing instance is not tried while it rests").containsExactly(SECOND, SECOND);

        now.addAndGet(ServiceInstances.RESTING.toMillis() + 1);
        tried.clear();
        assertThat(connectWhere(Set.of(FIRST, SECOND)).result()).isIn(FIRST, SECOND);
        connectWhere(Set.of(FIRST, SECOND));
        assertThat(tried).as("back in turn after its rest").containsExactlyInAnyOrder(FIRST, SECOND);
    }

    @Test
    void whenNoInstanceTakesTheConnectionTheLastFailureIsAnswered() {
        Future<URI> none = connectWhere(Set.of());

        assertThat(none.failed()).isTrue();
        assertThat(none.cause()).isInstanceOf(ConnectException.class);
        assertThat(tried).containsExactlyInAnyOrder(FIRST, SECOND);

        tried.clear();
        assertThat(connectWhere(Set.of(FIRST)).result()).as("resting instances are still tried when none is awake")
                .isEqualTo(FIRST);
    }
}
