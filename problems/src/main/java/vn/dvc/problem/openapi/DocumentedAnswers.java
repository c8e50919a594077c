package vn.dvc.problem.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import vn.dvc.problem.Problem;

/**
 * Completes each service's OpenAPI document (set as {@code mp.openapi.filter}): every error answer an operation
 * documents carries the problem shape ({@code application/problem+json}, one {@code Problem} schema in every
 * service, so the gateway's merge keeps one), and the examples in the service's {@code openapi/examples.json} are put
 * on the request bodies and answers of the operations they name — so "Try it out" sends something that works.
 */
public class DocumentedAnswers implements OASFilter {

    private final OperationExamples examples = OperationExamples.load(Thread.currentThread().getContextClassLoader());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        ProblemSchema.addTo(openAPI.getComponents());
        // called after every operation was filtered, so the problem answers have their content by now
        examples.applyTo(openAPI);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (isError(code) && isEmpty(response.getContent())) {
                    response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ProblemSchema.NAME))));
                }
            });
        }
        return operation;
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.startsWith("4") || code.startsWith("5"));
    }

    private static boolean isEmpty(Content content) {
        Map<String, MediaType> types = content == null ? null : content.getMediaTypes();
        return types == null || types.isEmpty();
    }
}
