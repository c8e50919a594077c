package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.dvc.dossier.imports.ImportKind;

/**
 * Rows of units' self-reported totals into reporting-service's own endpoint ({@code POST /dossier-totals}), one
 * request a row (a province's totals are hundreds of rows, not millions): a later total for the same unit and period
 * replaces the earlier, the same again is a duplicate. As with payments, the import's place commits after the answers.
 */
@ApplicationScoped
public class DossierTotalSink implements ImportSink {

    private final PeerCalls peers;
    private final ObjectMapper json;

    public DossierTotalSink(PeerCalls peers, ObjectMapper json) {
        this.peers = peers;
        this.json = json;
    }

    @Override
    public String kind() {
        return ImportKind.DOSSIER_TOTALS.name();
    }

    @Override
    public void take(List<ObjectNode> items, Consumer<List<RowOutcome>> commit) {
        List<RowOutcome> outcomes = new ArrayList<>();
        for (ObjectNode item : items) {
            PeerCalls.Answer answer = peers.post("reporting", "/api/v1/dossier-totals", item);
            if (answer.status() >= 500 || answer.status() == 401 || answer.status() == 403 || answer.body() == null) {
                throw new IllegalStateException("reporting-service answered " + answer.status());
            }
            outcomes.add(answer.status() == 202 ? PeerOutcomes.of(answer.body().path("outcome").asText(), null, json)
                    : PeerOutcomes.of("REJECTED", answer.body(), json));
        }
        QuarkusTransaction.requiringNew().run(() -> commit.accept(outcomes));
    }
}
