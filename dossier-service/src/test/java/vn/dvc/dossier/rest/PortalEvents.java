package vn.dvc.dossier.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A test's own reference data (unique codes per run) and the events a portal would send for it. */
final class PortalEvents {

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String province = "BP-" + run;
    final String department = "H10-" + run;
    final String district = "H11-" + run;
    final String commune = "H11.01-" + run;
    final String service = "1.004227-" + run;

    PortalEvents createReferenceData() {
        given().contentType(ContentType.JSON)
                .body("[{\"code\":\"" + province + "\",\"name\":\"Tỉnh Bình Phước\",\"tier\":\"PROVINCE\"},"
                        + "{\"code\":\"" + department + "\",\"name\":\"Sở Tư pháp\",\"tier\":\"DEPARTMENT\",\"parentCode\":\"" + province + "\"},"
                        + "{\"code\":\"" + district + "\",\"name\":\"UBND huyện Đồng Phú\",\"tier\":\"DISTRICT\",\"parentCode\":\"" + province + "\"},"
                        + "{\"code\":\"" + commune + "\",\"name\":\"UBND xã Tân Lập\",\"tier\":\"COMMUNE\",\"parentCode\":\"" + district + "\"}]")
                .put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("[{\"code\":\"" + service + "\",\"name\":\"Cấp phiếu lý lịch tư pháp\",\"field\":\"Tư pháp\","
                        + "\"feeBearing\":true,\"offerings\":[{\"tier\":\"PROVINCE\",\"level\":4},{\"tier\":\"DISTRICT\",\"onlineMode\":\"PARTIAL\"}]}]")
                .put("/api/v1/services").then().statusCode(200);
        return this;
    }

    /** An event with only the fields every status carries; add others with {@link Event#with}. */
    Event event(String eventId, String dossierId, Object status, Object occurredAt) {
        return new Event(new LinkedHashMap<>(Map.of("eventId", eventId, "dossierId", dossierId, "status", status,
                "occurredAt", occurredAt.toString())));
    }

    /** A complete RECEIVED event at the department, online, digitised, fee-bearing. */
    Event received(String eventId, String dossierId, Object occurredAt, Object dueAt) {
        return event(eventId, dossierId, "RECEIVED", occurredAt).with("unitCode", department)
                .with("serviceCode", service).with("channel", "ONLINE").with("dueAt", dueAt.toString())
                .with("inputsDigitised", true).with("feeRequired", true);
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/dossier-events").then();
    }

    static ValidatableResponse postBatch(List<?> events) {
        return given().contentType(ContentType.JSON).body(events).post("/api/v1/dossier-events/batch").then();
    }

    static Instant hoursFromNow(long hours) {
        return Instant.now().plusSeconds(hours * 3600);
    }

    record Event(Map<String, Object> fields) {

        Event with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        Event without(String field) {
            fields.remove(field);
            return this;
        }

        Map<String, Object> body() {
            return fields;
        }
    }
}
