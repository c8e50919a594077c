package vn.dvc.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.commons.jdbc.Jdbc;
import vn.dvc.commons.jdbc.Row;

/** reporting-service boots on its real database, migrated by Liquibase, and answers with problems. */
@QuarkusTest
class ReportingServiceFoundationTest {

    @Inject
    Jdbc jdbc;

    @Test
    void isReadyWithItsDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void itsSchemaHasTheOutboxAndTheInbox() {
        List<Row> tables = jdbc.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name IN ('outbox_record', 'processed_event')", List.of());
        assertThat(tables).hasSize(2);
    }

    @Test
    void anUnknownPathIsAProblemWithoutInternals() {
        given().header("X-Request-Id", "reporting-test-1").get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "reporting-test-1")
                .body("detail", equalTo("No resource at /api/v1/nothing-here"));
    }
}
