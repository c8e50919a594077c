package vn.dvc.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static vn.dvc.dossier.rest.PortalEvents.hoursFromNow;
import static vn.dvc.dossier.rest.PortalEvents.postBatch;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Officers' worklists and the anomaly list, scoped to this test's own unit tree. */
@QuarkusTest
class DossierWorklistResourceTest {

    private final PortalEvents portal = new PortalEvents();
    private final String run = portal.run;

    @BeforeEach
    void referenceData() {
        portal.createReferenceData();
    }

    private String id(String name) {
        return name + "-" + run;
    }

    @Test
    void nearDueListsOpenRunningDossiersWithoutApologyAndOverdueListsThosePastDue() {
        postBatch(List.of(
                portal.received(id("w1"), id("W1"), hoursFromNow(-48), hoursFromNow(10)).body(),
                portal.received(id("w2"), id("W2"), hoursFromNow(-48), hoursFromNow(3)).body(),
                portal.received(id("w3"), id("W3"), hoursFromNow(-48), hoursFromNow(72)).body(),
                portal.received(id("w4"), id("W4"), hoursFromNow(-72), hoursFromNow(-5)).body(),
                portal.received(id("w5"), id("W5"), hoursFromNow(-96), hoursFromNow(-30)).body(),
                portal.received(id("w6"), id("W6"), hoursFromNow(-48), hoursFromNow(5)).body(),
                portal.event(id("w6a"), id("W6"), "APOLOGY_ISSUED", hoursFromNow(-1))
                        .with("newDueAt", hoursFromNow(48).toString()).with("reason", "quá tải").body(),
                portal.received(id("w7"), id("W7"), hoursFromNow(-48), hoursFromNow(-2)).body(),
                portal.event(id("w7s"), id("W7"), "SUPPLEMENT_REQUESTED", hoursFromNow(-3)).with("reason", "thiếu giấy tờ").body(),
                portal.received(id("w8"), id("W8"), hoursFromNow(-48), hoursFromNow(-2)).body(),
                portal.event(id("w8r"), id("W8"), "RESOLVED", hoursFromNow(-1)).body(),
                portal.received(id("w9"), id("W9"), hoursFromNow(-48), hoursFromNow(-1)).with("unitCode", portal.commune).body()))
                .statusCode(202);

        given().queryParam("unit", portal.province).get("/api/v1/dossiers/near-due").then().statusCode(200)
                .body("items.dossierId", contains(id("W2"), id("W1"))).body("total", equalTo(2));
        given().queryParam("unit", portal.province).queryParam("within", "P4D").get("/api/v1/dossiers/near-due")
                .then().statusCode(200).body("items.dossierId", contains(id("W2"), id("W1"), id("W3")));
        given().queryParam("unit", portal.province).get("/api/v1/dossiers/overdue").then().statusCode(200)
                .body("items.dossierId", contains(id("W5"), id("W4"), id("W9"))).body("total", equalTo(3))
                .body("items[1].minutesPastDue", greaterThanOrEqualTo(299));
        given().queryParam("unit", portal.district).get("/api/v1/dossiers/overdue").then().statusCode(200)
                .body("items.dossierId", contains(id("W9")));
        given().queryParam("unit", portal.province).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/dossiers/overdue").then().statusCode(200)
                .body("items.dossierId", contains(id("W4"))).body("total", equalTo(3)).body("page", equalTo(1));
    }

    @Test
    void anomaliesAreListedByUnitSubtreeAndPeriodWithVietnameseLabels() {
        postBatch(List.of(
                portal.received(id("a1"), id("A1"), "2022-06-01T08:00:00", "2022-06-10T17:00:00").body(),
                portal.event(id("a1e"), id("A1"), "EXTENDED", "2022-06-05T08:00:00").with("dueAt", "2022-06-15T17:00:00").body(),
                portal.event(id("a1p"), id("A1"), "APOLOGY_ISSUED", "2022-06-14T20:00:00").body(),
                portal.event(id("a1r"), id("A1"), "RESOLVED", "2022-06-15T08:00:00").body(),
                portal.event(id("a1x"), id("A1"), "PROCESSING", "2022-06-16T08:00:00").body(),
                portal.received(id("a2"), id("A2"), "2022-06-01T08:00:00", "2022-06-10T17:00:00").with("unitCode", portal.commune).body(),
                portal.event(id("a2s"), id("A2"), "SUPPLEMENT_REQUESTED", "2022-06-02T08:00:00").body(),
                portal.event(id("a2t"), id("A2"), "SUPPLEMENT_REQUESTED", "2022-06-04T08:00:00").body(),
                portal.event(id("a3"), id("A3"), "PROCESSING", "2022-06-03T08:00:00").with("unitCode", portal.department).body()))
                .statusCode(202).body("outcome", org.hamcrest.Matchers.everyItem(equalTo("ACCEPTED")));

        given().queryParam("unit", portal.province).queryParam("from", "2022-06-01").queryParam("to", "2022-07-01")
                .get("/api/v1/dossiers/anomalies").then().statusCode(200)
                .body("items.kind", contains("NEVER_RECEIVED", "REPEATED_SUPPLEMENT_REQUEST", "EXTENSION_WITHOUT_REASON",
                        "APOLOGY_TOO_LATE", "APOLOGY_WITHOUT_NEW_TIME", "EVENT_AFTER_RESOLUTION"))
                .body("items.eventId", contains(id("a3"), id("a2t"), id("a1e"), id("a1p"), id("a1p"), id("a1x")))
                .body("items[2].label", equalTo("Gia hạn không nêu lý do"))
                .body("items[0].occurredAt", equalTo("2022-06-03T08:00:00+07:00"));
        given().queryParam("unit", portal.district).get("/api/v1/dossiers/anomalies").then().statusCode(200)
                .body("items.dossierId", contains(id("A2")));
        given().queryParam("unit", portal.province).queryParam("from", "2022-06-10").queryParam("to", "2022-06-16")
                .get("/api/v1/dossiers/anomalies").then().statusCode(200)
                .body("items.kind", contains("APOLOGY_TOO_LATE", "APOLOGY_WITHOUT_NEW_TIME"));
    }

    @Test
    void badQueryParametersAreNamed() {
        given().queryParam("within", "soon").get("/api/v1/dossiers/near-due").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("within"));
        given().queryParam("within", "P60D").get("/api/v1/dossiers/near-due").then().statusCode(400)
                .body("violations[0].field", equalTo("within"));
        given().queryParam("unit", "NO-SUCH-" + run).get("/api/v1/dossiers/overdue").then().statusCode(422)
                .body("violations[0].field", equalTo("unit"));
        given().queryParam("size", 1000).get("/api/v1/dossiers/overdue").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().queryParam("from", "2022-13-01").get("/api/v1/dossiers/anomalies").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        given().queryParam("from", "2022-06-02").queryParam("to", "2022-06-01").get("/api/v1/dossiers/anomalies")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
    }
}
