package vn.dvc.kpi.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness follows the broker: up with the real one, down within its bound where no broker answers. */
@QuarkusTest
class BrokerReachabilityTest {

    @Test
    void readyWhileTheBrokerAnswers() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Kafka broker reachable' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Kafka broker reachable' }.data.nodes", equalTo(1));
    }

    @Test
    void downWhenNoBrokerAnswersWithinTheBound() throws IOException {
        // a port that accepts connections and never speaks Kafka: what a link whose answers are dropped looks like
        try (ServerSocket silent = new ServerSocket(0)) {
            BrokerReachability check = new BrokerReachability("127.0.0.1:" + silent.getLocalPort(), Duration.ofMillis(500));
            try {
                long started = System.nanoTime();
                HealthCheckResponse response = check.call();
                assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
                assertThat(response.getData()).hasValueSatisfying(data ->
                        assertThat(data.get("reason")).asString().contains("500 ms"));
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            } finally {
                check.close();
            }
        }
    }
}
