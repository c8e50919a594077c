package vn.dvc.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private final ObjectMapper json = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger(json);

    private JsonNode document(String text) throws Exception {
        return json.readTree(text.replace('\'', '"'));
    }

    @Test
    void keepsEveryPathTagAndComponentOfEveryService() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("dossier", document("{'openapi':'3.1.0','paths':{'/api/v1/units':{'put':{'tags':['Units']}}},"
                + "'tags':[{'name':'Units'}],'components':{'schemas':{'Tier':{'type':'string'},"
                + "'Unit':{'properties':{'tier':{'$ref':'#/components/schemas/Tier'}}}}}}"));
        documents.put("kpi", document("{'openapi':'3.1.0','paths':{'/api/v1/kpis':{'get':{'tags':['Indicators']}}},"
                + "'tags':[{'name':'Indicators'}],'components':{'schemas':{'Tier':{'type':'string'},'KpiReport':{}}}}"));

        ObjectNode merged = merger.merge(documents, List.of(), "Suite", "1");

        assertThat(merged.path("paths").has("/api/v1/units")).isTrue();
        assertThat(merged.path("paths").has("/api/v1/kpis")).isTrue();
        assertThat(merged.path("tags").findValuesAsText("name")).containsExactly("Units", "Indicators");
        assertThat(merged.at("/components/schemas").has("KpiReport")).isTrue();
        assertThat(merged.at("/components/schemas").has("Kpi_Tier")).isFalse();
    }

    @Test
    void qualifiesAComponentTwoServicesDefineDifferentlyAndFollowsItsRefs() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("dossier", document("{'paths':{},'components':{'schemas':{'Problem':{'type':'object'}}}}"));
        documents.put("payment", document("{'paths':{'/api/v1/payments':{'post':{'responses':{'400':{'content':"
                + "{'application/json':{'schema':{'$ref':'#/components/schemas/Problem'}}}}}}}},"
                + "'components':{'schemas':{'Problem':{'type':'string'}}}}"));

        ObjectNode merged = merger.merge(documents, List.of(), "Suite", "1");

        assertThat(merged.at("/components/schemas/Problem/type").asText()).isEqualTo("object");
        assertThat(merged.at("/components/schemas/Payment_Problem/type").asText()).isEqualTo("string");
        assertThat(merged.findValuesAsText("$ref")).filteredOn(ref -> ref.contains("Problem") && !ref.endsWith("/Problem"))
                .containsExactly("#/components/schemas/Payment_Problem");
    }

    @Test
    void everyApiOperationDocumentsTheGatewaysOwnAnswersWhereItDoesNotAlready() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("kpi", document("{'paths':{'/api/v1/kpis':{'get':{'responses':{'200':{'description':'ok'},"
                + "'400':{'description':'A malformed date'}}}},'/q/health':{'get':{'responses':{'200':{'description':'up'}}}}}}"));

        ObjectNode merged = merger.merge(documents, List.of(), "Suite", "1");

        JsonNode answers = merged.at("/paths/~1api~1v1~1kpis/get/responses");
        assertThat(answers.at("/400/description").asText()).isEqualTo("A malformed date");
        assertThat(answers.at("/401/$ref").asText()).isEqualTo("#/components/responses/Unauthenticated");
        assertThat(answers.at("/403/$ref").asText()).isEqualTo("#/components/responses/Forbidden");
        assertThat(answers.at("/429/$ref").asText()).isEqualTo("#/components/responses/TooManyRequests");
        assertThat(answers.at("/503/$ref").asText()).isEqualTo("#/components/responses/Unavailable");
        assertThat(merged.at("/components/responses/Unauthenticated/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(merged.at("/paths/~1q~1health/get/responses").has("401")).as("not behind the gateway's keys").isFalse();
    }

    @Test
    void givesEveryOperationAUniqueIdAndNamesTheGatewayAsServer() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("dossier", document("{'paths':{'/api/v1/units/{code}':{'get':{'operationId':'get','tags':['Units']}},"
                + "'/api/v1/units':{'put':{'operationId':'upsert','tags':['Units']}}}}"));
        documents.put("kpi", document("{'paths':{'/api/v1/campaigns/{id}':{'get':{'operationId':'get','tags':['Campaigns and targets']}}}}"));

        ObjectNode merged = merger.merge(documents, List.of(), "Suite", "1");

        assertThat(merged.findValuesAsText("operationId")).containsExactlyInAnyOrder("unitsGet", "upsert", "campaignsGet");
        assertThat(merged.at("/servers/0/url").asText()).isEqualTo("/");
    }

    @Test
    void namesTheServicesWhoseDocumentIsMissing() throws Exception {
        ObjectNode merged = merger.merge(Map.of("dossier", document("{'paths':{}}")), List.of("kpi"), "Suite", "1");

        assertThat(merged.at("/info/description").asText()).contains("Not reachable now").contains("kpi");
    }
}
