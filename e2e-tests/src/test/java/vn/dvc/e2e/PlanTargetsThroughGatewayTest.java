package vn.dvc.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan's digitisation target judged where the plan says (III.3: at the provincial service centre and the
 * district one-stop shops) and on the day it says (02/9/2022): a province whose service centre and one-stop shop
 * digitise 2 of their 3 dossiers while its departments digitise none stands at 2 of 3 against the target, not 2 of 6.
 */
class PlanTargetsThroughGatewayTest {

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String province = "PT" + run;
    private final String centre = province + ".TTPVHCC";
    private final String department = province + ".STP";
    private final String district = province + ".H01";
    private final String shop = district + ".MC";
    private final String service = "TT.PT" + run;

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = RunningSuite.gateway().toString();
        RestAssured.port = RunningSuite.gateway().getPort();
    }

    private Map<String, Object> received(String dossier, String unit, boolean digitised) {
        return Map.of("eventId", dossier + "/RECEIVED", "dossierId", dossier, "status", "RECEIVED", "occurredAt", "2022-06-10T08:30:00+07:00",
                "unitCode", unit, "serviceCode", service, "channel", "ONLINE", "dueAt", "2022-06-17T17:00:00+07:00", "inputsDigitised", digitised);
    }

    @Test
    void theDigitisationTargetIsJudgedAtTheServiceCentreAndTheOneStopShopsOnTheSecondOfSeptember() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", province, "name", "Tỉnh " + run, "tier", "PROVINCE"),
                Map.of("code", centre, "name", "Trung tâm Phục vụ hành chính công tỉnh", "tier", "DEPARTMENT", "parentCode", province,
                        "kind", "SERVICE_CENTRE"),
                Map.of("code", department, "name", "Sở Tư pháp", "tier", "DEPARTMENT", "parentCode", province),
                Map.of("code", district, "name", "Huyện Một", "tier", "DISTRICT", "parentCode", province),
                Map.of("code", shop, "name", "Bộ phận Một cửa huyện Một", "tier", "DISTRICT", "parentCode", district, "kind", "ONE_STOP_SHOP")))
                .put("/api/v1/units").then().statusCode(200);
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", service, "name", "Thủ tục", "field", "Tư pháp", "feeBearing", false,
                "offerings", List.of(Map.of("tier", "DEPARTMENT", "level", 4), Map.of("tier", "DISTRICT", "level", 4)))))
                .put("/api/v1/services").then().statusCode(200);
        List<Map<String, Object>> events = new ArrayList<>(List.of(received(province + "-1", centre, true),
                received(province + "-2", centre, false), received(province + "-3", shop, true)));
        for (int i = 4; i <= 6; i++) {
            events.add(received(province + "-" + i, i == 6 ? district : department, false));
        }
        given().contentType(ContentType.JSON).body(events).post("/api/v1/dossier-events/batch").then().statusCode(202);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath kpis = given().queryParam("unit", province).queryParam("from", "2022-06-01").queryParam("to", "2022-09-01")
                    .get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
            assertThat(kpis.getInt("indicators.find { it.code == 'INPUT_DIGITISATION' }.denominator")).as("unit-wide").isEqualTo(6);
        });
        JsonPath progress = given().queryParam("within", province).queryParam("tier", "PROVINCE")
                .get("/api/v1/campaigns/KH-170-2022/progress").then().statusCode(200).extract().jsonPath();
        String digitisation = "units.find { it.unit == '" + province + "' }.indicators.find { it.code == 'INPUT_DIGITISATION' }";
        assertThat(progress.getInt(digitisation + ".numerator")).isEqualTo(2);
        assertThat(progress.getInt(digitisation + ".denominator")).as("the service centre's 2 and the one-stop shop's 1").isEqualTo(3);
        assertThat(progress.getList(digitisation + ".appliesTo.kinds", String.class)).containsExactly("SERVICE_CENTRE", "ONE_STOP_SHOP");
        assertThat(progress.getString(digitisation + ".judgedOn")).isEqualTo("2022-09-02");
        String share = "units.find { it.unit == '" + province + "' }.indicators.find { it.code == 'ONLINE_DOSSIER_SHARE' }";
        assertThat(progress.getInt(share + ".denominator")).as("a target of every unit stays unit-wide").isEqualTo(6);

        JsonPath districts = given().queryParam("within", province).queryParam("tier", "DISTRICT")
                .get("/api/v1/campaigns/KH-170-2022/progress").then().statusCode(200).extract().jsonPath();
        assertThat(districts.getInt("units.find { it.unit == '" + district + "' }.indicators.find { it.code == 'INPUT_DIGITISATION' }.denominator"))
                .as("the district on its one-stop shop alone").isEqualTo(1);
    }
}
