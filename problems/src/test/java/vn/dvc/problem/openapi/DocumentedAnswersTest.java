package vn.dvc.problem.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

class DocumentedAnswersTest {

    private final ObjectMapper json = new ObjectMapper();

    private static Operation pushOperation() {
        return OASFactory.createOperation().operationId("push")
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType())))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("202", OASFactory.createAPIResponse().description("accepted")
                                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType())))
                        .addAPIResponse("422", OASFactory.createAPIResponse().description("refused")));
    }

    private static OpenAPI documentWith(Operation operation) {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents()).paths(OASFactory.createPaths()
                .addPathItem("/api/v1/dossier-events", OASFactory.createPathItem().POST(operation)));
    }

    @Test
    void anErrorAnswerWithoutContentIsAProblemAndTheExamplesLandWhereTheFileSays() throws Exception {
        Operation push = new DocumentedAnswers().filterOperation(pushOperation());
        OpenAPI document = documentWith(push);

        OperationExamples.of(json.readTree("{\"POST /api/v1/dossier-events\": {"
                + "\"request\": {\"received\": {\"summary\": \"one\", \"value\": {\"eventId\": \"e1\"}}},"
                + "\"422\": {\"unknown-unit\": {\"value\": {\"status\": 422}}}}}")).applyTo(document);

        assertThat(push.getResponses().getAPIResponse("422").getContent().getMediaType("application/problem+json")
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(push.getResponses().getAPIResponse("202").getContent().getMediaType("application/problem+json")).isNull();
        assertThat(push.getRequestBody().getContent().getMediaType("application/json").getExamples().get("received").getValue())
                .isEqualTo(Map.of("eventId", "e1"));
        assertThat(push.getResponses().getAPIResponse("422").getContent().getMediaType("application/problem+json")
                .getExamples()).containsKey("unknown-unit");
    }

    @Test
    void examplesForAnUndocumentedAnswerOrAnUnknownOperationStopTheBuild() throws Exception {
        OpenAPI document = documentWith(new DocumentedAnswers().filterOperation(pushOperation()));

        assertThatThrownBy(() -> OperationExamples.of(json.readTree("{\"POST /api/v1/dossier-events\": "
                + "{\"409\": {\"conflict\": {\"value\": {}}}}}")).applyTo(document))
                .hasMessageContaining("answer 409 of POST /api/v1/dossier-events");
        assertThatThrownBy(() -> OperationExamples.of(json.readTree("{\"POST /api/v1/dossier-event\": "
                + "{\"request\": {\"x\": {\"value\": {}}}}}")).applyTo(document))
                .hasMessageContaining("POST /api/v1/dossier-event]");
    }
}
