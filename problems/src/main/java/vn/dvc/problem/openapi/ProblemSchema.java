package vn.dvc.problem.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The schema of {@link vn.dvc.problem.Problem} and its violations, written once: a service whose endpoints
 * never name the class would otherwise have none, and two services' generated copies could differ in a detail and be
 * kept apart by the gateway's merge.
 */
final class ProblemSchema {

    static final String NAME = "Problem";
    private static final String VIOLATION = "Violation";

    private ProblemSchema() {
    }

    static void addTo(Components components) {
        components.addSchema(VIOLATION, object("One refused field: its JSON path and what is wrong with it")
                .addProperty("field", text("JSON path of the field, e.g. offerings[0].level"))
                .addProperty("message", text("What is wrong with it"))
                .required(List.of("field", "message")));
        components.addSchema(NAME, object("RFC 9457 problem details: what was refused and why; nothing was stored")
                .addProperty("type", text("about:blank"))
                .addProperty("title", text("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", text("What went wrong, naming the fields"))
                .addProperty("instance", text("The request path"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Each refused field")
                        .items(OASFactory.createSchema().ref(VIOLATION)))
                .required(List.of("title", "status")));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
