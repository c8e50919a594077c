package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Consumer;
import vn.dvc.dossier.publication.PublicationIntake;

/** Rows of procedure publications, as a batch of the publications endpoint. */
@ApplicationScoped
public class PublicationSink implements ImportSink {

    private final PublicationIntake intake;

    public PublicationSink(PublicationIntake intake) {
        this.intake = intake;
    }

    @Override
    public String kind() {
        return ImportKind.PROCEDURE_PUBLICATIONS.name();
    }

    @Override
    public void take(List<ObjectNode> items, Consumer<List<RowOutcome>> commit) {
        intake.accept(List.<JsonNode>copyOf(items), outcomes -> commit.accept(outcomes.stream().map(FeedbackSink::outcome).toList()));
    }
}
