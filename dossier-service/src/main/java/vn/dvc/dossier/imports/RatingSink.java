package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Consumer;
import vn.dvc.dossier.ratings.RatingForms;
import vn.dvc.dossier.service.EventFormIntake;

/** Rows of satisfaction ratings, each the dossier's rating event, as a batch of the ratings endpoint. */
@ApplicationScoped
public class RatingSink implements ImportSink {

    private final EventFormIntake forms;

    public RatingSink(EventFormIntake forms) {
        this.forms = forms;
    }

    @Override
    public String kind() {
        return ImportKind.DOSSIER_RATINGS.name();
    }

    @Override
    public void take(List<ObjectNode> items, Consumer<List<RowOutcome>> commit) {
        forms.accept(List.<JsonNode>copyOf(items), RatingForms::read, RatingForms.FIELD_NAMES, "MaHoSo",
                outcomes -> commit.accept(outcomes.stream().map(DossierEventSink::outcome).toList()));
    }
}
